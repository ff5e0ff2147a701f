package dev.gwanyong.admin;

import java.util.Objects;

/** Where the text of a new or updated source comes from. */
public sealed interface SourceInput {

  /** Text or Markdown pasted by the moderator. */
  record Text(String text) implements SourceInput {
    public Text {
      Objects.requireNonNull(text);
    }
  }

  /**
   * An uploaded file's bytes. {@code fileName} decides how it is read: {@code .html}/{@code .htm}
   * as HTML, anything else as plain text or Markdown.
   */
  record Upload(String fileName, byte[] bytes) implements SourceInput {
    public Upload {
      Objects.requireNonNull(fileName);
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    /** How many bytes, without copying them. */
    public int size() {
      return bytes.length;
    }
  }

  /** A web page to fetch over HTTP or HTTPS. */
  record Url(String url) implements SourceInput {
    public Url {
      Objects.requireNonNull(url);
    }
  }
}
