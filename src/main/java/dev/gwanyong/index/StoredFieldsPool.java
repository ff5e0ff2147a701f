package dev.gwanyong.index;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Stored-field readers of one index reader, lent to one question at a time. Each {@link StoredFields} is a clone of
 * the segment's reader with its own file input, block state and decompressor, whose dictionary buffer it keeps:
 * making one per question allocated all of that again, some 30 KB a question at 99k passages. (Lucene still
 * allocates a buffer for every document it decompresses; no pool keeps that.) Lucene's readers are not safe to
 * share between threads, so each is lent whole; the pool holds as many as questions ever ran at once.
 *
 * <p>The pool belongs to one reader and is dropped with it, so no reader of a replaced generation outlives it.
 */
final class StoredFieldsPool {

  private final IndexReader reader;
  private final ConcurrentLinkedDeque<StoredFields> idle = new ConcurrentLinkedDeque<>();

  StoredFieldsPool(IndexReader reader) {
    this.reader = reader;
  }

  /** A reader of stored fields no one else uses until it is given back. */
  StoredFields borrow() throws IOException {
    StoredFields lent = idle.pollFirst();
    return lent != null ? lent : reader.storedFields();
  }

  /** Returns what {@link #borrow()} lent; the most recently returned is lent first, while its buffers are warm. */
  void giveBack(StoredFields storedFields) {
    idle.offerFirst(storedFields);
  }
}
