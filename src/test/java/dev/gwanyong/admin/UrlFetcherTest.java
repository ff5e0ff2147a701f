package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gwanyong.admin.ModerationResult.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL ingestion against a JDK HTTP server on 127.0.0.1, port 0, including hostile pages. */
class UrlFetcherTest {

  static final String PAGE =
      """
      <!doctype html>
      <html><head><meta charset="utf-8"><title>Kubernetes history</title>
      <style>p { color: red }</style><script>alert('not text')</script></head>
      <body>
        <nav><a href="/">Home</a> · <a href="/about">About</a></nav>
        <main>
          <h1>Kubernetes history</h1>
          <p>Kubernetes was announced by Google in <b>June 2014</b>,
             drawing on a decade of running Borg.</p>
          <p>Its name comes from the Greek word for helmsman.</p>
          <ul><li>Borg came first.</li><li>Omega followed.</li></ul>
        </main>
        <footer>© Example</footer>
      </body></html>
      """;

  static final long CAP = 4 * 1024;

  /** A body far longer than any cap, to see how much of it a refusal reads. */
  static final long ENDLESS = 128L * 1024 * 1024;

  HttpServer server;
  String base;
  UrlFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/k8s-history", e -> send(e, 200, "text/html; charset=utf-8", PAGE));
    server.createContext(
        "/notes.md", e -> send(e, 200, "text/markdown", "# Notes\n\nFirst *wrapped*\nline.\n"));
    server.createContext(
        "/big", e -> send(e, 200, "text/html", "<p>" + "x".repeat((int) CAP * 2) + "</p>"));
    server.createContext("/big-chunked", this::chunked);
    server.createContext("/loop-a", e -> redirect(e, "/loop-b"));
    server.createContext("/loop-b", e -> redirect(e, "/loop-a"));
    for (int i = 0; i < 10; i++) {
      int next = i + 1;
      server.createContext("/hop" + i, e -> redirect(e, "/hop" + next));
    }
    server.createContext("/to-page", e -> redirect(e, "/k8s-history"));
    server.createContext("/to-file", e -> redirect(e, "file:///etc/passwd"));
    server.createContext("/image.png", e -> send(e, 200, "image/png", "\u0089PNG"));
    server.createContext("/json", e -> send(e, 200, "application/json", "{\"a\":1}"));
    server.createContext("/missing", e -> send(e, 404, "text/html", "<p>gone</p>"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    fetcher = new UrlFetcher(new UrlFetcher.Limits(CAP, Duration.ofSeconds(5), 5, true));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.stop(0);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void chunked(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    exchange.sendResponseHeaders(200, 0); // chunked: no length announced
    try (OutputStream out = exchange.getResponseBody()) {
      byte[] line = "too long to keep. ".repeat(50).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        out.write(line);
      }
    } catch (IOException e) {
      // the fetcher hung up once it had enough: expected
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private UrlFetcher.Refused refused(Problem problem, String url) {
    UrlFetcher.Result result = fetcher.fetch(url);
    UrlFetcher.Refused refused =
        assertInstanceOf(UrlFetcher.Refused.class, result, () -> url + " → " + result);
    assertEquals(problem, refused.problem(), refused.reason());
    return refused;
  }

  @Test
  void anHtmlPageIsReducedToReadableParagraphs() {
    UrlFetcher.Page page =
        assertInstanceOf(UrlFetcher.Page.class, fetcher.fetch(base + "/k8s-history"));
    assertEquals("text/html", page.mediaType());
    assertEquals(Optional.of("utf-8"), page.charset());

    MarkdownText.Extracted text =
        HtmlText.extract(page.body(), page.charset(), page.uri().toString());

    assertEquals(Optional.of("Kubernetes history"), text.title());
    assertEquals(
        List.of(
            "Kubernetes was announced by Google in June 2014, drawing on a decade of running Borg.",
            "Its name comes from the Greek word for helmsman.",
            "Borg came first.",
            "Omega followed."),
        text.paragraphs());
  }

  @Test
  void markdownIsAcceptedAndRedirectsAreFollowed() {
    assertInstanceOf(UrlFetcher.Page.class, fetcher.fetch(base + "/notes.md"));
    UrlFetcher.Page page =
        assertInstanceOf(UrlFetcher.Page.class, fetcher.fetch(base + "/to-page"));
    assertEquals(base + "/k8s-history", page.uri().toString());
  }

  @Test
  void anOversizePageIsRefused() {
    refused(Problem.TOO_LARGE, base + "/big");
    refused(Problem.TOO_LARGE, base + "/big-chunked");
  }

  @Test
  void aRedirectLoopIsNamed() {
    assertTrue(refused(Problem.URL_REDIRECTS, base + "/loop-a").reason().contains("loop"));
  }

  @Test
  void tooManyRedirectsAreRefused() {
    assertTrue(refused(Problem.URL_REDIRECTS, base + "/hop0").reason().contains("more than 5"));
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    refused(Problem.URL_SCHEME, base + "/to-file");
  }

  @Test
  void wrongContentTypesAreRefused() {
    refused(Problem.URL_CONTENT_TYPE, base + "/image.png");
    refused(Problem.URL_CONTENT_TYPE, base + "/json");
  }

  @Test
  void anErrorStatusIsRefused() {
    assertTrue(refused(Problem.URL_STATUS, base + "/missing").reason().contains("404"));
  }

  @Test
  void anUnreachablePortIsRefused() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    refused(Problem.URL_UNREACHABLE, "http://127.0.0.1:" + closed + "/page");
  }

  @Test
  void aSlowServerRunsIntoTheTimeLimit() throws IOException {
    server.createContext(
        "/slow",
        e -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
          }
          send(e, 200, "text/plain", "late");
        });
    try (UrlFetcher impatient =
        new UrlFetcher(new UrlFetcher.Limits(CAP, Duration.ofSeconds(1), 5, true))) {
      UrlFetcher.Refused refused =
          assertInstanceOf(UrlFetcher.Refused.class, impatient.fetch(base + "/slow"));
      assertEquals(Problem.URL_TIMEOUT, refused.problem());
    }
  }

  @Test
  void nonHttpSchemesAreRefused() {
    refused(Problem.URL_SCHEME, "file:///etc/passwd");
    refused(Problem.URL_SCHEME, "ftp://127.0.0.1/notes.txt");
    refused(Problem.URL_SCHEME, "jar:file:/x.jar!/a");
    refused(Problem.URL_SCHEME, "not a url");
    refused(Problem.URL_SCHEME, "/relative/path");
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    try (UrlFetcher strict =
        new UrlFetcher(new UrlFetcher.Limits(CAP, Duration.ofSeconds(5), 5, false))) {
      for (String url :
          List.of(
              base + "/k8s-history",
              "http://localhost:" + server.getAddress().getPort() + "/",
              "http://[::1]/",
              "http://10.0.0.1/",
              "http://192.168.1.1/",
              "http://169.254.169.254/latest/meta-data",
              "http://0.0.0.0/",
              "http://100.64.0.1/")) {
        UrlFetcher.Refused refused =
            assertInstanceOf(UrlFetcher.Refused.class, strict.fetch(url), url);
        assertEquals(Problem.URL_PRIVATE_ADDRESS, refused.problem(), url);
      }
    }
  }

  @Test
  void publicAddressesAreRecognised() throws Exception {
    assertTrue(PublicAddress.isPublic(InetAddress.getByName("93.184.216.34")));
    assertTrue(PublicAddress.isPublic(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946")));
    assertFalse(PublicAddress.isPublic(InetAddress.getByName("fd00::1")));
    assertFalse(PublicAddress.isPublic(InetAddress.getByName("172.16.5.4")));
  }

  @Test
  void ipv6FormsThatEmbedAPrivateIpv4AreNotPublic() throws Exception {
    for (String address :
        List.of(
            "::127.0.0.1", // IPv4-compatible
            "::ffff:0:127.0.0.1", // IPv4-translated
            "64:ff9b::7f00:1", // NAT64
            "2002:7f00:1::", // 6to4
            // Teredo, whose client address 127.0.0.1 is stored inverted
            "2001:0:4136:e378:8000:63bf:80ff:fffe",
            "::10.0.0.1",
            "64:ff9b::a9fe:a9fe", // 169.254.169.254, the cloud metadata address
            "2002:c0a8:101::1")) { // 192.168.1.1
      assertFalse(PublicAddress.isPublic(InetAddress.getByName(address)), address);
    }
    assertTrue(
        PublicAddress.isPublic(InetAddress.getByName("64:ff9b::5db8:d822")),
        "93.184.216.34 through NAT64");
    assertTrue(
        PublicAddress.isPublic(InetAddress.getByName("2002:5db8:d822::1")),
        "93.184.216.34 through 6to4");
    try (UrlFetcher strict =
        new UrlFetcher(new UrlFetcher.Limits(CAP, Duration.ofSeconds(5), 5, false))) {
      String url = "http://[::ffff:0:127.0.0.1]:" + server.getAddress().getPort() + "/k8s-history";
      UrlFetcher.Refused refused =
          assertInstanceOf(UrlFetcher.Refused.class, strict.fetch(url), url);
      assertEquals(Problem.URL_PRIVATE_ADDRESS, refused.problem(), refused.reason());
    }
  }

  @Test
  void aRefusedPageIsNotDownloaded() throws Exception {
    CompletableFuture<Long> wrongType = serveEndless("/endless.png", "image/png", false);
    CompletableFuture<Long> announcedTooLong = serveEndless("/endless.html", "text/html", true);

    refused(Problem.URL_CONTENT_TYPE, base + "/endless.png");
    refused(Problem.TOO_LARGE, base + "/endless.html");

    long sent = wrongType.get(30, TimeUnit.SECONDS);
    assertTrue(sent < ENDLESS / 4, "a refused type was read on: " + sent + " bytes");
    sent = announcedTooLong.get(30, TimeUnit.SECONDS);
    assertTrue(sent < ENDLESS / 4, "a refused length was read on: " + sent + " bytes");
  }

  /**
   * Serves {@link #ENDLESS} bytes at {@code path}; the future says how many went out before the
   * client hung up.
   */
  private CompletableFuture<Long> serveEndless(String path, String type, boolean announceLength) {
    CompletableFuture<Long> written = new CompletableFuture<>();
    server.createContext(
        path,
        e -> {
          long sent = 0;
          byte[] chunk = new byte[64 * 1024];
          try (OutputStream out = e.getResponseBody()) {
            e.getResponseHeaders().set("Content-Type", type);
            e.sendResponseHeaders(200, announceLength ? ENDLESS : 0);
            for (long i = 0; i < ENDLESS / chunk.length; i++) {
              out.write(chunk);
              sent += chunk.length;
            }
          } catch (IOException hungUp) {
            // the fetcher closed the connection: what a refusal should do
          } finally {
            written.complete(sent);
          }
        });
    return written;
  }

  @Test
  void theAddressCheckedIsTheAddressConnectedTo() throws Exception {
    String host = "page" + ScriptedDns.ZONE;
    // A public address for the first lookup, which the check sees; loopback, where this test
    // serves, after it.
    ScriptedDns.script(
        host, List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getLoopbackAddress()));
    AtomicInteger reached = new AtomicInteger();
    server.createContext(
        "/rebound",
        e -> {
          reached.incrementAndGet();
          send(e, 200, "text/html", PAGE);
        });

    try (UrlFetcher strict =
        new UrlFetcher(new UrlFetcher.Limits(CAP, Duration.ofSeconds(2), 5, false))) {
      UrlFetcher.Result result =
          strict.fetch("http://" + host + ":" + server.getAddress().getPort() + "/rebound");
      assertInstanceOf(UrlFetcher.Refused.class, result, result::toString);
    }
    assertEquals(0, reached.get(), "the fetch connected to an address that was never checked");
    assertEquals(1, ScriptedDns.lookups(host), "one lookup, checked and connected to");
  }

  @Test
  void addByUrlThroughTheServiceMakesThePageSearchable(@TempDir Path temp) throws Exception {
    try (Fixture fixture = new Fixture(temp, Map.of("moderation.allow_private_urls", "true"))) {
      ModerationResult result =
          fixture.moderation.handle(
              Fixture.SLACK_MODERATOR,
              "add url:" + base + "/k8s-history title:\"Kubernetes history\" lang:en");
      ModerationResult.Added added =
          assertInstanceOf(ModerationResult.Added.class, result, result::message);
      assertEquals("k8s-history", added.source().id());
      assertEquals(Optional.of(base + "/k8s-history"), added.source().url());
      assertTrue(
          result
              .message()
              .startsWith("✅ Added k8s-history — 4 paragraphs, 4 passages. Searchable now."));
      assertTrue(
          fixture
              .citedSources("Which Greek word does the name Kubernetes come from, helmsman?")
              .contains("k8s-history"));
    }
  }

  @Test
  void aPageInACharsetJavaDoesNotKnowIsReadAsIfItNamedNone(@TempDir Path temp) throws Exception {
    server.createContext("/made-up", e -> send(e, 200, "text/html; charset=x-made-up", PAGE));
    server.createContext(
        "/malformed", e -> send(e, 200, "text/plain; charset=\"utf 8\"", "광화문 해치 이야기."));
    try (Fixture fixture = new Fixture(temp, Map.of("moderation.allow_private_urls", "true"))) {
      for (String path : List.of("/made-up", "/malformed")) {
        ModerationResult result =
            fixture.moderation.handle(Fixture.SLACK_MODERATOR, "add url:" + base + path);

        assertInstanceOf(ModerationResult.Added.class, result, result::message);
      }
      String html = java.nio.file.Files.readString(fixture.corpus().resolve("made-up.txt"));
      assertTrue(html.contains("\nIts name comes from the Greek word for helmsman.\n"), html);
      String text = java.nio.file.Files.readString(fixture.corpus().resolve("malformed.txt"));
      assertTrue(text.endsWith("---\n광화문 해치 이야기.\n"), text);
    }
  }

  @Test
  void koreanPagesThatNameNoCharsetAreReadAsUploadsAre(@TempDir Path temp) throws Exception {
    String html = "<title>광화문 해치</title><p>해치는 불을 막는다는 상상의 동물이다.</p><p>광화문 앞 똠방각하 이야기.</p>";
    String text = "해치는 불을 막는다는 상상의 동물이다.\n\n광화문 앞 똠방각하 이야기.";
    Map<String, byte[]> pages =
        Map.of(
            "/notepad-text", withUtf16Mark(text),
            "/notepad-html", withUtf16Mark(html),
            "/cp949-html", html.getBytes(java.nio.charset.Charset.forName("x-windows-949")));
    pages.forEach(
        (path, bytes) ->
            server.createContext(
                path,
                e -> send(e, 200, path.endsWith("html") ? "text/html" : "text/plain", bytes)));
    try (Fixture fixture = new Fixture(temp, Map.of("moderation.allow_private_urls", "true"))) {
      for (String path : pages.keySet()) {
        ModerationResult result =
            fixture.moderation.handle(Fixture.SLACK_MODERATOR, "add url:" + base + path);

        assertInstanceOf(
            ModerationResult.Added.class, result, () -> path + ": " + result.message());
        String file =
            java.nio.file.Files.readString(fixture.corpus().resolve(path.substring(1) + ".txt"));
        assertTrue(file.endsWith("---\n해치는 불을 막는다는 상상의 동물이다.\n광화문 앞 똠방각하 이야기.\n"), file);
        assertTrue(path.endsWith("text") || file.contains("\ntitle: 광화문 해치\n"), file);
        // The next page's text is the same, which an add refuses while this source has it.
        fixture.moderation.remove(Fixture.SLACK_MODERATOR, path.substring(1));
      }
    }
  }

  @Test
  void aPageLabelledEucKrIsReadAsCp949AsBrowsersDo(@TempDir Path temp) throws Exception {
    // 똠 is not among EUC-KR's 2,350 syllables; Korean servers that say EUC-KR send CP949, which has
    // it.
    java.nio.charset.Charset cp949 = java.nio.charset.Charset.forName("x-windows-949");
    byte[] text = "광화문 앞 똠방각하 이야기.".getBytes(cp949);
    byte[] html = "<meta charset=\"euc-kr\"><p>광화문 앞 똠방각하 이야기.</p>".getBytes(cp949);
    server.createContext("/euc-kr-text", e -> send(e, 200, "text/plain; charset=EUC-KR", text));
    server.createContext(
        "/ks-c-5601-text", e -> send(e, 200, "text/plain; charset=ks_c_5601-1987", text));
    server.createContext("/euc-kr-html", e -> send(e, 200, "text/html", html));
    try (Fixture fixture = new Fixture(temp, Map.of("moderation.allow_private_urls", "true"))) {
      for (String id : List.of("euc-kr-text", "ks-c-5601-text", "euc-kr-html")) {
        ModerationResult result =
            fixture.moderation.handle(Fixture.SLACK_MODERATOR, "add url:" + base + "/" + id);

        assertInstanceOf(ModerationResult.Added.class, result, () -> id + ": " + result.message());
        String file = java.nio.file.Files.readString(fixture.corpus().resolve(id + ".txt"));
        assertTrue(file.endsWith("---\n광화문 앞 똠방각하 이야기.\n"), file);
        fixture.moderation.remove(Fixture.SLACK_MODERATOR, id); // the next page's text is the same
      }
    }
  }

  /** Text as Windows Notepad saves "Unicode": UTF-16 little-endian after its byte-order mark. */
  private static byte[] withUtf16Mark(String text) {
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = new byte[utf16.length + 2];
    marked[0] = (byte) 0xFF;
    marked[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, marked, 2, utf16.length);
    return marked;
  }

  @Test
  void addByUrlIsRefusedForLoopbackByDefault(@TempDir Path temp) throws Exception {
    try (Fixture fixture = new Fixture(temp)) {
      Map<String, String> before = fixture.files();
      ModerationResult result =
          fixture.moderation.handle(Fixture.SLACK_MODERATOR, "add " + base + "/k8s-history");
      assertEquals(
          Problem.URL_PRIVATE_ADDRESS,
          assertInstanceOf(ModerationResult.Rejected.class, result).problem());
      assertEquals(before, fixture.files());
    }
  }
}
