package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Fetches a web page for a new source, defensively: HTTP and HTTPS only; every host is resolved
 * once per connection and refused when any of its addresses is loopback, private, link-local or
 * otherwise not public (unless the configuration allows it), and the connection goes to exactly the
 * addresses that were checked, so a DNS answer that changes in between cannot redirect it;
 * redirects are followed by hand, re-checking each hop, up to a limit, and a loop is named as such;
 * the content type must be HTML, plain text or Markdown; reading stops at the first refusal
 * (status, type, announced length) and at the size cap; and the whole fetch has one time limit.
 */
public final class UrlFetcher implements AutoCloseable {

  private static final Set<String> TYPES =
      Set.of(
          "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");

  /** A fetch's limits; see {@link GwanyongConfig.Moderation}. */
  public record Limits(
      long maxBytes, Duration timeout, int maxRedirects, boolean allowPrivateAddresses) {
    public static Limits of(GwanyongConfig.Moderation moderation) {
      return new Limits(
          moderation.maxSourceKib() * 1024L,
          Duration.ofSeconds(moderation.fetchTimeoutSeconds()),
          moderation.maxRedirects(),
          moderation.allowPrivateUrls());
    }
  }

  /** What a fetch gave. */
  public sealed interface Result {}

  /**
   * A page that passed every check.
   *
   * @param uri the address it was finally read from, after redirects
   * @param mediaType its media type, lower case, without parameters
   * @param charset the charset the server named, if any
   * @param body its bytes, at most the size cap
   */
  public record Page(URI uri, String mediaType, Optional<String> charset, byte[] body)
      implements Result {
    public Page {
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /** A page that was not fetched, with the reason in words a moderator understands. */
  public record Refused(Problem problem, String reason) implements Result {}

  private final Limits limits;
  private final HttpClient client;

  public UrlFetcher(Limits limits) {
    this.limits = limits;
    QueuedThreadPool threads = new QueuedThreadPool(8, 1);
    threads.setName("url-fetch");
    threads.setDaemon(true);
    client = new HttpClient();
    client.setExecutor(threads);
    client.setFollowRedirects(false);
    client.setConnectTimeout(limits.timeout().toMillis());
    client.setSocketAddressResolver(
        new PublicAddress.CheckedResolver(limits.allowPrivateAddresses()));
    client.setUserAgentField(
        new HttpField(HttpHeader.USER_AGENT, "Gwanyong/0.1 (corpus moderation)"));
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the HTTP client for URL sources", e);
    }
  }

  /** Fetches a page, or says why not. Never throws for anything a moderator can type. */
  public Result fetch(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return new Refused(Problem.URL_SCHEME, "\"" + url + "\" is not a valid URL.");
    }
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      Optional<Refused> refused = check(uri);
      if (refused.isPresent()) {
        return refused.get();
      }
      if (!visited.add(uri.normalize())) {
        return new Refused(
            Problem.URL_REDIRECTS, "The URL redirects in a loop (back to " + uri + ").");
      }
      Result result;
      try {
        result = get(uri, deadline);
      } catch (Redirect redirect) {
        if (hop >= limits.maxRedirects()) {
          return new Refused(
              Problem.URL_REDIRECTS,
              "The URL redirects more than " + limits.maxRedirects() + " times.");
        }
        uri = redirect.target;
        continue;
      }
      return result;
    }
  }

  /** Scheme and host checks for one hop; the address is checked when the connection is made. */
  private static Optional<Refused> check(URI uri) {
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(
          new Refused(
              Problem.URL_SCHEME,
              "Only http and https URLs can be added"
                  + (scheme.isEmpty() ? "." : ", not " + scheme + ":.")));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of(new Refused(Problem.URL_SCHEME, "The URL " + uri + " names no host."));
    }
    return Optional.empty();
  }

  /** A redirect to follow, thrown by {@link #get} so {@link #fetch} re-checks the next hop. */
  private static final class Redirect extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient URI target;

    Redirect(URI target) {
      super(null, null, false, false);
      this.target = target;
    }
  }

  private Result get(URI uri, long deadline) throws Redirect {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return timedOut();
    }
    Request request =
        client
            .newRequest(uri)
            .timeout(remaining, TimeUnit.NANOSECONDS)
            .headers(
                h -> h.put(HttpHeader.ACCEPT, "text/html, text/markdown;q=0.9, text/plain;q=0.8"));
    InputStreamResponseListener listener = new InputStreamResponseListener();
    request.send(listener);
    Response response;
    try {
      response = listener.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      request.abort(e);
      return timedOut();
    } catch (InterruptedException e) {
      request.abort(e);
      Thread.currentThread().interrupt();
      return new Refused(Problem.URL_TIMEOUT, "The fetch of " + uri + " was interrupted.");
    } catch (ExecutionException e) {
      return failure(uri, e.getCause());
    }
    Optional<Refused> refused = refusal(uri, response);
    if (refused.isPresent()) {
      // Not a byte more: aborting closes the connection instead of draining the body.
      response.abort(new CancellationException(refused.get().reason()));
      return refused.get();
    }
    String contentType =
        Optional.ofNullable(response.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("");
    try (InputStream in = listener.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (body.length > limits.maxBytes()) {
        response.abort(new CancellationException("over the size cap"));
        return tooLarge();
      }
      return new Page(uri, mediaType(contentType), charset(contentType), body);
    } catch (IOException e) {
      return failure(uri, e);
    }
  }

  /**
   * Why a response is not read on, from its status and headers: a redirect is thrown to be
   * followed.
   */
  private Optional<Refused> refusal(URI uri, Response response) throws Redirect {
    int status = response.getStatus();
    if (status >= 300 && status < 400) {
      String location = response.getHeaders().get(HttpHeader.LOCATION);
      if (location == null) {
        return Optional.of(
            new Refused(
                Problem.URL_STATUS, uri + " answered " + status + " without saying where to go."));
      }
      try {
        URI target = uri.resolve(new URI(location.strip()));
        response.abort(new CancellationException("redirected"));
        throw new Redirect(target);
      } catch (URISyntaxException e) {
        return Optional.of(
            new Refused(Problem.URL_STATUS, uri + " redirects to an invalid address."));
      }
    }
    if (status != 200) {
      return Optional.of(new Refused(Problem.URL_STATUS, uri + " answered HTTP " + status + "."));
    }
    String mediaType =
        mediaType(
            Optional.ofNullable(response.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse(""));
    if (!TYPES.contains(mediaType)) {
      return Optional.of(
          new Refused(
              Problem.URL_CONTENT_TYPE,
              "The page is "
                  + (mediaType.isEmpty() ? "of no declared type" : mediaType)
                  + "; only HTML, plain text and Markdown can be added."));
    }
    if (response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > limits.maxBytes()) {
      return Optional.of(tooLarge());
    }
    return Optional.empty();
  }

  private Refused timedOut() {
    return new Refused(
        Problem.URL_TIMEOUT,
        "The page did not arrive within " + limits.timeout().toSeconds() + " seconds.");
  }

  private Refused failure(URI uri, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof PublicAddress.NotPublic) {
        return new Refused(Problem.URL_PRIVATE_ADDRESS, t.getMessage());
      }
      if (t instanceof UnknownHostException) {
        return new Refused(Problem.URL_UNREACHABLE, "Cannot find the host " + uri.getHost() + ".");
      }
      if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
        return timedOut();
      }
    }
    if (cause instanceof ConnectException || cause instanceof IOException) {
      return new Refused(
          Problem.URL_UNREACHABLE, "Cannot reach " + uri.getHost() + portOf(uri) + ".");
    }
    return new Refused(Problem.URL_UNREACHABLE, "Cannot fetch " + uri + ": " + cause.getMessage());
  }

  private static String portOf(URI uri) {
    return uri.getPort() < 0 ? "" : ":" + uri.getPort();
  }

  private Refused tooLarge() {
    return new Refused(
        Problem.TOO_LARGE,
        "The page is larger than the limit of " + limits.maxBytes() / 1024 + " KiB.");
  }

  private static String mediaType(String contentType) {
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> charset(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        return Optional.of(pair[1].strip().replace("\"", "")).filter(s -> !s.isEmpty());
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the HTTP client for URL sources", e);
    }
  }
}
