#!/usr/bin/env python3
"""Writes the Tatoeba English–Korean benchmark's questions as question files over the other language's sentences.

    scripts/eval/tatoeba-questions.py ../shared/bench/tatoeba-kor-eng /tmp/tq
    bin/gwanyong eval --corpus /tmp/tq/ko/corpus --data /tmp/tq/ko/data /tmp/tq/ko/questions.jsonl
    bin/gwanyong eval --corpus /tmp/tq/ko/corpus --data /tmp/tq/ko/data /tmp/tq/ko/unmarked.jsonl
    scripts/eval/framed-questions.py /tmp/tq/ko/questions.jsonl > /tmp/tq/ko/framed.jsonl

OUT/ko/corpus holds the 1,000 Korean sentences (Tatoeba, CC BY 2.0 FR) as one source, one a paragraph, and
OUT/ko/questions.jsonl the English sentences that start with a question word and end in a question mark ("Where is
the airport?"), each with its Korean pair as evidence; OUT/en the other way round, for the Korean sentences that end
in a question mark and hold a question word (누구, 언제, 어디…). unmarked.jsonl has the same questions without their
question mark, as chat often types them. For measuring how a question's wording moves its answer.
"""
import json
import os
import re
import sys

ENGLISH_QUESTION = re.compile(r"(what|who|whom|whose|when|where|why|how|which)\b", re.IGNORECASE)
KOREAN_QUESTION = re.compile("누구|언제|어디|무엇|뭐|왜|어떻게|얼마|몇|무슨|어느")


def write(folder, language, asked, pairs, is_question, corpus_language):
    os.makedirs(os.path.join(folder, "corpus"), exist_ok=True)
    with open(os.path.join(folder, "corpus", f"tatoeba-{corpus_language}.txt"), "w", encoding="utf-8") as source:
        source.write(f"---\nid: tatoeba-{corpus_language}\ntitle: Tatoeba sentences\nlang: {corpus_language}\n"
                     "licence: CC BY 2.0 FR (Tatoeba)\n---\n")
        for sentence in pairs:
            source.write(sentence.strip() + "\n")
    with open(os.path.join(folder, "questions.jsonl"), "w", encoding="utf-8") as questions, \
            open(os.path.join(folder, "unmarked.jsonl"), "w", encoding="utf-8") as unmarked:
        for n, (question, pair) in enumerate(zip(asked, pairs)):
            question = question.strip()
            if question.endswith("?") and is_question(question):
                line = {"id": f"tatoeba-{language}-{n}", "lang": language, "q": question, "expect": "answer",
                        "evidence": [pair.strip()]}
                questions.write(json.dumps(line, ensure_ascii=False) + "\n")
                line = dict(line, id=line["id"] + "-unmarked", q=question.rstrip("?").strip())
                unmarked.write(json.dumps(line, ensure_ascii=False) + "\n")


def main(bench, out):
    with open(os.path.join(bench, "tatoeba.kor-eng.eng"), encoding="utf-8") as f:
        english = f.read().splitlines()
    with open(os.path.join(bench, "tatoeba.kor-eng.kor"), encoding="utf-8") as f:
        korean = f.read().splitlines()
    write(os.path.join(out, "ko"), "en", english, korean, ENGLISH_QUESTION.match, "ko")
    write(os.path.join(out, "en"), "ko", korean, english, KOREAN_QUESTION.search, "en")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
