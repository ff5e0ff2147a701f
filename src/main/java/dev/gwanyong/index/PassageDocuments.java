package dev.gwanyong.index;

import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import dev.gwanyong.corpus.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Turns a source into Lucene documents, one a sentence, each storing enough to cite it without the corpus. */
final class PassageDocuments {

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final SourceLinks links;

  PassageDocuments(SourceLinks links) {
    this.links = links;
  }

  List<Document> of(Source source) {
    List<Document> documents = new ArrayList<>();
    for (int p = 0; p < source.paragraphs().size(); p++) {
      String paragraph = source.paragraphs().get(p);
      List<Sentence> sentences = splitter.split(paragraph);
      for (int s = 0; s < sentences.size(); s++) {
        documents.add(document(source, p + 1, s, paragraph, sentences.get(s)));
      }
    }
    return documents;
  }


  private Document document(Source source, int paragraph, int s, String text, Sentence sentence) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, source.id() + "#" + paragraph + "." + s, Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, source.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, source.title()));
    doc.add(new StringField(Fields.LANG, source.language(), Field.Store.YES));
    doc.add(new StoredField(Fields.LINK, links.paragraph(source, paragraph)));
    doc.add(new StoredField(Fields.PARAGRAPH, paragraph));
    doc.add(new StoredField(Fields.SENTENCE, s));
    doc.add(new StoredField(Fields.PARAGRAPH_TEXT, text));
    doc.add(new StoredField(Fields.START, sentence.start()));
    doc.add(new StoredField(Fields.END, sentence.end()));

    String searchable = TextNormalizer.normalize(sentence.text());
    doc.add(new TextField(Fields.KOREAN, searchable, Field.Store.NO));
    doc.add(new TextField(Fields.ENGLISH, searchable, Field.Store.NO));
    doc.add(new TextField(Fields.BIGRAMS, searchable, Field.Store.NO));
    doc.add(new TextField(Fields.TRANSLITERATION, searchable, Field.Store.NO));
    doc.add(new TextField(Fields.SPELLING_LATIN, searchable, Field.Store.NO));
    doc.add(new TextField(Fields.SPELLING_HANGUL, searchable, Field.Store.NO));
    String context = TextNormalizer.normalize(source.title() + " " + text);
    doc.add(new TextField(Fields.KOREAN_CONTEXT, context, Field.Store.NO));
    source
        .translation()
        .ifPresent(
            t -> {
              String paragraphTranslation = t.paragraphs().get(paragraph - 1);
              doc.add(new StoredField(Fields.TRANSLATION_TEXT, paragraphTranslation));
              String alignedSentence =
                  splitter.alignedTranslation(text, paragraphTranslation, sentence.start(), sentence.end());
              String translated = TextNormalizer.normalize(alignedSentence);
              doc.add(new TextField(Fields.TRANSLATION, translated, Field.Store.NO));
              doc.add(new TextField(Fields.SPELLING_LATIN, translated, Field.Store.NO));
            });
    return doc;
  }
}
