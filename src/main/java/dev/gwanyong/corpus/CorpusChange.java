package dev.gwanyong.corpus;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change to the files of a corpus folder, applied as one step by {@link CorpusFiles#stage} and
 * {@link CorpusFiles#commitStaged}.
 *
 * @param writes file names and their new bytes, in the order they are put in place
 * @param deletes file names to delete, in order (a source's translations before the source, so
 *     every step leaves a loadable corpus)
 */
public record CorpusChange(Map<String, byte[]> writes, List<String> deletes) {

  public CorpusChange {
    writes =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(writes)));
    deletes = List.copyOf(deletes);
  }

  /** Writing these sources' files. */
  public static CorpusChange writing(List<Source> sources) {
    Map<String, byte[]> writes = new LinkedHashMap<>();
    for (Source source : sources) {
      writes.put(
          Corpus.fileName(source.id()),
          SourceFormat.format(source).getBytes(StandardCharsets.UTF_8));
    }
    return new CorpusChange(writes, List.of());
  }

  /** Deleting these files. */
  public static CorpusChange deleting(List<String> fileNames) {
    return new CorpusChange(Map.of(), fileNames);
  }
}
