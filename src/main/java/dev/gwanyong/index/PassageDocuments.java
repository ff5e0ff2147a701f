package dev.gwanyong.index;

import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import dev.gwanyong.corpus.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a source into Lucene documents, one a sentence, with what is needed to cite and judge each
 * without the corpus stored once a paragraph ({@link StoredPassages}). Each sentence, paragraph and
 * title is analysed once per field, and the tokens are replayed into every document that indexes
 * them.
 */
final class PassageDocuments {

  /**
   * How much of the title and paragraph every sentence's context field indexes: the paragraph's
   * beginning, where it states its topic. The whole paragraph (tried on 2026-12-01) left KorQuAD
   * R@1 at 0.923 and slowed its first build (638–721 against 817–904 passages/s), as every sentence
   * indexes its paragraph's context again.
   */
  static final int CONTEXT_CHARS = TextNormalizer.MAX_SEARCH_CHARS;

  /**
   * What the index keeps of the fields that need less than a text field's positions (which only
   * phrases read): a bigram or phonetic key is scored but never part of a phrase, and the spelling
   * and name fields are only a vocabulary, read for its words and their document counts. Writing
   * less makes the build faster and the index smaller.
   */
  private static final Map<String, FieldType> INDEXED =
      Map.of(
          Fields.BIGRAMS, fieldType(IndexOptions.DOCS_AND_FREQS, false),
          Fields.TRANSLITERATION, fieldType(IndexOptions.DOCS_AND_FREQS, false),
          Fields.TRANSLITERATION_LATIN, fieldType(IndexOptions.DOCS_AND_FREQS, false),
          Fields.SPELLING_LATIN, fieldType(IndexOptions.DOCS, true),
          Fields.NAMES_LATIN, fieldType(IndexOptions.DOCS, true),
          Fields.SPELLING_HANGUL, fieldType(IndexOptions.DOCS, true));

  /**
   * Nori's tag of the proper nouns whose phonetic keys are added to the loanword keys ({@link
   * #withNameKeys}).
   */
  private static final Set<POS.Tag> PROPER_NOUN = Set.of(POS.Tag.NNP);

  /** A word of Hangul syllables, with whatever particle or ending is written onto it. */
  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]+");

  /** The syllables of most Korean names: a surname and a given name of two (정도전, 손석희). */
  private static final int NAME_SYLLABLES = 3;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Analysis analysis;

  PassageDocuments(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * A source's title, normalised, with its terms and its Korean analysis (the start of every
   * paragraph's context): what every paragraph of the source shares.
   */
  record Title(String text, PassageTerms.Terms terms, AnalysedText korean) {}

  Title title(Source source) {
    String title = TextNormalizer.normalize(source.title());
    Map<String, AnalysedText> fields = analyse(title, "");
    Map<String, Set<String>> titleTerms = new HashMap<>(terms(fields));
    titleTerms.remove(Fields.TRANSLATION); // a title has no translation
    return new Title(title, PassageTerms.Terms.of(titleTerms), fields.get(Fields.KOREAN));
  }

  /**
   * One document per sentence of a paragraph (from 1), in order: a block, to be added together.
   * Every field is analysed here, so that the writer only indexes tokens and the paragraphs can be
   * analysed in parallel.
   */
  List<Document> paragraph(Source source, int paragraph, Title title) {
    String text = source.paragraphs().get(paragraph - 1);
    Optional<String> translation = source.translation().map(t -> t.paragraphs().get(paragraph - 1));
    List<Sentence> sentences = splitter.split(text);
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<Map<String, AnalysedText>> analysed = new ArrayList<>();
    List<Map<String, Set<String>>> sentenceTerms = new ArrayList<>();
    List<BytesRef> sentenceTokens = new ArrayList<>();
    List<String> indexedTexts = new ArrayList<>();
    List<String> alignedTranslations = new ArrayList<>();
    PassageTerms.Terms translationTerms =
        PassageTerms.Terms.of(
            Map.of(
                Fields.TRANSLATION,
                analysis
                    .analyse(Fields.TRANSLATION, TextNormalizer.normalize(translation.orElse("")))
                    .terms()));
    for (Sentence sentence : sentences) {
      String aligned =
          TextNormalizer.normalize(
              translation
                  .map(t -> splitter.alignedTranslation(text, t, sentence.start(), sentence.end()))
                  .orElse(""));
      String indexed = TextNormalizer.normalize(sentence.text());
      Map<String, AnalysedText> fields = analyse(indexed, aligned);
      analysed.add(fields);
      sentenceTerms.add(terms(fields));
      sentenceTokens.add(
          SentenceTokens.encode(
              sentence.text(), indexed, fields.get(Fields.KOREAN), fields.get(Fields.ENGLISH)));
      indexedTexts.add(indexed);
      alignedTranslations.add(aligned);
    }
    AnalysedText context = context(title, sentences, analysed, text.length());
    List<PassageTerms.Terms> terms = sentenceTerms.stream().map(PassageTerms.Terms::of).toList();
    List<Document> documents = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      documents.add(
          document(
              indexedTexts.get(s),
              translation.isPresent(),
              alignedTranslations.get(s),
              analysed.get(s),
              context));
      StoredPassages.addSentenceNumber(documents.getLast(), s);
    }
    StoredPassages.addParagraph(
        documents.getFirst(),
        source,
        paragraph,
        text,
        translation,
        sentences,
        terms,
        sentenceTokens,
        translationTerms,
        title.terms());
    return documents;
  }

  /**
   * The paragraph's context field, the title followed by the paragraph's first {@link
   * #CONTEXT_CHARS} characters, put together from the Korean analyses of the title and of each
   * sentence: the same tokens as analysing that text again (the context field is analysed as the
   * Korean one, and Nori seldom reads a word differently at a sentence's start), without running
   * Nori over every paragraph twice.
   */
  private static AnalysedText context(
      Title title,
      List<Sentence> sentences,
      List<Map<String, AnalysedText>> analysed,
      int paragraphLength) {
    List<AnalysedText> pieces = new ArrayList<>(List.of(title.korean()));
    List<Integer> starts = new ArrayList<>(List.of(0));
    int paragraphStart = title.text().length() + 1;
    for (int s = 0; s < sentences.size(); s++) {
      pieces.add(analysed.get(s).get(Fields.KOREAN));
      starts.add(paragraphStart + sentences.get(s).start());
    }
    return AnalysedText.concatenation(
        pieces, starts, Math.min(CONTEXT_CHARS, paragraphStart + paragraphLength));
  }

  /**
   * The sentence analysed in each field its words are looked up in, the translation field from its
   * translation.
   */
  private Map<String, AnalysedText> analyse(String sentence, String translation) {
    Map<String, AnalysedText> fields = new HashMap<>();
    for (String field : PassageTerms.FIELDS) {
      fields.put(
          field,
          analysis.analyse(field, field.equals(Fields.TRANSLATION) ? translation : sentence));
    }
    AnalysedText korean = fields.get(Fields.KOREAN);
    fields.put(
        Fields.TRANSLITERATION,
        withNameKeys(
            fields.get(Fields.TRANSLITERATION),
            korean.tagged(PROPER_NOUN),
            namesNoriSplits(sentence, korean)));
    return fields;
  }

  /**
   * The words that may be Korean names Nori's dictionary lacks: a word of a name's length,
   * particles aside, that Nori reads as two or more nouns and as no one word, as it reads most such
   * names (정도전 as 정도 | 전, degree and before). A romanised name (Jeong Do-jeon) finds nothing else
   * in a Korean sentence.
   */
  private static List<Analysis.TermSpan> namesNoriSplits(String sentence, AnalysedText korean) {
    List<Analysis.TermSpan> names = new ArrayList<>();
    Matcher word = HANGUL_WORD.matcher(sentence);
    while (word.find()) {
      for (String stem : KoreanEndings.stems(word.group())) {
        int end = word.start() + stem.length();
        if (stem.length() == NAME_SYLLABLES && korean.splitsIntoNouns(word.start(), end)) {
          names.add(new Analysis.TermSpan(stem, word.start(), end));
        }
      }
    }
    return names;
  }

  /**
   * The sentence's phonetic keys with those of the Korean names in it (김영삼, 이순신), which an English
   * question writes romanised ({@link RomanisedKorean}). Their syllables all read Chinese
   * characters, so the loanword keys leave them out; Nori knows them as proper nouns. Each is kept
   * twice: by its loanword key, which an English word the lexicon lacks looks up, and by its key as
   * a name's, with its ㅎ ({@link PhoneticKey#ofName}, marked {@link PhoneticKey#asName}), which a
   * romanised Korean name looks up. The words Nori splits that may be names ({@link
   * #namesNoriSplits}) are kept by their key as a name's only: most are everyday compounds.
   */
  private static AnalysedText withNameKeys(
      AnalysedText keys, List<Analysis.TermSpan> properNouns, List<Analysis.TermSpan> splitNames) {
    Set<String> known = keys.terms();
    List<Analysis.TermSpan> names = new ArrayList<>();
    for (Analysis.TermSpan noun : properNouns) {
      if (noun.term().length() < 2 || !HangulSyllables.isSyllables(noun.term())) {
        continue;
      }
      String loanwordKey = PhoneticKey.ofHangul(noun.term());
      if (PhoneticKey.isSpecific(loanwordKey) && known.add(loanwordKey)) {
        names.add(new Analysis.TermSpan(loanwordKey, noun.start(), noun.end()));
      }
      addNameKey(noun, known, names);
    }
    splitNames.forEach(name -> addNameKey(name, known, names));
    return names.isEmpty() ? keys : keys.with(names);
  }

  /**
   * A name's key as a name's; with its vowels ({@link PhoneticKey#ofNameWithVowels}) when its
   * consonants are too few to be specific (노태우, 유아인).
   */
  private static void addNameKey(
      Analysis.TermSpan name, Set<String> known, List<Analysis.TermSpan> names) {
    String nameKey = PhoneticKey.ofName(name.term());
    if (!PhoneticKey.isSpecific(nameKey)) {
      nameKey = PhoneticKey.ofNameWithVowels(name.term());
      if (!PhoneticKey.isSpecificWithVowels(nameKey)) {
        return;
      }
    }
    if (known.add(PhoneticKey.asName(nameKey))) {
      names.add(new Analysis.TermSpan(PhoneticKey.asName(nameKey), name.start(), name.end()));
    }
  }

  private static Map<String, Set<String>> terms(Map<String, AnalysedText> fields) {
    Map<String, Set<String>> terms = new HashMap<>();
    fields.forEach(
        (field, analysed) ->
            terms.put(
                field,
                field.equals(Fields.ENGLISH) ? withoutHangul(analysed.terms()) : analysed.terms()));
    return terms;
  }

  /**
   * The English field's terms a question can look up. It reads Korean text as whole words (쿠버네티스를),
   * which no question's English-field alternative ever is: those are English words and their stems.
   * Keeping them would store a third more terms with every passage, to be read for every candidate.
   */
  private static Set<String> withoutHangul(Set<String> terms) {
    Set<String> kept = new LinkedHashSet<>();
    for (String term : terms) {
      if (!HangulSyllables.containsSyllable(term)) {
        kept.add(term);
      }
    }
    return kept;
  }

  /**
   * A sentence's indexed fields, from its normalised text; what is stored, {@link StoredPassages}
   * adds.
   */
  private Document document(
      String searchable,
      boolean translated,
      String alignedTranslation,
      Map<String, AnalysedText> analysed,
      AnalysedText context) {
    Document doc = new Document();
    for (String field :
        List.of(
            Fields.KOREAN, Fields.ENGLISH, Fields.TRANSLITERATION, Fields.TRANSLITERATION_LATIN)) {
      doc.add(indexed(field, analysed.get(field)));
    }
    for (String field :
        List.of(
            Fields.BIGRAMS, Fields.SPELLING_LATIN, Fields.NAMES_LATIN, Fields.SPELLING_HANGUL)) {
      doc.add(indexed(field, analysis.analyse(field, searchable)));
    }
    if (translated) {
      doc.add(indexed(Fields.TRANSLATION, analysed.get(Fields.TRANSLATION)));
      doc.add(
          indexed(
              Fields.SPELLING_LATIN, analysis.analyse(Fields.SPELLING_LATIN, alignedTranslation)));
      doc.add(
          indexed(Fields.NAMES_LATIN, analysis.analyse(Fields.NAMES_LATIN, alignedTranslation)));
    }
    doc.add(indexed(Fields.KOREAN_CONTEXT, context));
    Set<String> numbers = new LinkedHashSet<>(NumberCue.termsOf(searchable));
    numbers.addAll(NumberCue.termsOf(alignedTranslation));
    numbers.forEach(kind -> doc.add(new StringField(Fields.NUMBERS, kind, Field.Store.NO)));
    return doc;
  }

  /**
   * A field indexed from tokens analysed beforehand, as a text field analysed by the writer would
   * be.
   */
  private static Field indexed(String field, AnalysedText analysed) {
    return new Field(
        field, analysed.tokenStream(), INDEXED.getOrDefault(field, TextField.TYPE_NOT_STORED));
  }

  private static FieldType fieldType(IndexOptions options, boolean omitNorms) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }
}
