package dev.gwanyong.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs the command line against its own copy of the bundled corpus, made afresh for
 * each test.
 */
abstract class CorpusCopyTest {

  @TempDir Path temp;
  CorpusCopy copy;
  Path corpus;

  @BeforeEach
  void copyCorpus() throws IOException {
    copy = CorpusCopy.in(temp);
    corpus = copy.corpus();
  }
}
