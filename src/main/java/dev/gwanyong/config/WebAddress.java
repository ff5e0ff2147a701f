package dev.gwanyong.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What counts as a link a member may be sent: an absolute http or https address with a host. {@link
 * URI} refuses control characters, spaces and {@code <>|}, which would break a link's markup in
 * chat or reach a terminal.
 */
public final class WebAddress {

  private WebAddress() {}

  public static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return uri.getScheme() != null
          && uri.getScheme().toLowerCase(Locale.ROOT).matches("https?")
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
