package dev.gwanyong.chat.discord;

import java.net.URI;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Connects to a configured gateway address instead of Discord's. JDA asks its session controller
 * for the gateway, not the REST API, so pointing {@code RestConfig} at a proxy alone would still
 * open the socket to Discord.
 */
final class GatewaySessionController extends ConcurrentSessionController {

  private final String gateway;

  GatewaySessionController(URI gateway) {
    this.gateway = gateway.toString();
  }

  @Override
  public String getGateway() {
    return gateway;
  }
}
