package dev.gwanyong.chat.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to the app's {@code /slack/events} the way Slack does, signed as Slack signs them:
 * HMAC-SHA256 of {@code v0:<timestamp>:<body>} with the signing secret, in {@code
 * X-Slack-Signature} as {@code v0=<hex>}.
 */
final class SignedSlackClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String signingSecret;

  SignedSlackClient(URI endpoint, String signingSecret) {
    this.endpoint = endpoint;
    this.signingSecret = signingSecret;
  }

  HttpResponse<String> postForm(Map<String, String> fields)
      throws IOException, InterruptedException {
    return post(form(fields), "application/x-www-form-urlencoded", Instant.now(), signingSecret);
  }

  HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
    return post(json, "application/json", Instant.now(), signingSecret);
  }

  /**
   * A request signed at {@code time} with {@code secret}, to show what happens to forged or
   * replayed ones.
   */
  HttpResponse<String> post(String body, String contentType, Instant time, String secret)
      throws IOException, InterruptedException {
    String timestamp = Long.toString(time.getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
