package dev.gwanyong.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The lock of a folder whose files are read, changed and written back as one step: the data folder,
 * which whoever builds a generation, deletes one or changes the corpus holds, and the lexicon
 * folder, which moderators edit. A file lock keeps other processes out, and a reentrant lock other
 * threads of this one. A JVM holds file locks for the whole process (a second lock on the same file
 * throws), so there is one instance per lock file per JVM, shared by everything that uses the
 * folder.
 */
public final class FolderLock {

  private static final Map<Path, FolderLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path file;
  private final ReentrantLock threads = new ReentrantLock();
  private FileChannel channel;
  private FileLock held;

  private FolderLock(Path file) {
    this.file = file;
  }

  /** The lock taken by creating and locking this file. */
  public static FolderLock of(Path file) {
    return IN_THIS_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), FolderLock::new);
  }

  /** Runs work holding the lock; a thread that already holds it just runs it. */
  public <T> T call(Supplier<T> work) {
    threads.lock();
    try {
      if (threads.getHoldCount() == 1) {
        acquireFile();
      }
      try {
        return work.get();
      } finally {
        if (threads.getHoldCount() == 1) {
          releaseFile();
        }
      }
    } finally {
      threads.unlock();
    }
  }

  private void acquireFile() {
    try {
      Files.createDirectories(file.getParent());
      FileChannel opened =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        held = opened.lock();
      } catch (IOException | RuntimeException e) {
        try {
          opened.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
        throw e;
      }
      channel = opened;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file, e);
    }
  }

  private void releaseFile() {
    try {
      held.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release " + file, e);
    } finally {
      held = null;
      channel = null;
    }
  }
}
