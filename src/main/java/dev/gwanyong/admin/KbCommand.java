package dev.gwanyong.admin;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code /kb} command, front-end neutral: parsed from the text after {@code /kb} by {@link
 * KbCommandParser}, or built by an adapter from typed options (Discord) and attachments.
 */
public sealed interface KbCommand {

  /** The action word written to the audit log. */
  String action();

  /** {@code add}: a new source from text, an upload or a URL. */
  record Add(SourceInput input, SourceFields fields) implements KbCommand {
    public Add {
      Objects.requireNonNull(input);
      Objects.requireNonNull(fields);
    }

    @Override
    public String action() {
      return "add";
    }
  }

  /** {@code update}: new text and/or header values for an existing source. */
  record Update(String id, Optional<SourceInput> input, SourceFields fields) implements KbCommand {
    public Update {
      Objects.requireNonNull(id);
      Objects.requireNonNull(input);
      Objects.requireNonNull(fields);
    }

    @Override
    public String action() {
      return "update";
    }
  }

  /** {@code remove}: deletes a source (and its translation). */
  record Remove(String id) implements KbCommand {
    public Remove {
      Objects.requireNonNull(id);
    }

    @Override
    public String action() {
      return "remove";
    }
  }

  /**
   * {@code list}: the sources with their passage counts, a page at a time in chat.
   *
   * @param match words that a listed source's id or title all contain; blank lists every source
   * @param page which page of the listing, from 1
   */
  record ListSources(String match, int page) implements KbCommand {
    /** The first page of every source. */
    public static final ListSources ALL = new ListSources("", 1);

    public ListSources {
      Objects.requireNonNull(match);
      if (page < 1) {
        throw new IllegalArgumentException("pages are numbered from 1");
      }
    }

    @Override
    public String action() {
      return "list";
    }
  }

  /** {@code show}: one source's header and opening. */
  record Show(String id) implements KbCommand {
    public Show {
      Objects.requireNonNull(id);
    }

    @Override
    public String action() {
      return "show";
    }
  }

  /** {@code reindex} (or {@code rebuild}): rebuilds the index from the source files. */
  record Reindex() implements KbCommand {
    @Override
    public String action() {
      return "rebuild";
    }
  }

  /** {@code status}: sources, passages, when the index was built, the last change and by whom. */
  record Status() implements KbCommand {
    @Override
    public String action() {
      return "status";
    }
  }

  /** {@code help} or an empty {@code /kb}: the usage text. */
  record Help() implements KbCommand {
    @Override
    public String action() {
      return "help";
    }
  }
}
