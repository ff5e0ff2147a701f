package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.RandomAccessInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served directory reads the same bytes from the file as through the map, at every offset. */
class ServedDirectoryTest {

  private static final int SIZE = 20_000;

  @TempDir Path folder;

  private byte[] write(String name) throws IOException {
    byte[] bytes = new byte[SIZE];
    new Random(42).nextBytes(bytes);
    try (ServedDirectory directory = new ServedDirectory(folder);
        IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
      out.writeBytes(bytes, bytes.length);
    }
    return bytes;
  }

  @Test
  void longAndShortRandomAccessReadsReadTheFilesBytes() throws IOException {
    byte[] bytes = write("_0_Lucene90_0.dvd");
    try (ServedDirectory directory = new ServedDirectory(folder);
        IndexInput input = directory.openInput("_0_Lucene90_0.dvd", IOContext.DEFAULT)) {
      RandomAccessInput values = input.clone().randomAccessSlice(1_000 + 3_000, 10_000);
      int[][] reads = {
        {0, 10}, {0, LongReadsFromFile.LONG_READ}, {7, 4_000}, {9_000, 1_000}, {5_555, 511}
      };
      for (int[] read : reads) {
        byte[] got = new byte[read[1]];
        values.readBytes(read[0], got, 0, read[1]);
        int at = 1_000 + 3_000 + read[0];
        assertArrayEquals(
            Arrays.copyOfRange(bytes, at, at + read[1]),
            got,
            "at " + read[0] + ", " + read[1] + " long");
      }
      assertEquals(bytes[4_000 + 9_999], values.readByte(9_999));
      assertThrows(EOFException.class, () -> values.readBytes(9_500, new byte[1_000], 0, 1_000));
    }
  }

  @Test
  void otherFilesAreReadAsTheMapReadsThem() throws IOException {
    byte[] bytes = write("_0_Lucene104_0.doc");
    try (ServedDirectory directory = new ServedDirectory(folder);
        IndexInput input = directory.openInput("_0_Lucene104_0.doc", IOContext.DEFAULT)) {
      byte[] got = new byte[2_000];
      input.randomAccessSlice(100, 5_000).readBytes(50, got, 0, got.length);
      assertArrayEquals(Arrays.copyOfRange(bytes, 150, 2_150), got);
    }
  }
}
