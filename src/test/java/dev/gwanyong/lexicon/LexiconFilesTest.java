package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderators' edits of the lexicon folder. */
class LexiconFilesTest {

  @TempDir Path folder;

  @Test
  void changesMadeAtOnceAllLand() throws Exception {
    int moderators = 6;
    int each = 8;
    List<Future<?>> running = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(moderators)) {
      for (int m = 0; m < moderators; m++) {
        int moderator = m;
        running.add(
            pool.submit(
                () -> {
                  LexiconFiles files = new LexiconFiles(folder);
                  for (int i = 0; i < each; i++) {
                    files.add(
                        new Lexicon.Entry("word" + moderator + "x" + i, List.of("낱말" + moderator)));
                    if (i % 2 == 1) {
                      files.remove("word" + moderator + "x" + (i - 1));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> change : running) {
        change.get();
      }
    }

    Set<String> listed =
        new LexiconFiles(folder)
            .list("").stream().map(l -> l.entry().english()).collect(Collectors.toSet());
    Set<String> expected = new HashSet<>();
    for (int m = 0; m < moderators; m++) {
      for (int i = 1; i < each; i += 2) {
        expected.add("word" + m + "x" + i);
      }
    }
    assertEquals(expected, listed, "every addition that was not removed, and nothing removed");
  }
}
