package dev.gwanyong.ops;

import dev.gwanyong.config.ConfigException;
import dev.gwanyong.config.GwanyongConfig;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The management port of {@code serve}, apart from any chat traffic so that it works in Socket Mode
 * too:
 *
 * <ul>
 *   <li>{@code GET /healthz}: 200 while the process runs (a liveness probe);
 *   <li>{@code GET /readyz}: 200 once start-up is over, the index is open and every adapter that
 *       started is connected, otherwise 503; the body names each check;
 *   <li>{@code GET /metrics}: the Prometheus text format (or OpenMetrics, when the scraper asks for
 *       it), written by the Prometheus client.
 * </ul>
 */
public final class ManagementServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ManagementServer.class.getName());

  /** A scrape and a probe or two at a time; Jetty needs a few threads of its own besides. */
  private static final int MAX_THREADS = 8;

  private final Server server;
  private final ServerConnector connector;

  private ManagementServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Binds the configured address and starts serving.
   *
   * @throws ConfigException when the address cannot be bound (the port is taken, or the host is not
   *     one of this machine's addresses), naming the keys to change
   */
  public static ManagementServer start(
      GwanyongConfig.Management config, ServeMetrics metrics, Readiness readiness) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName("management");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    server.addConnector(connector);
    server.setHandler(new Endpoints(metrics, readiness));
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new ConfigException(
          "cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + " for /healthz, /readyz and /metrics ("
              + e.getMessage()
              + "); choose another management.port (GWANYONG_MANAGEMENT_PORT), or a management.host"
              + " (GWANYONG_MANAGEMENT_HOST) this machine has");
    }
    return new ManagementServer(server, connector);
  }

  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "stopping the management server failed", e);
    }
  }

  /** The three endpoints; anything else is 404, and anything but GET or HEAD 405. */
  private static final class Endpoints extends Handler.Abstract {
    private final ServeMetrics metrics;
    private final Readiness readiness;
    private final ExpositionFormats formats = ExpositionFormats.init();

    Endpoints(ServeMetrics metrics, Readiness readiness) {
      this.metrics = metrics;
      this.readiness = readiness;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
        throws IOException {
      if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
        return reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "only GET\n");
      }
      return switch (Request.getPathInContext(request)) {
        case "/healthz" -> reply(response, callback, HttpStatus.OK_200, "ok\n");
        case "/readyz" -> ready(response, callback);
        case "/metrics" -> metrics(request, response, callback);
        default ->
            reply(
                response,
                callback,
                HttpStatus.NOT_FOUND_404,
                "not found; try /healthz, /readyz or /metrics\n");
      };
    }

    private boolean ready(Response response, Callback callback) {
      Map<String, Boolean> checks = readiness.now();
      StringBuilder body = new StringBuilder(readiness.isStarted() ? "" : "starting\n");
      checks.forEach((name, ok) -> body.append(name).append(ok ? " ok\n" : " not ready\n"));
      boolean ready = readiness.isStarted() && !checks.containsValue(false);
      return reply(
          response,
          callback,
          ready ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503,
          body.toString());
    }

    private boolean metrics(Request request, Response response, Callback callback)
        throws IOException {
      ExpositionFormatWriter writer =
          formats.findWriter(request.getHeaders().get(HttpHeader.ACCEPT));
      // The protobuf format is not on the class path; text serves every scraper.
      if (!writer.isAvailable()) {
        writer = formats.getPrometheusTextFormatWriter();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(out, metrics.scrape());
      response.setStatus(HttpStatus.OK_200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, writer.getContentType());
      response.write(true, ByteBuffer.wrap(out.toByteArray()), callback);
      return true;
    }

    private static boolean reply(Response response, Callback callback, int status, String body) {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
  }
}
