package dev.gwanyong.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway, as far as JDA needs it: HELLO on connect, READY and a GUILD_CREATE per guild
 * after IDENTIFY, an ACK for every heartbeat, and events dispatched on demand. Sends plain-text
 * frames, which JDA reads even when it asked for zlib-compressed ones.
 */
final class StandInGateway extends WebSocketServer {

  private static final int HELLO = 10;
  private static final int IDENTIFY = 2;
  private static final int HEARTBEAT = 1;
  private static final int HEARTBEAT_ACK = 11;

  private final Supplier<List<ObjectNode>> guilds;
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  private final CompletableFuture<JsonNode> identify = new CompletableFuture<>();
  private volatile WebSocket connection;

  /**
   * {@code guilds} are read when the bot identifies, so a test can shape them before starting the
   * platform.
   */
  StandInGateway(Supplier<List<ObjectNode>> guilds) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.guilds = guilds;
    setReuseAddr(true);
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("stand-in gateway did not start");
    }
  }

  /** The IDENTIFY payload the bot sent, once it has. */
  CompletableFuture<JsonNode> identify() {
    return identify;
  }

  /** Sends a dispatch event, such as {@code MESSAGE_CREATE}, to the connected bot. */
  void dispatch(String type, JsonNode data) {
    ObjectNode event = StandInJson.JSON.createObjectNode().put("op", 0).put("t", type);
    event.put("s", sequence.incrementAndGet());
    event.set("d", data);
    connection.send(event.toString());
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    connection = conn;
    ObjectNode hello = StandInJson.JSON.createObjectNode().put("op", HELLO);
    hello.putObject("d").put("heartbeat_interval", 41_250);
    conn.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket conn, String text) {
    JsonNode message = read(text);
    switch (message.path("op").asInt(-1)) {
      case IDENTIFY -> {
        identify.complete(message.path("d"));
        List<ObjectNode> joined = guilds.get();
        dispatch("READY", StandInJson.ready(url(), joined));
        joined.forEach(guild -> dispatch("GUILD_CREATE", guild));
      }
      case HEARTBEAT -> conn.send("{\"op\":" + HEARTBEAT_ACK + "}");
      default -> {
        // presence updates and the like: nothing to answer
      }
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    connection = null;
  }

  @Override
  public void onError(WebSocket conn, Exception e) {
    identify.completeExceptionally(e);
  }

  private static JsonNode read(String text) {
    try {
      return StandInJson.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the bot sent a frame that is not JSON: " + text, e);
    }
  }
}
