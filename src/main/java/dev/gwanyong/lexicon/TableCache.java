package dev.gwanyong.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the analysed entries of lexicon tables in a folder, so that a start reads them instead of
 * running Nori over tens of thousands of translations again (most of a one-off {@code ask}). An
 * entry file is named by a digest of the table's lines and the analysis fingerprint: an edited
 * lexicon file or changed analysis names another file, and the old one is deleted when the lexicon
 * has loaded. The cache is derived data: one that cannot be read is analysed again and rewritten,
 * one that cannot be written is only a slower start.
 */
final class TableCache {

  /** No cache: every load analyses. */
  static final TableCache NONE = new TableCache(null);

  private static final Logger LOG = Logger.getLogger(TableCache.class.getName());

  /** Bump when the file layout or what an analysed entry holds changes. */
  private static final int FORMAT = 5;

  private static final String SUFFIX = ".analysed";

  /**
   * More terms than an entry's words or a translation's could have: a list this long is a damaged
   * file.
   */
  private static final int MAX_TERMS = 1 << 12;

  private final Path folder;
  private final Set<Path> used = new HashSet<>();

  /**
   * Whether a failed write has been logged: the tables are written one by one, and a folder that
   * cannot take one takes none, so the operator is told once, not once a table.
   */
  private final AtomicBoolean toldUnwritable = new AtomicBoolean();

  private TableCache(Path folder) {
    this.folder = folder;
  }

  /** A cache in the folder, created when first written. */
  static TableCache in(Path folder) {
    return new TableCache(folder);
  }

  /**
   * The name of a table's entries: a digest of its lines, in file order, and of the analysis that
   * reads them.
   */
  static String key(List<List<String>> linesOfFiles, String analysisFingerprint) {
    MessageDigest digest = sha256();
    digest.update((FORMAT + "\n" + analysisFingerprint + "\n").getBytes(StandardCharsets.UTF_8));
    for (List<String> lines : linesOfFiles) {
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** The entries stored under the key; empty when there are none or they cannot be read. */
  Optional<List<LexiconTable.Analysed>> read(String key) {
    if (folder == null) {
      return Optional.empty();
    }
    Path file = folder.resolve(key + SUFFIX);
    used.add(file);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      int count = in.readInt();
      // Sized by what was read, not what the file claims: a damaged count must not allocate
      // gigabytes.
      List<LexiconTable.Analysed> entries = new ArrayList<>();
      // One string for each distinct term: the entries repeat their English stems and Korean words,
      // and a term read anew each time was a string of its own for as long as the lexicon lives.
      Map<String, String> strings = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String english = in.readUTF();
        List<String> stems = readTerms(in, strings);
        int translations = in.readInt();
        List<List<String>> korean = new ArrayList<>();
        for (int t = 0; t < translations; t++) {
          korean.add(readTerms(in, strings));
        }
        List<String> written = readTerms(in, strings);
        int kept = in.readInt();
        List<Integer> keptWords = new ArrayList<>();
        for (int k = 0; k < kept; k++) {
          keptWords.add(in.readInt());
        }
        entries.add(
            new LexiconTable.Analysed(english, stems, korean, written, List.copyOf(keptWords)));
      }
      return in.read() == -1 ? Optional.of(entries) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.INFO,
          "analysing the lexicon again: its cache " + file + " cannot be read (" + e + ")");
      return Optional.empty();
    }
  }

  /**
   * Stores the entries under the key, replacing the file in one rename so that no reader sees half
   * of it.
   */
  void write(String key, List<LexiconTable.Analysed> entries) {
    if (folder == null) {
      return;
    }
    Path file = folder.resolve(key + SUFFIX);
    used.add(file);
    Path partial = null;
    try {
      Files.createDirectories(folder);
      partial = Files.createTempFile(folder, key, ".partial");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
        out.writeInt(FORMAT);
        out.writeInt(entries.size());
        for (LexiconTable.Analysed entry : entries) {
          out.writeUTF(entry.english());
          writeTerms(out, entry.stems());
          out.writeInt(entry.korean().size());
          for (List<String> terms : entry.korean()) {
            writeTerms(out, terms);
          }
          writeTerms(out, entry.written());
          out.writeInt(entry.keptWords().size());
          for (int word : entry.keptWords()) {
            out.writeInt(word);
          }
        }
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.log(
          toldUnwritable.compareAndSet(false, true) ? Level.WARNING : Level.FINE,
          "cannot keep the analysed lexicon in " + folder + " (" + e + "); starts stay slower");
      deleteQuietly(partial);
    }
  }

  /**
   * Deletes the entry files this load neither read nor wrote: those of edited files or another
   * analysis.
   */
  void deleteUnused() {
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
      for (Path file : files) {
        if (!used.contains(file)) {
          deleteQuietly(file);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "cannot list " + folder, e);
    }
  }

  /** A list of terms, each the one string {@code known} holds for it from then on. */
  private static List<String> readTerms(DataInputStream in, Map<String, String> known)
      throws IOException {
    int size = in.readInt();
    if (size < 0 || size > MAX_TERMS) {
      throw new IOException("a list of " + size + " terms");
    }
    String[] terms = new String[size];
    for (int i = 0; i < size; i++) {
      String term = in.readUTF();
      String first = known.putIfAbsent(term, term);
      terms[i] = first == null ? term : first;
    }
    return List.of(terms);
  }

  private static void writeTerms(DataOutputStream out, List<String> terms) throws IOException {
    out.writeInt(terms.size());
    for (String term : terms) {
      out.writeUTF(term);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.FINE, "cannot delete " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
