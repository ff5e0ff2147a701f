package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode without Slack: {@code apps.connections.open} on the loopback Web API stand-in hands
 * out the address of a loopback WebSocket server, which then delivers a {@code /ask} envelope the
 * way Slack does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackSocketModeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackApiStub slack;
  private AnswerService answers;
  private Dispatcher dispatcher;
  private GwanyongConfig config;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    slack = new SlackApiStub();
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("data", dir.resolve("data").toString());
    flags.put("logs", dir.resolve("logs").toString());
    flags.put("slack.mode", "socket");
    flags.put("slack.api_url", slack.apiUrl().toString());
    config = new ConfigLoader(Map.of()).load(flags);
    answers = AnswerService.open(config);
    dispatcher =
        new Dispatcher(
            answers, new FeedbackLog(config.logs().resolve("feedback.jsonl"), Clock.systemUTC()));
  }

  @BeforeEach
  void forgetCalls() {
    slack.clear();
  }

  @AfterAll
  void stop() throws Exception {
    slack.close();
    answers.close();
  }

  @Test
  void askOverTheSocketIsAcknowledgedAndAnsweredWithACitedQuote() throws Exception {
    try (SocketModeServer socket = new SocketModeServer();
        SlackPlatform platform = platform()) {
      slack.answer("apps.connections.open", "{\"ok\":true,\"url\":\"" + socket.url() + "\"}");
      platform.start(dispatcher);
      socket.awaitConnection();
      socket.send(
          "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"AGWANYONG\"}}");

      Map<String, Object> command = new LinkedHashMap<>();
      command.put("team_id", "T0TEST");
      command.put("channel_id", "CGENERAL");
      command.put("user_id", "UALICE");
      command.put("command", "/ask");
      command.put("text", "쿠버네티스를 활용하는 기업 비율은?");
      command.put("response_url", slack.responseUrl("socket-ask"));
      command.put("trigger_id", "trigger-socket-1");
      socket.send(
          JSON.writeValueAsString(
              Map.of(
                  "envelope_id",
                  "env-1",
                  "type",
                  "slash_commands",
                  "accepts_response_payload",
                  true,
                  "payload",
                  command)));

      JsonNode ack = JSON.readTree(socket.nextReceived());
      assertEquals("env-1", ack.path("envelope_id").asText());
      SlackApiStub.Call answer = slack.await(c -> c.path().equals("/respond/socket-ask"));
      assertTrue(answer.blocks().toString().contains("78%"), answer.blocks().toString());
      // Bolt asks for a fresh socket URL when it connects; the Web API URL came from our
      // configuration.
      assertFalse(slack.calls("apps.connections.open").isEmpty());
    }
  }

  @Test
  void refusedAppTokenStopsStartWithSlacksReason() throws Exception {
    slack.answer("apps.connections.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");
    try (SlackPlatform platform = platform()) {
      Exception e = assertThrows(Exception.class, () -> platform.start(dispatcher));
      assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
    }
  }

  private SlackPlatform platform() {
    return new SlackPlatform(
        config.slack(),
        new SlackPlatform.Credentials("xoxb-test", Optional.empty(), Optional.of("xapp-test")));
  }
}
