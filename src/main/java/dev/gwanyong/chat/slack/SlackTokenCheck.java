package dev.gwanyong.chat.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.gwanyong.chat.PlatformStartException;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Asks Slack whether its Web API answers and accepts the tokens, before Bolt does: Bolt reports an
 * unreachable API and a refused token alike as "the token is invalid", and the operator needs to
 * know which of the two to fix.
 */
final class SlackTokenCheck {

  /** auth.test and apps.connections.open errors that mean the token itself is wrong. */
  private static final Set<String> REFUSED_TOKEN =
      Set.of(
          "invalid_auth",
          "not_authed",
          "account_inactive",
          "token_revoked",
          "token_expired",
          "not_allowed_token_type");

  private final Slack slack;
  private final URI apiUrl;

  SlackTokenCheck(Slack slack, URI apiUrl) {
    this.slack = slack;
    this.apiUrl = apiUrl;
  }

  /** {@code auth.test} with the bot token. */
  void botToken(String token) throws PlatformStartException {
    check("SLACK_BOT_TOKEN", "auth.test", () -> slack.methods(token).authTest(r -> r));
  }

  /** {@code apps.connections.open} with the app token, as Socket Mode will call it. */
  void appToken(String token) throws PlatformStartException {
    check(
        "SLACK_APP_TOKEN",
        "apps.connections.open",
        () -> slack.methods(token).appsConnectionsOpen(r -> r));
  }

  private interface Call {
    SlackApiTextResponse run() throws IOException, SlackApiException;
  }

  private void check(String variable, String method, Call call) throws PlatformStartException {
    SlackApiTextResponse response;
    try {
      response = call.run();
    } catch (SlackApiException e) {
      throw new PlatformStartException(
          "the Slack Web API at "
              + apiUrl
              + " answered "
              + method
              + " with HTTP "
              + e.getResponse().code()
              + "; try again later, or check slack.api_url");
    } catch (IOException e) {
      throw new PlatformStartException(
          "cannot reach the Slack Web API at "
              + apiUrl
              + " ("
              + e.getMessage()
              + "); check the network, a proxy, or slack.api_url");
    }
    if (!response.isOk()) {
      String error = String.valueOf(response.getError());
      throw new PlatformStartException(
          REFUSED_TOKEN.contains(error)
              ? "Slack refused "
                  + variable
                  + " ("
                  + method
                  + ": "
                  + error
                  + "); copy the token again from the app's settings"
              : "Slack answered " + method + " with '" + error + "'");
    }
  }
}
