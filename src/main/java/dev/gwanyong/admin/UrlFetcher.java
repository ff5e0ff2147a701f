package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.config.GwanyongConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page for a new source, defensively: HTTP and HTTPS only; every host is resolved and refused when any
 * of its addresses is loopback, private, link-local or otherwise not public (unless the configuration allows it);
 * redirects are followed by hand, re-checking scheme and address at each hop, up to a limit, and a loop is named as
 * such; the content type must be HTML, plain text or Markdown; the body is cut off at the size cap (announced
 * lengths are refused before reading); and the whole fetch, connect to last byte, has one time limit.
 */
public final class UrlFetcher implements AutoCloseable {

  private static final Set<String> TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");

  /** A fetch's limits; see {@link GwanyongConfig.Moderation}. */
  public record Limits(long maxBytes, Duration timeout, int maxRedirects, boolean allowPrivateAddresses) {
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
  public record Page(URI uri, String mediaType, Optional<String> charset, byte[] body) implements Result {
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
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(limits.timeout())
            .build();
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
        return new Refused(Problem.URL_REDIRECTS, "The URL redirects in a loop (back to " + uri + ").");
      }
      Result result;
      try {
        result = get(uri, deadline);
      } catch (Redirect redirect) {
        if (hop >= limits.maxRedirects()) {
          return new Refused(
              Problem.URL_REDIRECTS, "The URL redirects more than " + limits.maxRedirects() + " times.");
        }
        uri = redirect.target;
        continue;
      }
      return result;
    }
  }

  /** Scheme, host and address checks for one hop. */
  private Optional<Refused> check(URI uri) {
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(
          new Refused(
              Problem.URL_SCHEME,
              "Only http and https URLs can be added" + (scheme.isEmpty() ? "." : ", not " + scheme + ":.")));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of(new Refused(Problem.URL_SCHEME, "The URL " + uri + " names no host."));
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of(new Refused(Problem.URL_UNREACHABLE, "Cannot find the host " + host + "."));
    }
    if (!limits.allowPrivateAddresses()) {
      for (InetAddress address : addresses) {
        if (!isPublic(address)) {
          return Optional.of(
              new Refused(
                  Problem.URL_PRIVATE_ADDRESS,
                  host + " resolves to a private or local address (" + address.getHostAddress()
                      + "); only public web pages can be added."));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether an address is on the public internet. */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // unique local fc00::/7
    }
    return true;
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
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofNanos(remaining))
            .header("Accept", "text/html, text/markdown;q=0.9, text/plain;q=0.8")
            .header("User-Agent", "Gwanyong/0.1 (corpus moderation)")
            .GET()
            .build();
    CompletableFuture<HttpResponse<Body>> future = client.sendAsync(request, this::handle);
    HttpResponse<Body> response;
    try {
      response = future.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Refused(Problem.URL_TIMEOUT, "The fetch of " + uri + " was interrupted.");
    } catch (ExecutionException e) {
      return failure(uri, e.getCause());
    }
    int status = response.statusCode();
    if (status >= 300 && status < 400) {
      Optional<String> location = response.headers().firstValue("Location");
      if (location.isEmpty()) {
        return new Refused(Problem.URL_STATUS, uri + " answered " + status + " without saying where to go.");
      }
      try {
        throw new Redirect(uri.resolve(new URI(location.get().strip())));
      } catch (URISyntaxException e) {
        return new Refused(Problem.URL_STATUS, uri + " redirects to an invalid address.");
      }
    }
    if (status != 200) {
      return new Refused(Problem.URL_STATUS, uri + " answered HTTP " + status + ".");
    }
    return response.body().result(uri, limits.maxBytes());
  }

  private Refused timedOut() {
    return new Refused(
        Problem.URL_TIMEOUT, "The page did not arrive within " + limits.timeout().toSeconds() + " seconds.");
  }

  private Refused failure(URI uri, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return tooLarge();
      }
    }
    if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof ConnectException || cause instanceof IOException) {
      return new Refused(Problem.URL_UNREACHABLE, "Cannot reach " + uri.getHost() + portOf(uri) + ".");
    }
    return new Refused(Problem.URL_UNREACHABLE, "Cannot fetch " + uri + ": " + cause.getMessage());
  }

  private static String portOf(URI uri) {
    return uri.getPort() < 0 ? "" : ":" + uri.getPort();
  }

  private Refused tooLarge() {
    return new Refused(
        Problem.TOO_LARGE, "The page is larger than the limit of " + limits.maxBytes() / 1024 + " KiB.");
  }

  /** What the body handler decided, given status and headers; the body is only read for a 200 of a good type. */
  private record Body(Optional<Refused> refused, String mediaType, Optional<String> charset, byte[] bytes) {
    Result result(URI uri, long cap) {
      return refused.isPresent() ? refused.get() : new Page(uri, mediaType, charset, bytes);
    }
  }

  private HttpResponse.BodySubscriber<Body> handle(HttpResponse.ResponseInfo info) {
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(new Body(Optional.empty(), "", Optional.empty(), new byte[0]));
    }
    String contentType = info.headers().firstValue("Content-Type").orElse("");
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!TYPES.contains(mediaType)) {
      Refused refused =
          new Refused(
              Problem.URL_CONTENT_TYPE,
              "The page is " + (mediaType.isEmpty() ? "of no declared type" : mediaType)
                  + "; only HTML, plain text and Markdown can be added.");
      return HttpResponse.BodySubscribers.replacing(new Body(Optional.of(refused), mediaType, Optional.empty(), null));
    }
    long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (announced > limits.maxBytes()) {
      return HttpResponse.BodySubscribers.replacing(
          new Body(Optional.of(tooLarge()), mediaType, Optional.empty(), null));
    }
    Optional<String> charset = charset(contentType);
    return HttpResponse.BodySubscribers.mapping(
        new CappedBody(limits.maxBytes()), bytes -> new Body(Optional.empty(), mediaType, charset, bytes));
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

  /** The body was longer than the cap; reading stopped there. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("body over the size cap");
    }
  }

  /** Collects a body up to a cap and cancels the download past it. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (buffer.size() + (long) item.remaining() > cap) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] bytes = new byte[item.remaining()];
        item.get(bytes);
        buffer.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(buffer.toByteArray());
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
