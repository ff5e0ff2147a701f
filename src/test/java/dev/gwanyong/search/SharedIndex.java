package dev.gwanyong.search;

import dev.gwanyong.BundledCorpus;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.lexicon.Lexicon;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link SmallIndex} that the tests of one class share: registered on a static field with
 * {@code @RegisterExtension}, it indexes its sources in a scratch folder before the class's first
 * test (and before its {@code @BeforeAll} methods), and closes the index and deletes the folder
 * after the last.
 */
final class SharedIndex implements BeforeAllCallback, AfterAllCallback {

  private final boolean bundled;
  private final Map<String, String> sources;
  private ScratchFolder folder;
  private SmallIndex index;

  private SharedIndex(boolean bundled, Map<String, String> sources) {
    this.bundled = bundled;
    this.sources = sources;
  }

  /** An index of these sources alone (file name → text). */
  static SharedIndex of(Map<String, String> sources) {
    return new SharedIndex(false, sources);
  }

  /** An index of the bundled corpus. */
  static SharedIndex bundled() {
    return new SharedIndex(true, Map.of());
  }

  /** An index of the bundled corpus with these sources added. */
  static SharedIndex bundledWith(Map<String, String> sources) {
    return new SharedIndex(true, sources);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    folder = ScratchFolder.create("gwanyong-search-test");
    if (bundled && sources.isEmpty()) {
      index = new SmallIndex(BundledCorpus.FOLDER, folder.resolve("data"));
    } else {
      if (bundled) {
        BundledCorpus.copyTo(folder.resolve("corpus"));
      }
      index = SmallIndex.write(folder.resolve("corpus"), sources, folder.resolve("data"));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try (ScratchFolder opened = folder) {
      if (index != null) {
        index.close();
      }
    }
  }

  IndexStore store() {
    return index.store();
  }

  Lexicon lexicon() {
    return index.lexicon();
  }

  Retriever retriever() {
    return index.retriever();
  }
}
