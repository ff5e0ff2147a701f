package dev.gwanyong.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a built index holds, recorded in its Lucene commit.
 *
 * @param corpusFingerprint digest of the source files it was built from
 * @param analysisFingerprint digest of the analysis chain and files it was built with
 * @param builtAt when it was built
 * @param sources how many sources
 * @param passages how many sentences were indexed
 * @param buildMillis how long the build took
 * @param skipped the note of each source file left out of it ({@link
 *     dev.gwanyong.corpus.Corpus.Skipped#note}), to be told again whenever it is served
 */
public record IndexInfo(
    String corpusFingerprint,
    String analysisFingerprint,
    Instant builtAt,
    int sources,
    int passages,
    long buildMillis,
    List<String> skipped) {

  public IndexInfo {
    skipped = List.copyOf(skipped);
  }

  Map<String, String> toCommitData() {
    return Map.of(
        "corpus_fingerprint", corpusFingerprint,
        "analysis_fingerprint", analysisFingerprint,
        "built_at", builtAt.toString(),
        "sources", Integer.toString(sources),
        "passages", Integer.toString(passages),
        "build_millis", Long.toString(buildMillis),
        "skipped", String.join("\n", skipped));
  }

  static IndexInfo fromCommitData(Map<String, String> data) {
    if (!data.containsKey("corpus_fingerprint")) {
      throw new IllegalArgumentException("index commit has no Gwanyong metadata");
    }
    return new IndexInfo(
        data.get("corpus_fingerprint"),
        data.get("analysis_fingerprint"),
        Instant.parse(data.get("built_at")),
        Integer.parseInt(data.get("sources")),
        Integer.parseInt(data.get("passages")),
        Long.parseLong(data.get("build_millis")),
        data.getOrDefault("skipped", "").lines().filter(l -> !l.isBlank()).toList());
  }
}
