#!/usr/bin/env python3
"""Writes the Tatoeba English–Korean benchmark's English wh-questions as a question file over its Korean sentences.

    scripts/eval/tatoeba-questions.py ../shared/bench/tatoeba-kor-eng /tmp/tq
    bin/gwanyong eval --corpus /tmp/tq/corpus --data /tmp/tq/data /tmp/tq/questions.jsonl
    scripts/eval/framed-questions.py /tmp/tq/questions.jsonl > /tmp/tq/framed.jsonl
    bin/gwanyong eval --corpus /tmp/tq/corpus --data /tmp/tq/data /tmp/tq/framed.jsonl

OUT/corpus holds one source of the 1,000 Korean sentences (Tatoeba, CC BY 2.0 FR), one a paragraph; each English
sentence that starts with a question word and ends in a question mark ("Where is the airport?") becomes a question
whose evidence is its Korean pair. For measuring how a question's wording (framed, unmarked) moves its answer.
"""
import json
import os
import re
import sys

QUESTION = re.compile(r"(what|who|whom|whose|when|where|why|how|which)\b", re.IGNORECASE)


def main(bench, out):
    with open(os.path.join(bench, "tatoeba.kor-eng.eng"), encoding="utf-8") as f:
        english = f.read().splitlines()
    with open(os.path.join(bench, "tatoeba.kor-eng.kor"), encoding="utf-8") as f:
        korean = f.read().splitlines()
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    with open(os.path.join(out, "corpus", "tatoeba-ko.txt"), "w", encoding="utf-8") as source:
        source.write("---\nid: tatoeba-ko\ntitle: Tatoeba Korean sentences\nlang: ko\n"
                     "licence: CC BY 2.0 FR (Tatoeba)\n---\n")
        for sentence in korean:
            source.write(sentence.strip() + "\n")
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as questions:
        for n, (question, pair) in enumerate(zip(english, korean)):
            if QUESTION.match(question.strip()) and question.strip().endswith("?"):
                line = {"id": f"tatoeba-{n}", "lang": "en", "q": question.strip(), "expect": "answer",
                        "evidence": [pair.strip()]}
                questions.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
