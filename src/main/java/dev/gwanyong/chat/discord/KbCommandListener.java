package dev.gwanyong.chat.discord;

import dev.gwanyong.admin.SourceInput;
import dev.gwanyong.chat.Commands;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.LineSplitter;
import dev.gwanyong.chat.ModerationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * {@code /kb <subcommand> …}: the typed options (and an attached file, downloaded within the size
 * cap) go to the dispatcher with the member's roles, and the moderation message comes back
 * privately. The reply is deferred first, since an add may fetch a page and rebuild the index.
 */
final class KbCommandListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(KbCommandListener.class.getName());
  private static final long DOWNLOAD_SECONDS = 30;

  /** Messages a reply may take: see {@link #reply}. */
  private static final int MAX_MESSAGES = 2;

  private final Dispatcher dispatcher;
  private final Executor work;
  private final long maxUploadBytes;

  /**
   * {@code maxUploadBytes}: the largest attachment downloaded ({@code moderation.max_source_kib}).
   */
  KbCommandListener(Dispatcher dispatcher, Executor work, long maxUploadBytes) {
    this.dispatcher = dispatcher;
    this.work = work;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(Commands.KB.name())) {
      return;
    }
    if (!dispatcher.claim(DiscordPlatform.ID, event.getId())) {
      return; // a retried delivery: acknowledging it again fails, and its reply is already there
    }
    event
        .deferReply(true)
        .queue(null, e -> LOG.log(Level.WARNING, "Discord: could not defer /kb", e));
    String subcommand = Optional.ofNullable(event.getSubcommandName()).orElse("help");
    // Options are taken by their type as sent, not as declared: a command registered by another
    // version may send "days" as a number or "file" as text. Every option but a file is text to the
    // parser, which names what is wrong; reading a file option as an attachment when it is not one
    // threw after the reply was deferred, and the member was left with "thinking…".
    Map<String, String> values = new LinkedHashMap<>();
    for (OptionMapping option : event.getOptions()) {
      if (option.getType() != OptionType.ATTACHMENT) {
        values.put(option.getName(), option.getAsString());
      }
    }
    Optional<Message.Attachment> file =
        event.getOptions().stream()
            .filter(option -> option.getType() == OptionType.ATTACHMENT)
            .map(OptionMapping::getAsAttachment)
            .findFirst();
    Set<String> roles =
        event.getMember() == null
            ? Set.of()
            : event.getMember().getRoles().stream()
                .map(ISnowflake::getId)
                .collect(Collectors.toUnmodifiableSet());
    String eventId = event.getId();
    String userId = event.getUser().getId();
    InteractionHook hook = event.getHook();
    work.execute(() -> reply(hook, run(eventId, userId, roles, subcommand, values, file)));
  }

  private String run(
      String eventId,
      String userId,
      Set<String> roles,
      String subcommand,
      Map<String, String> values,
      Optional<Message.Attachment> file) {
    try {
      Optional<SourceInput.Upload> upload = Optional.empty();
      // Permission first: a member's file is never fetched; the dispatcher refuses and audits the
      // attempt.
      if (file.isPresent() && dispatcher.mayModerate(DiscordPlatform.ID, userId, roles)) {
        Message.Attachment attachment = file.get();
        if (attachment.getSize() > maxUploadBytes) {
          return tooLarge(attachment.getFileName());
        }
        Optional<byte[]> bytes = download(attachment);
        if (bytes.isEmpty()) {
          return tooLarge(attachment.getFileName());
        }
        upload = Optional.of(new SourceInput.Upload(attachment.getFileName(), bytes.get()));
      }
      ModerationRequest request =
          new ModerationRequest(
              DiscordPlatform.ID,
              eventId,
              userId,
              roles,
              new ModerationRequest.Options(subcommand, values, upload));
      return dispatcher.runModeration(request).message();
    } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
      Incident incident = Incident.log(LOG, "running /kb", e);
      return "❌ Something went wrong on our side (incident "
          + incident.id()
          + "). Nothing changed.";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "❌ Interrupted while reading the file. Nothing changed.";
    }
  }

  /**
   * The file's bytes, or empty when it is larger than the cap (Discord's declared size is not
   * trusted).
   */
  private Optional<byte[]> download(Message.Attachment attachment)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    try (InputStream in =
        attachment.getProxy().download().get(DOWNLOAD_SECONDS, TimeUnit.SECONDS)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
      return bytes.length > maxUploadBytes ? Optional.empty() : Optional.of(bytes);
    }
  }

  private String tooLarge(String fileName) {
    return "⚠️ %s is larger than %d KiB, the most a source may be. Nothing changed."
        .formatted(fileName, maxUploadBytes / 1024);
  }

  /**
   * The reply is plain text holding titles, ids and words the sender typed, so it is escaped: a
   * title such as {@code **v2** <@123>} is shown as written, not in bold and not as a mention.
   * Escaping lengthens it, up to twice for a title of markdown characters, so a listing page, sized
   * to fit one message, may need two: the rest follows privately, split between lines. What does
   * not fit in two (a long opening paragraph, a long report) is cut without splitting an emoji's
   * surrogate pair or an escape.
   */
  private static void reply(InteractionHook hook, String text) {
    List<String> pieces =
        LineSplitter.split(
            DiscordMarkdown.escape(text),
            Message.MAX_CONTENT_LENGTH,
            MAX_MESSAGES,
            DiscordMarkdown::fit);
    RestAction<Message> sent =
        hook.editOriginal(
            new MessageEditBuilder()
                .setContent(pieces.getFirst())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build());
    for (String piece : pieces.subList(1, pieces.size())) {
      sent =
          sent.flatMap(
              previous ->
                  hook.sendMessage(piece)
                      .setEphemeral(true)
                      .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)));
    }
    sent.queue(null, e -> LOG.log(Level.WARNING, "Discord: could not answer /kb", e));
  }
}
