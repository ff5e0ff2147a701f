package dev.gwanyong.chat;

import dev.gwanyong.admin.KbCommandParser;
import java.util.List;

/** The chat commands Gwanyong offers on every platform. */
public final class Commands {

  /** The option that carries the question text of {@link #ASK}. */
  public static final String QUESTION = "question";

  /** The option that posts an {@link #ASK} answer for everyone instead of only the asker. */
  public static final String PUBLIC = "public";

  public static final CommandSpec ASK =
      new CommandSpec(
          "ask",
          "Ask Gwanyong a question; it answers with cited quotes from its sources",
          "[question]",
          List.of(
              new CommandSpec.Option(
                  QUESTION, "Your question, in Korean or English", CommandSpec.Type.STRING, true),
              new CommandSpec.Option(
                  PUBLIC,
                  "Show the answer to everyone in the channel",
                  CommandSpec.Type.BOOLEAN,
                  false)),
          List.of());

  /** The {@code /kb} option naming a source id. */
  public static final String ID = "id";

  /** The {@code /kb} option carrying an uploaded file. */
  public static final String FILE = "file";

  /** The {@code /kb unanswered} option: how many days back to look. */
  public static final String DAYS = "days";

  private static final CommandSpec.Option ID_REQUIRED =
      new CommandSpec.Option(
          ID, "The source id, such as k8s-history", CommandSpec.Type.STRING, true);
  private static final CommandSpec.Option URL =
      new CommandSpec.Option(
          "url",
          "A web page (http or https) to fetch as the source",
          CommandSpec.Type.STRING,
          false);
  private static final CommandSpec.Option TEXT =
      new CommandSpec.Option(
          "text", "The source text, plain or Markdown", CommandSpec.Type.STRING, false);
  private static final CommandSpec.Option UPLOAD =
      new CommandSpec.Option(
          FILE,
          "A .txt, .md or .html file to use as the source",
          CommandSpec.Type.ATTACHMENT,
          false);
  private static final CommandSpec.Option TITLE =
      new CommandSpec.Option(
          "title", "The title shown in citations", CommandSpec.Type.STRING, false);
  private static final CommandSpec.Option LANG =
      new CommandSpec.Option(
          "lang", "ko or en; detected from the text when left out", CommandSpec.Type.STRING, false);
  private static final CommandSpec.Option LICENCE =
      new CommandSpec.Option(
          "licence", "The source's licence, such as CC BY 4.0", CommandSpec.Type.STRING, false);

  /**
   * {@code /kb}: moderators manage the sources. Slack takes the whole text after {@code /kb}
   * ({@code add url:… title:"…"}); Discord shows the subcommands with typed fields. Reading (list,
   * show, status) is open to everyone.
   */
  public static final CommandSpec KB =
      new CommandSpec(
          "kb",
          "Manage Gwanyong's sources (moderators): add, update, remove, list, show, reindex,"
              + " status, unanswered",
          "add url:<https://…> [title:\"…\"] [lang:ko|en] | add text: … | update <id> … | remove"
              + " <id> | list [words] [page:<n>] | unanswered [days] | help",
          List.of(),
          List.of(
              sub(
                  "add",
                  "Add a source from a URL, pasted text or an uploaded file",
                  List.of(
                      URL,
                      TEXT,
                      UPLOAD,
                      optional(ID_REQUIRED, "An id for the new source; derived when left out"),
                      TITLE,
                      LANG,
                      LICENCE)),
              sub(
                  "update",
                  "Replace a source's text or change its title, language or licence",
                  List.of(ID_REQUIRED, URL, TEXT, UPLOAD, TITLE, LANG, LICENCE)),
              sub("remove", "Remove a source; it is no longer cited", List.of(ID_REQUIRED)),
              sub("show", "Show one source's details and opening", List.of(ID_REQUIRED)),
              sub(
                  "list",
                  "List the sources with their passage counts",
                  List.of(
                      new CommandSpec.Option(
                          KbCommandParser.MATCH,
                          "Only sources whose id or title has all these words",
                          CommandSpec.Type.STRING,
                          false),
                      new CommandSpec.Option(
                          KbCommandParser.PAGE,
                          "Which page of the listing, from 1",
                          CommandSpec.Type.STRING,
                          false))),
              sub("reindex", "Rebuild the index from the source files", List.of()),
              sub(
                  "status",
                  "Sources, passages, when the index was built and the last change",
                  List.of()),
              sub(
                  "unanswered",
                  "The most frequent refused or down-voted questions (moderators)",
                  List.of(
                      new CommandSpec.Option(
                          DAYS,
                          "How many days back to look, 1 to 365 (default 30)",
                          CommandSpec.Type.STRING,
                          false)))));

  public static final List<CommandSpec> ALL = List.of(ASK, KB);

  private static CommandSpec sub(
      String name, String description, List<CommandSpec.Option> options) {
    return new CommandSpec(name, description, "", options, List.of());
  }

  private static CommandSpec.Option optional(CommandSpec.Option option, String description) {
    return new CommandSpec.Option(option.name(), description, option.type(), false);
  }

  private Commands() {}
}
