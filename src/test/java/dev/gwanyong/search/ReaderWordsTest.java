package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.lexicon.IndexWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The terms close to a word: a field of few terms, or a lookup that shares more than the word's
 * first character, is read through instead of searched by Lucene's edit automata, and both find the
 * same terms, in the same order, with their document frequencies.
 */
class ReaderWordsTest {

  private static final String FIELD = "words";

  @Test
  void aSmallFieldReadThroughFindsWhatTheEditAutomataFind() throws IOException {
    List<String> sentences =
        List.of(
            "history histories hstory mystery histroy his",
            "kubernetes kubernets kubernete",
            "the hte teh tea eth",
            "écrit écrits ecrit",
            "a ab abc b",
            "mesosphere mesosphre mesophere");
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (String sentence : sentences) {
          Document doc = new Document();
          doc.add(new TextField(FIELD, sentence, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(MultiTerms.getTerms(reader, FIELD).size() < ReaderWords.READ_THROUGH_BELOW);
        ReaderWords words = new ReaderWords(reader);
        for (String word :
            List.of("history", "hte", "écrit", "a", "kubernetes", "mesosphere", "zebra", "h")) {
          for (int edits : new int[] {1, 2}) {
            for (int shared = 1; shared <= Math.min(2, word.length()); shared++) {
              assertEquals(
                  fuzzy(reader, word, edits, shared),
                  found(words, word, edits, shared),
                  word + ", " + edits + " edits, " + shared + " shared");
            }
          }
        }
        // A swap is one edit (histroy); mystery differs at its first letter, and is not found.
        assertEquals(List.of("history 1", "histroy 1", "hstory 1"), found(words, "history", 1, 1));
        // Sharing two letters leaves out hstory, one edit away at its second.
        assertEquals(List.of("history 1", "histroy 1"), found(words, "history", 1, 2));
        assertEquals(
            List.of(), found(words, "h", 1, 2), "a word shorter than the start it must share");
      }
    }
  }

  private static List<String> found(ReaderWords words, String word, int edits, int shared)
      throws IOException {
    List<String> found = new ArrayList<>();
    for (IndexWords.Close close : words.close(FIELD, word, edits, shared)) {
      found.add(close.term() + " " + close.docFreq());
    }
    return found;
  }

  /**
   * What Lucene's fuzzy enumeration finds, with the first {@code shared} characters fixed and swaps
   * one edit.
   */
  private static List<String> fuzzy(DirectoryReader reader, String word, int edits, int shared)
      throws IOException {
    FuzzyTermsEnum terms =
        new FuzzyTermsEnum(
            MultiTerms.getTerms(reader, FIELD), new Term(FIELD, word), edits, shared, true);
    List<String> found = new ArrayList<>();
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      found.add(term.utf8ToString() + " " + terms.docFreq());
    }
    return found;
  }
}
