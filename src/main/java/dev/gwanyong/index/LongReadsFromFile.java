package dev.gwanyong.index;

import java.io.IOException;
import java.io.RandomAccessFile;
import org.apache.lucene.store.FilterIndexInput;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;
import org.apache.lucene.util.IOUtils;

/**
 * A memory-mapped file whose long random-access reads are read from the file instead, through the
 * system's page cache: the few kilobytes of a paragraph's record come into the heap without their
 * pages, or the pages the kernel maps around them, joining the process's resident set. Lucene reads
 * a binary doc value at its offset through a {@link #randomAccessSlice} of the whole file, so that
 * is where long reads are told apart; everything else (numbers, offsets, the index of which
 * documents have a value, a few bytes at a time from a small part of the file, and every slice) is
 * read through the map.
 *
 * <p>The file is a {@link RandomAccessFile}, read under its lock, as a file channel that a thread
 * is interrupted while reading (a chat platform stopping its workers) is closed for good, and every
 * later read would fail.
 */
final class LongReadsFromFile extends FilterIndexInput {

  /**
   * Reads at least this long come from the file; a paragraph's record is about 1 to 3 KB, its
   * tokens about 1 KB.
   */
  static final int LONG_READ = 512;

  private final RandomAccessFile file;

  /** Whether closing this input closes the file: the input first opened does; its clones do not. */
  private final boolean opened;

  private LongReadsFromFile(IndexInput mapped, RandomAccessFile file, boolean opened) {
    super(mapped.toString(), mapped);
    this.file = file;
    this.opened = opened;
  }

  /**
   * Reads a file through its map and, where long, from {@code file}, which is closed with this
   * input.
   */
  static IndexInput of(IndexInput mapped, RandomAccessFile file) {
    return new LongReadsFromFile(mapped, file, true);
  }

  @Override
  public RandomAccessInput randomAccessSlice(long offset, long length) throws IOException {
    return new LongReads(in.randomAccessSlice(offset, length), file, offset);
  }

  @Override
  public LongReadsFromFile clone() {
    return new LongReadsFromFile(in.clone(), file, false);
  }

  @Override
  public void close() throws IOException {
    if (opened) {
      IOUtils.close(in, file);
    }
  }

  /**
   * A random-access slice whose long reads come from the file, which starts at {@code start} in it.
   */
  private record LongReads(RandomAccessInput mapped, RandomAccessFile file, long start)
      implements RandomAccessInput {

    @Override
    public void readBytes(long position, byte[] bytes, int offset, int length) throws IOException {
      if (length < LONG_READ || position + length > mapped.length()) {
        mapped.readBytes(
            position, bytes, offset, length); // short, or past the end: as the map reads and fails
        return;
      }
      synchronized (file) {
        file.seek(start + position);
        file.readFully(bytes, offset, length);
      }
    }

    @Override
    public long length() {
      return mapped.length();
    }

    @Override
    public byte readByte(long position) throws IOException {
      return mapped.readByte(position);
    }

    @Override
    public short readShort(long position) throws IOException {
      return mapped.readShort(position);
    }

    @Override
    public int readInt(long position) throws IOException {
      return mapped.readInt(position);
    }

    @Override
    public long readLong(long position) throws IOException {
      return mapped.readLong(position);
    }
  }
}
