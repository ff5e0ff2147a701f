package dev.gwanyong.index;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOUtils;

/**
 * The directory a served index is read from: memory-mapped ({@link FSDirectory#open}), but for the
 * long reads of the doc values' data ({@link LongReadsFromFile}), the paragraphs' records ({@link
 * StoredPassages}). A question reads some thirty records of a few kilobytes each, anywhere in the
 * file, each whole and once, so a map gains nothing on a read of one, while every page it faults
 * in, and the pages the kernel maps around it, stay in the process's resident set: at 99k passages
 * most of the 42 MB file did after a thousand questions. Read, the records are cached by the system
 * alone, as any file a process reads.
 */
final class ServedDirectory extends FilterDirectory {

  /** The extension of Lucene's doc values data files. */
  private static final String DOC_VALUES_DATA = "dvd";

  private final Path folder;

  ServedDirectory(Path folder) throws IOException {
    super(FSDirectory.open(folder));
    this.folder = folder;
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    IndexInput mapped = super.openInput(name, context);
    if (!DOC_VALUES_DATA.equals(IndexFileNames.getExtension(name))) {
      return mapped;
    }
    try {
      return LongReadsFromFile.of(mapped, new RandomAccessFile(folder.resolve(name).toFile(), "r"));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(mapped);
      throw e;
    }
  }
}
