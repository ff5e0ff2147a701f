package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.CorpusException;
import dev.gwanyong.corpus.SourceFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a moderator gave (pasted text, an upload, a fetched page) into paragraphs, or says
 * what is wrong with it: empty, over the size cap, or binary (NUL bytes, or bytes that are not
 * valid text in their charset). Text in the corpus's own file format ({@link SourceFormat}: a
 * source file copied from another corpus) is read as that format, one paragraph a line, and its
 * header values are the source's unless the moderator gives others.
 */
final class SourceText {

  /** Paragraphs and a suggested title, or the problem with the input. */
  sealed interface Outcome {}

  /**
   * The paragraphs read, where they came from (a page's address, a source file's url), and what
   * else a source file's header gives: its values, which those the moderator gives override, and
   * its references.
   */
  record Read(
      MarkdownText.Extracted text,
      Optional<String> url,
      SourceFields header,
      List<String> references)
      implements Outcome {

    Read {
      references = List.copyOf(references);
    }

    Read(MarkdownText.Extracted text, Optional<String> url) {
      this(text, url, SourceFields.none(), List.of());
    }
  }

  record Problematic(Problem problem, String reason) implements Outcome {}

  /**
   * Windows code page 949 (Unified Hangul Code), which reads every EUC-KR file and the Hangul
   * EUC-KR lacks.
   */
  private static final Charset CP949 = Charset.forName("x-windows-949");

  private static final Charset EUC_KR = Charset.forName("EUC-KR");

  private final long maxBytes;

  SourceText(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Outcome ofText(String text) {
    if (text.isBlank()) {
      return new Problematic(Problem.EMPTY_TEXT, "The text is empty.");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      return tooLarge("The text");
    }
    if (text.indexOf('\0') >= 0) {
      return new Problematic(
          Problem.BINARY_FILE, "The text contains NUL characters; it looks like binary data.");
    }
    return plainOrSourceFile(text);
  }

  /**
   * Text in the corpus's file format as that format, one paragraph a line with its header; any
   * other text as Markdown. Read as Markdown, a source file's lines ran together into one paragraph
   * after one of its header.
   */
  private static Outcome plainOrSourceFile(String text) {
    if (text.startsWith(SourceFormat.FENCE) || text.startsWith("\uFEFF" + SourceFormat.FENCE)) {
      try {
        SourceFormat.Parsed parsed = SourceFormat.parse(text, "the text");
        if (parsed.isTranslation()) {
          return new Problematic(
              Problem.INVALID_VALUE,
              "This is a translation of source \""
                  + parsed.value("translation-of").orElseThrow()
                  + "\" (its header says translation-of), not a source of"
                  + " its own: save it beside that source in the corpus folder instead.");
        }
        if (!parsed.paragraphs().isEmpty()) {
          SourceFields header =
              new SourceFields(
                  parsed.value("id"),
                  parsed.value("title"),
                  parsed.value("lang"),
                  parsed.value("licence"),
                  parsed.value("author"));
          List<String> references =
              parsed.value("references").map(r -> List.of(r.split("\\s+"))).orElse(List.of());
          return new Read(
              new MarkdownText.Extracted(parsed.value("title"), parsed.paragraphs()),
              parsed.value("url"),
              header,
              references);
        }
      } catch (CorpusException notASourceFile) {
        // Markdown that starts with a rule, or another tool's front matter: read as Markdown below.
      }
    }
    return paragraphs(MarkdownText.extract(text), Optional.empty());
  }

  Outcome ofUpload(SourceInput.Upload upload) {
    if (upload.size() > maxBytes) {
      return tooLarge("The file " + upload.fileName());
    }
    String name = upload.fileName().toLowerCase(Locale.ROOT);
    byte[] bytes = upload.bytes();
    boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    // An HTML file is read in the charset its <meta> names, as a page is; unlike a page's, bytes
    // not valid in it refuse the file, as a moderator can save it again, where a page is what it
    // is.
    return decode(bytes, html ? HtmlText.charsetNamed(bytes) : Optional.empty())
        .map(
            text ->
                html
                    ? paragraphs(HtmlText.extract(text, ""), Optional.<String>empty())
                    : plainOrSourceFile(text))
        .orElseGet(() -> binary("The file " + upload.fileName()));
  }

  Outcome ofPage(UrlFetcher.Page page) {
    byte[] bytes = page.body();
    if (bytes.length > maxBytes) {
      return tooLarge("The page");
    }
    boolean html =
        page.mediaType().equals("text/html") || page.mediaType().equals("application/xhtml+xml");
    Optional<Charset> charset = page.charset().flatMap(SourceText::charset);
    Optional<String> url = Optional.of(page.uri().toString());
    if (html) {
      return htmlPage(bytes, charset, url.get());
    }
    return decode(bytes, charset)
        .map(text -> paragraphs(MarkdownText.extract(text), url))
        .orElseGet(() -> binary("The page"));
  }

  /**
   * An HTML page in the charset the server named, else in the one the page names itself (a
   * byte-order mark or {@code <meta charset>}), else as an upload is read. A page with bytes that
   * are not valid in its charset is still read, as jsoup and browsers read it, with '\uFFFD' for
   * them; only NUL bytes make it binary.
   */
  private static Outcome htmlPage(byte[] bytes, Optional<Charset> declared, String url) {
    Optional<String> text = decode(bytes, declared.or(() -> HtmlText.charsetNamed(bytes)));
    if (text.isPresent()) {
      return paragraphs(HtmlText.extract(text.get(), url), Optional.of(url));
    }
    if (hasNul(bytes)) {
      return binary("The page");
    }
    return paragraphs(HtmlText.extract(bytes, declared.map(Charset::name), url), Optional.of(url));
  }

  private static Outcome paragraphs(MarkdownText.Extracted text, Optional<String> url) {
    if (text.paragraphs().isEmpty()) {
      return new Problematic(Problem.EMPTY_TEXT, "There is no readable text in it.");
    }
    return new Read(text, url);
  }

  /**
   * Strict decoding: a byte sequence that is not valid text is refused rather than turned into
   * '\uFFFD'. Without a declared charset, a file is read as what Korean editors save: UTF-16 when
   * it starts with that byte-order mark (Notepad's "Unicode"), else UTF-8, else CP949, the Windows
   * superset of EUC-KR, if the text then reads as Korean; a file in another encoding seldom decodes
   * as CP949 at all, and one that does is refused, not misread.
   */
  private static Optional<String> decode(byte[] bytes, Optional<Charset> declared) {
    Optional<String> text;
    if (declared.isPresent()) {
      // Pages that say EUC-KR (or ks_c_5601-1987) use CP949's Hangul as well, and browsers read
      // them as CP949.
      text = strictly(bytes, declared.get().equals(EUC_KR) ? CP949 : declared.get());
    } else if (startsWithUtf16Mark(bytes)) {
      text = strictly(bytes, StandardCharsets.UTF_16);
    } else {
      text =
          strictly(bytes, StandardCharsets.UTF_8)
              .or(() -> strictly(bytes, CP949).filter(SourceText::readsAsKorean));
    }
    // Checked once decoded, since UTF-16 has NUL bytes in every ASCII character but no text has a
    // NUL character.
    return text.filter(t -> t.indexOf('\0') < 0)
        .map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t);
  }

  /**
   * The charset a server named, if Java knows it: a name it does not (a typo, a made-up one) is as
   * good as none.
   */
  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWithUtf16Mark(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  /**
   * Whether text decoded as CP949 reads as Korean: more than twice as many Hangul letters as Hanja.
   * Chinese in GBK decodes as CP949 too, as Hanja with Hangul about as many (中文文本 as 櫓匡匡굶), where
   * Korean, Hanja and all (관용(寬容), 한中 정상회담), has many times more Hangul.
   */
  private static boolean readsAsKorean(String text) {
    long hangul =
        text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
            .count();
    long hanja =
        text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count();
    return hangul > 2 * hanja;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static Problematic binary(String what) {
    return new Problematic(
        Problem.BINARY_FILE,
        what
            + " is not text (it has NUL bytes, or is not UTF-8, UTF-16 with its byte-order mark or"
            + " Korean CP949/EUC-KR); upload .txt, .md or .html.");
  }

  private Problematic tooLarge(String what) {
    return new Problematic(
        Problem.TOO_LARGE, what + " is larger than the limit of " + maxBytes / 1024 + " KiB.");
  }
}
