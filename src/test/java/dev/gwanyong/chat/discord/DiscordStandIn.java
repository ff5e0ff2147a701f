package dev.gwanyong.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A loopback Discord for end-to-end tests: {@link StandInRest} and {@link StandInGateway} on
 * 127.0.0.1, ports chosen by the system. A test points the adapter at {@link #apiUrl()} and {@link
 * #gatewayUrl()}, sends events as a member would, and reads back the REST calls the bot made.
 */
final class DiscordStandIn implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final StandInJson json = new StandInJson();
  private final StandInGateway gateway;
  private final StandInRest rest;
  private volatile boolean threadsAllowed;
  private volatile boolean inOtherGuild;

  DiscordStandIn() throws IOException, InterruptedException {
    gateway =
        new StandInGateway(
            () ->
                inOtherGuild
                    ? List.of(StandInJson.guild(threadsAllowed), StandInJson.otherGuild())
                    : List.of(StandInJson.guild(threadsAllowed)));
    gateway.startAndWait();
    rest = new StandInRest(json, gateway::url);
  }

  /** Lets the bot create threads in the guild; call before the bot connects. */
  DiscordStandIn allowThreads() {
    threadsAllowed = true;
    return this;
  }

  /**
   * Puts the bot in {@link StandInJson#OTHER_GUILD} too, invited there without the {@code
   * applications.commands} scope: registering commands in it is refused with Missing Access. Call
   * before the bot connects.
   */
  DiscordStandIn joinOtherGuildWithoutCommandsScope() {
    inOtherGuild = true;
    rest.refuseCommands(guildCommands(StandInJson.OTHER_GUILD));
    return this;
  }

  /** Refuses registering commands globally with Missing Access. */
  DiscordStandIn refuseGlobalCommands() {
    rest.refuseCommands("/applications/" + StandInJson.APPLICATION + "/commands");
    return this;
  }

  /** The route that registers the bot's commands in {@code guild}. */
  static String guildCommands(String guild) {
    return "/applications/" + StandInJson.APPLICATION + "/guilds/" + guild + "/commands";
  }

  URI apiUrl() {
    return URI.create(rest.baseUrl());
  }

  URI gatewayUrl() {
    return URI.create(gateway.url());
  }

  StandInJson json() {
    return json;
  }

  /** The intents the bot identified with. */
  long identifiedIntents() throws Exception {
    return gateway.identify().get().path("intents").asLong();
  }

  /** The member types {@code /ask}; returns the interaction. */
  JsonNode ask(String question, boolean visibleToAll) {
    ObjectNode interaction = json.askInteraction(question, visibleToAll);
    gateway.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  /** The member types {@code /<name>} without options; returns the interaction. */
  JsonNode command(String name) {
    ObjectNode interaction = json.commandInteraction(name);
    gateway.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  /**
   * The member, with {@code roles}, types {@code /kb <subcommand>} with string options; returns the
   * interaction.
   */
  JsonNode kb(String subcommand, Map<String, String> options, List<String> roles) {
    return kb(subcommand, options, roles, Optional.empty());
  }

  /** The same, with a file attached. */
  JsonNode kb(
      String subcommand,
      Map<String, String> options,
      List<String> roles,
      Optional<StandInJson.Upload> file) {
    ObjectNode interaction = json.kbInteraction(subcommand, options, roles, file);
    gateway.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  /** Serves a file the way Discord's CDN does, for an attachment; returns its address. */
  String host(String name, byte[] bytes) {
    return rest.host(name, bytes);
  }

  /** The member clicks a button of a message the bot posted. */
  JsonNode click(JsonNode message, String customId) {
    ObjectNode interaction = json.buttonInteraction(message, customId);
    gateway.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  /** A message posted in a channel by {@code author}; returns the message. */
  JsonNode post(String channelId, ObjectNode author, String content, boolean mentionsBot) {
    ObjectNode message = json.message(channelId, author, content, mentionsBot);
    gateway.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  /**
   * Delivers {@code message} (built with {@link #json()}), which its author deletes before the bot
   * answers: Discord no longer knows it when the bot replies to it or starts a thread on it.
   * Returns the message.
   */
  JsonNode deliverDeleted(ObjectNode message) {
    rest.delete(message.path("id").asText());
    gateway.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  /**
   * {@code author} writes to the bot directly in the conversation {@code channelId}; returns the
   * message.
   */
  JsonNode directMessage(String channelId, ObjectNode author, String content) {
    ObjectNode message = json.directMessage(channelId, author, content);
    gateway.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  /** Delivers a message again, as the gateway may after a reconnect. */
  void redeliver(JsonNode message) {
    gateway.dispatch("MESSAGE_CREATE", message);
  }

  /**
   * Delivers an interaction the test built or changed, such as one with an option of another type.
   */
  void interact(JsonNode interaction) {
    gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  /** Delivers an interaction again, as the gateway may when it resumes a session. */
  void redeliverInteraction(JsonNode interaction) {
    gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  List<RestCall> calls() {
    return rest.calls();
  }

  /** Waits for the first call that matches. */
  RestCall await(String method, String pathPattern) throws InterruptedException {
    return awaitFirst(call -> call.is(method, pathPattern))
        .orElseThrow(
            () ->
                new AssertionError(
                    "no "
                        + method
                        + " "
                        + pathPattern
                        + " within "
                        + WAIT
                        + "; calls: "
                        + calls()));
  }

  /**
   * Waits until at least two calls match, and returns all that do: for a second call on the same
   * route.
   */
  List<RestCall> awaitAll(String method, String pathPattern) throws InterruptedException {
    awaitFirst(call -> calls().stream().filter(c -> c.is(method, pathPattern)).count() >= 2);
    return calls().stream().filter(c -> c.is(method, pathPattern)).toList();
  }

  private Optional<RestCall> awaitFirst(Predicate<RestCall> match) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      Optional<RestCall> found = calls().stream().filter(match).findFirst();
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(20);
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    rest.stop();
    try {
      gateway.stop(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
