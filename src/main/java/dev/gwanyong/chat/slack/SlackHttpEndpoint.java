package dev.gwanyong.chat.slack;

import com.slack.api.bolt.App;
import dev.gwanyong.chat.PlatformStartException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP mode: {@code POST /slack/events} on Jetty, which reads requests without holding a thread, so
 * clients that send slowly or not at all cannot starve Slack's own requests. On top of that, each
 * connection carries one request, which must arrive in full within {@link #READ_DEADLINE} of
 * connecting, and the number of open connections is capped. {@link SlackRequestHandler} checks the
 * signature before anything else and hands the request to Bolt.
 */
final class SlackHttpEndpoint implements AutoCloseable {

  static final String PATH = "/slack/events";

  /**
   * Slack sends a request in one go; ten seconds is generous for it and short for anyone holding a
   * connection.
   */
  static final Duration READ_DEADLINE = Duration.ofSeconds(10);

  /** Far above what Slack opens at once; past it, new connections wait to be accepted. */
  static final int MAX_CONNECTIONS = 512;

  private static final int MAX_THREADS = 32;

  private final Server server;
  private final ServerConnector connector;

  private SlackHttpEndpoint(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Binds {@code port} (0 picks a free one) on all interfaces and starts serving.
   *
   * @throws PlatformStartException when the port cannot be bound (another process has it, say),
   *     naming the key to change
   */
  static SlackHttpEndpoint start(App app, int port) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
    threads.setName("slack-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    connector.setIdleTimeout(READ_DEADLINE.toMillis());
    ReadDeadline deadline = new ReadDeadline(connector);
    connector.addBean(deadline);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setHandler(
        new SlackRequestHandler(
            app,
            new SlackSignatureCheck(app.config().getSigningSecret(), Clock.systemUTC()),
            deadline,
            threads));
    try {
      server.start();
    } catch (IOException e) {
      server.stop(); // its threads would otherwise outlive the failed start
      throw new PlatformStartException(
          "cannot listen on port "
              + port
              + " for Slack's requests ("
              + e.getMessage()
              + "); choose another slack.port or GWANYONG_SLACK_PORT");
    }
    return new SlackHttpEndpoint(server, connector);
  }

  InetSocketAddress address() {
    return new InetSocketAddress(connector.getLocalPort());
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /**
   * Closes every connection whose request has not arrived in full within {@link #READ_DEADLINE} of
   * connecting. The idle timeout alone would not do: a client sending a byte a second is never
   * idle.
   */
  static final class ReadDeadline implements Connection.Listener {
    private final ServerConnector connector;
    private final Set<Connection> received = ConcurrentHashMap.newKeySet();

    ReadDeadline(ServerConnector connector) {
      this.connector = connector;
    }

    /**
     * The request on {@code connection} has arrived; from now on the handler decides when it ends.
     */
    void received(Connection connection) {
      received.add(connection);
    }

    @Override
    public void onOpened(Connection connection) {
      connector
          .getScheduler()
          .schedule(
              () -> {
                if (!received.contains(connection)) {
                  connection.getEndPoint().close();
                }
              },
              READ_DEADLINE.toMillis(),
              TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
      received.remove(connection);
    }
  }
}
