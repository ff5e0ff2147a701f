package dev.gwanyong.index;

import java.io.IOException;
import java.io.RandomAccessFile;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;
import org.apache.lucene.util.IOUtils;

/**
 * A memory-mapped file whose long random-access reads are read from the file instead, through the system's page
 * cache: the few kilobytes of a paragraph's record come into the heap without their pages, or the pages the kernel
 * maps around them, joining the process's resident set. Lucene reads a binary doc value at its offset through a
 * {@link #randomAccessSlice}, so that is where long reads are told apart; everything else (numbers, offsets, the
 * index of which documents have a value, a few bytes at a time from a small part of the file) is read through the map.
 *
 * <p>The file is a {@link RandomAccessFile}, read under its lock, as a file channel that a thread is interrupted
 * while reading (a chat platform stopping its workers) is closed for good, and every later read would fail.
 */
final class LongReadsFromFile extends IndexInput {

  /** Reads at least this long come from the file; a paragraph's record is about 1 to 3 KB, its tokens about 1 KB. */
  static final int LONG_READ = 512;

  private final IndexInput mapped;
  private final RandomAccessFile file;
  /** Where this input (a slice, maybe) starts in the file. */
  private final long start;
  /** Whether closing this input closes the file: the input first opened does; its clones and slices do not. */
  private final boolean opened;

  private LongReadsFromFile(IndexInput mapped, RandomAccessFile file, long start, boolean opened) {
    super(mapped.toString());
    this.mapped = mapped;
    this.file = file;
    this.start = start;
    this.opened = opened;
  }

  /** Reads a file through its map and, where long, from {@code file}, which is closed with this input. */
  static IndexInput of(IndexInput mapped, RandomAccessFile file) {
    return new LongReadsFromFile(mapped, file, 0, true);
  }

  @Override
  public void readBytes(byte[] bytes, int offset, int length) throws IOException {
    mapped.readBytes(bytes, offset, length);
  }

  @Override
  public byte readByte() throws IOException {
    return mapped.readByte();
  }

  @Override
  public short readShort() throws IOException {
    return mapped.readShort();
  }

  @Override
  public int readInt() throws IOException {
    return mapped.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return mapped.readLong();
  }

  @Override
  public int readVInt() throws IOException {
    return mapped.readVInt();
  }

  @Override
  public long readVLong() throws IOException {
    return mapped.readVLong();
  }

  @Override
  public void readLongs(long[] dst, int offset, int length) throws IOException {
    mapped.readLongs(dst, offset, length);
  }

  @Override
  public void readInts(int[] dst, int offset, int length) throws IOException {
    mapped.readInts(dst, offset, length);
  }

  @Override
  public void readFloats(float[] dst, int offset, int length) throws IOException {
    mapped.readFloats(dst, offset, length);
  }

  @Override
  public long getFilePointer() {
    return mapped.getFilePointer();
  }

  @Override
  public void seek(long position) throws IOException {
    mapped.seek(position);
  }

  @Override
  public void skipBytes(long count) throws IOException {
    mapped.skipBytes(count);
  }

  @Override
  public long length() {
    return mapped.length();
  }

  @Override
  public IndexInput slice(String description, long offset, long length) throws IOException {
    return new LongReadsFromFile(mapped.slice(description, offset, length), file, start + offset, false);
  }

  /** Where Lucene reads a binary value, at any position: a record, through {@link LongReads}. */
  @Override
  public RandomAccessInput randomAccessSlice(long offset, long length) throws IOException {
    return new LongReads(mapped.randomAccessSlice(offset, length), file, start + offset);
  }

  @Override
  public LongReadsFromFile clone() {
    return new LongReadsFromFile(mapped.clone(), file, start, false);
  }

  @Override
  public void close() throws IOException {
    if (opened) {
      IOUtils.close(mapped, file);
    }
  }

  /** A random-access slice whose long reads come from the file, which starts at {@code start} in it. */
  private record LongReads(RandomAccessInput mapped, RandomAccessFile file, long start) implements RandomAccessInput {

    @Override
    public void readBytes(long position, byte[] bytes, int offset, int length) throws IOException {
      if (length < LONG_READ || position + length > mapped.length()) {
        mapped.readBytes(position, bytes, offset, length); // short, or past the end: as the map reads and fails
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
