package dev.gwanyong.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parses the text after {@code /kb} into a {@link KbCommand}. Options are {@code key:value}; a
 * value with spaces is quoted ({@code "…"} or {@code “…”}). {@code text:} takes everything after
 * it, newlines included, so pasted text needs no quoting; so does the first word that is not an
 * option. A bare {@code http(s)://…} is taken as the URL.
 *
 * <pre>
 * add url:https://example.org/k8s-history title:"Kubernetes history" lang:en
 * add id:my-notes title:"My notes" text: first paragraph …
 * update k8s-history title:"Kubernetes: a history"
 * update k8s-history url:https://example.org/k8s-history-v2
 * remove k8s-history
 * show k8s-history
 * list · list kubernetes page:2 · status · reindex · help
 * </pre>
 */
public final class KbCommandParser {

  /** Command words that only read (or ask for help), which everyone may use. */
  private static final Set<String> READS = Set.of("", "list", "show", "status", "help");

  /** The help text shown for {@code /kb help} and with a command that cannot be parsed. */
  public static final String USAGE =
      """
      /kb add url:<https://…> [id:<id>] [title:"…"] [lang:ko|en] [licence:"…"] [author:"…"]
      /kb add [id:<id>] [title:"…"] [lang:ko|en] text: <pasted text or Markdown>   (or attach a .txt/.md/.html file)
      /kb update <id> [title:"…"] [lang:…] [licence:"…"] [author:"…"] [url:<…> | text: <…>]
          (licence:"" or author:"" clears it)
      /kb list [words in ids or titles] [page:<n>]
      /kb remove <id> · /kb show <id> · /kb status · /kb reindex · /kb unanswered [days]\
      """;

  /** The typed option of {@code list} with the words a listed source's id or title must contain. */
  public static final String MATCH = "match";

  /** The option of {@code list} naming the page to show. */
  public static final String PAGE = "page";

  private static final Set<String> SOURCE_KEYS =
      Set.of("url", "text", "id", "title", "lang", "licence", "author");

  /** Keys whose value an update may clear by giving it empty. */
  private static final Set<String> CLEARABLE_KEYS = Set.of("licence", "author");

  private static final Pattern OPTION = Pattern.compile("([a-z]+):(.*)", Pattern.DOTALL);
  private static final Pattern SLACK_LINK =
      Pattern.compile("([a-z]+:)?<([a-zA-Z][a-zA-Z0-9+.-]*:)([^|>\\s]+)(\\|[^>]*)?>");
  private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");

  /** What parsing gave. */
  public sealed interface Result {}

  /** A command ready to run. */
  public record Parsed(KbCommand command) implements Result {}

  /** Text that is not a command; {@code message} says what is wrong and how to write it. */
  public record Invalid(String message) implements Result {}

  /**
   * The command word of typed text ({@code add}, {@code list} …), lower-cased; empty for empty
   * text.
   */
  public static String verb(String text) {
    return new Tokens(text.strip()).next().map(v -> v.toLowerCase(Locale.ROOT)).orElse("");
  }

  /**
   * Whether a command word only reads (or asks for help), which everyone may do; any other word may
   * change.
   */
  public static boolean isRead(String verb) {
    return READS.contains(verb.strip().toLowerCase(Locale.ROOT));
  }

  /** Parses the text after {@code /kb}. */
  public static Result parse(String text) {
    return parse(text, Optional.empty());
  }

  /**
   * Parses the text after {@code /kb}, with a file the member attached (Slack file share, Discord
   * attachment), which becomes the text of an {@code add} or {@code update} that names no URL or
   * text.
   */
  public static Result parse(String text, Optional<SourceInput.Upload> attachment) {
    Tokens tokens = new Tokens(text.strip());
    Optional<String> verb = tokens.next();
    if (verb.isEmpty()) {
      return new Parsed(new KbCommand.Help());
    }
    String command = verb.get().toLowerCase(Locale.ROOT);
    return switch (command) {
      case "add" -> source(tokens, Optional.empty(), attachment);
      case "update" -> {
        Optional<String> id = tokens.next();
        yield id.isEmpty() || id.get().contains(":")
            ? invalid(
                "update needs the id of the source first, e.g. /kb update k8s-history title:\"…\"")
            : source(tokens, id, attachment);
      }
      case "remove", "delete", "show" -> {
        Optional<String> id = tokens.next();
        if (id.isEmpty() || tokens.next().isPresent()) {
          yield invalid(
              command + " needs exactly one source id, e.g. /kb " + command + " k8s-history");
        }
        String plain = id.get().startsWith("id:") ? id.get().substring(3) : id.get();
        yield new Parsed(
            command.equals("show") ? new KbCommand.Show(plain) : new KbCommand.Remove(plain));
      }
      case "list" -> list(tokens);
      case "status", "reindex", "rebuild", "help" -> {
        if (tokens.next().isPresent()) {
          yield invalid(command + " takes no arguments.");
        }
        yield new Parsed(
            switch (command) {
              case "status" -> new KbCommand.Status();
              case "help" -> new KbCommand.Help();
              default -> new KbCommand.Reindex();
            });
      }
      default -> invalid("Unknown command \"" + verb.get() + "\".");
    };
  }

  /**
   * {@code list [words…] [page:N]}: the words narrow the listing to sources whose id or title has
   * them all.
   */
  private static Result list(Tokens tokens) {
    List<String> words = new ArrayList<>();
    Optional<String> page = Optional.empty();
    for (Optional<String> token = tokens.next(); token.isPresent(); token = tokens.next()) {
      if (token.get().toLowerCase(Locale.ROOT).startsWith(PAGE + ":")) {
        if (page.isPresent()) {
          return invalid(PAGE + ": is given twice.");
        }
        page = Optional.of(token.get().substring(PAGE.length() + 1));
      } else {
        words.add(token.get());
      }
    }
    return list(String.join(" ", words), page);
  }

  private static Result list(String match, Optional<String> page) {
    if (page.isEmpty()) {
      return new Parsed(new KbCommand.ListSources(match.strip(), 1));
    }
    String digits = page.get().strip();
    if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) < 1) {
      return invalid("page: takes a page number from 1, e.g. /kb list page:2");
    }
    return new Parsed(new KbCommand.ListSources(match.strip(), Integer.parseInt(digits)));
  }

  private static Result source(
      Tokens tokens, Optional<String> updateId, Optional<SourceInput.Upload> attachment) {
    Map<String, String> options = new LinkedHashMap<>();
    while (true) {
      int mark = tokens.position();
      Optional<String> token = tokens.next();
      if (token.isEmpty()) {
        break;
      }
      String word = unwrapLink(token.get());
      var option = OPTION.matcher(word);
      if (URL.matcher(word).matches() && !options.containsKey("url")) {
        options.put("url", word);
      } else if (option.matches() && option.group(1).equals("text")) {
        options.put("text", tokens.restAfterKey(mark, "text:"));
        break;
      } else if (option.matches() && SOURCE_KEYS.contains(option.group(1))) {
        if (tokens.endsInColon(mark)) {
          // Else "author: Kim" would clear the author and take Kim as the source's new text.
          return invalid(
              option.group(1)
                  + ": needs its value right after the colon, e.g. "
                  + option.group(1)
                  + ":\"…\""
                  + (CLEARABLE_KEYS.contains(option.group(1))
                      ? ", or " + option.group(1) + ":\"\" to clear it."
                      : "."));
        }
        if (tokens.openedUnclosedQuote()) {
          // Else the quote would be kept as the value's first character and the words after it
          // taken as the text: title:"My notes text: … would add a source titled "My whose text
          // starts with "notes".
          return invalid(
              option.group(1)
                  + ": opens a quote that is never closed; close it, e.g. "
                  + option.group(1)
                  + ":\"…\"");
        }
        if (options.put(option.group(1), unwrapLink(option.group(2))) != null) {
          return invalid(option.group(1) + ": is given twice.");
        }
      } else if (option.matches()
          && !option.group(2).isEmpty()
          && !option.group(2).startsWith(" ")) {
        return invalid(
            "Unknown option \""
                + option.group(1)
                + ":\"; known: url, text, id, title, lang, licence, author.");
      } else {
        options.put("text", tokens.rest(mark));
        break;
      }
    }
    return build(options, updateId, attachment);
  }

  /**
   * Builds a command from typed options, as Discord delivers a subcommand: {@code subcommand} is
   * the verb ({@code add}, {@code update}, {@code remove}, {@code show}, {@code list}, {@code
   * status}, {@code reindex}), {@code options} the values the member filled in by name ({@code id},
   * {@code url}, {@code text}, {@code title}, {@code lang}, {@code licence}, {@code author}; for
   * {@code list}, {@link #MATCH} and {@link #PAGE}), and {@code attachment} an uploaded file. The
   * same checks apply as to typed text.
   */
  public static Result parse(
      String subcommand, Map<String, String> options, Optional<SourceInput.Upload> attachment) {
    String command = subcommand.strip().toLowerCase(Locale.ROOT);
    if (command.equals("list")) {
      Set<String> unknown = new TreeSet<>(options.keySet());
      unknown.removeAll(Set.of(MATCH, PAGE));
      return unknown.isEmpty() && attachment.isEmpty()
          ? list(
              options.getOrDefault(MATCH, ""),
              Optional.ofNullable(options.get(PAGE)).filter(p -> !p.isBlank()))
          : invalid("list takes only " + MATCH + ": and " + PAGE + ":.");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> option : options.entrySet()) {
      if (!SOURCE_KEYS.contains(option.getKey())) {
        return invalid(
            "Unknown option \""
                + option.getKey()
                + ":\"; known: url, text, id, title, lang, licence, author.");
      }
      String value =
          option.getKey().equals("text")
              ? option.getValue()
              : unwrapLink(option.getValue().strip());
      if (!value.isBlank()) {
        values.put(option.getKey(), value);
      }
    }
    return switch (command) {
      case "add" -> build(values, Optional.empty(), attachment);
      case "update" -> {
        Optional<String> id = Optional.ofNullable(values.remove("id"));
        yield id.isEmpty()
            ? invalid(
                "update needs the id of the source, e.g. /kb update id:k8s-history title:\"…\"")
            : build(values, id, attachment);
      }
      case "remove", "delete", "show" -> {
        Optional<String> id = Optional.ofNullable(values.remove("id"));
        if (id.isEmpty() || !values.isEmpty()) {
          yield invalid(
              command + " needs exactly one source id, e.g. /kb " + command + " id:k8s-history");
        }
        yield new Parsed(
            command.equals("show") ? new KbCommand.Show(id.get()) : new KbCommand.Remove(id.get()));
      }
      default ->
          values.isEmpty() && attachment.isEmpty()
              ? parse(command, Optional.empty())
              : invalid(command + " takes no arguments.");
    };
  }

  private static Result build(
      Map<String, String> options,
      Optional<String> updateId,
      Optional<SourceInput.Upload> attachment) {
    if (options.containsKey("url") && options.containsKey("text")) {
      return invalid("Give either url: or text:, not both.");
    }
    if (attachment.isPresent() && (options.containsKey("url") || options.containsKey("text"))) {
      // Otherwise the file, which the moderator meant as the source, would be dropped without a
      // word.
      return invalid("Give either url:, text: or a file, not two of them.");
    }
    Optional<SourceInput> input =
        Optional.ofNullable(options.get("url"))
            .<SourceInput>map(SourceInput.Url::new)
            .or(() -> Optional.ofNullable(options.get("text")).map(SourceInput.Text::new))
            .or(() -> attachment.map(a -> a));
    SourceFields fields =
        new SourceFields(
            Optional.ofNullable(options.get("id")).or(() -> updateId),
            Optional.ofNullable(options.get("title")),
            Optional.ofNullable(options.get("lang")),
            Optional.ofNullable(options.get("licence")),
            Optional.ofNullable(options.get("author")));
    if (updateId.isPresent()) {
      return new Parsed(new KbCommand.Update(updateId.get(), input, fields));
    }
    if (input.isEmpty()) {
      return invalid("add needs url:<address>, text: <your text>, or an attached file.");
    }
    return new Parsed(new KbCommand.Add(input.get(), fields));
  }

  /**
   * A link as Slack sends it ({@code <https://x>} or {@code <https://x|label>}), or as Discord
   * members write it to suppress the embed ({@code <https://x>}), without its brackets and label.
   */
  static String unwrapLink(String word) {
    var link = SLACK_LINK.matcher(word);
    if (link.matches()) {
      return (link.group(1) == null ? "" : link.group(1)) + link.group(2) + link.group(3);
    }
    return word;
  }

  private static Invalid invalid(String message) {
    return new Invalid("⚠️ " + message + "\nUsage:\n" + USAGE);
  }

  /**
   * Splits on white space, keeping quoted values whole and remembering offsets for "the rest is
   * text".
   */
  private static final class Tokens {
    private final String text;
    private int at;
    private boolean unclosedQuote;

    Tokens(String text) {
      this.text = text;
    }

    int position() {
      return at;
    }

    /** Whether the last token's value opened a double quote that nothing after it closes. */
    boolean openedUnclosedQuote() {
      return unclosedQuote;
    }

    Optional<String> next() {
      unclosedQuote = false;
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at >= text.length()) {
        return Optional.empty();
      }
      StringBuilder token = new StringBuilder();
      while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
        char c = text.charAt(at);
        boolean valueStart = token.isEmpty() || token.charAt(token.length() - 1) == ':';
        int angle = valueStart && c == '<' ? text.indexOf('>', at + 1) : -1;
        if (angle > 0) { // a chat link, <https://x|label with spaces>: kept whole, brackets and all
          token.append(text, at, angle + 1);
          at = angle + 1;
          continue;
        }
        char close = valueStart ? closing(c) : 0;
        int end = close == 0 ? -1 : text.indexOf(close, at + 1);
        if (end > 0) {
          token.append(text, at + 1, end);
          at = end + 1;
        } else {
          // An apostrophe may start a word (’til); a double quote left open is a mistake.
          unclosedQuote |= c == '"' || c == '“';
          token.append(c);
          at++;
        }
      }
      return Optional.of(token.toString());
    }

    /**
     * Whether the token from {@code from} to here was typed as a key and a colon with nothing after
     * it.
     */
    boolean endsInColon(int from) {
      return text.substring(from, at).strip().endsWith(":");
    }

    /** Everything from a token's start to the end, as typed. */
    String rest(int from) {
      at = text.length();
      return unquote(text.substring(from).strip());
    }

    /** Everything after {@code key} in the token starting at {@code from}. */
    String restAfterKey(int from, String key) {
      int start = text.indexOf(key, from) + key.length();
      at = text.length();
      return unquote(text.substring(start).strip());
    }

    private static String unquote(String value) {
      if (value.length() >= 2) {
        char close = closing(value.charAt(0));
        if (close != 0
            && value.charAt(value.length() - 1) == close
            && value.indexOf(close, 1) == value.length() - 1) {
          return value.substring(1, value.length() - 1);
        }
      }
      return value;
    }

    private static char closing(char open) {
      return switch (open) {
        case '"' -> '"';
        case '“' -> '”';
        case '\'' -> '\'';
        case '‘' -> '’';
        default -> 0;
      };
    }
  }

  private KbCommandParser() {}
}
