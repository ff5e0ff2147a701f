#!/usr/bin/env python3
"""Writes the English wh-questions of question files again, framed as chat asks them, for `gwanyong eval`.

    scripts/eval/framed-questions.py ../shared/eval/essay-dev.jsonl > /tmp/framed.jsonl
    bin/gwanyong eval /tmp/framed.jsonl

Each English question that starts with a question word ("Who founded Mesosphere?") comes back six times, framed
("I'd like to know who founded Mesosphere.", "Do you know who founded Mesosphere?", ...) or typed as chat often
has it ("who founded Mesosphere"), with its own expectation and evidence: such a question should be answered, or
refused, from the same passage as the question as first written.
"""
import json
import sys

QUESTION_WORDS = ("what", "who", "whom", "whose", "when", "where", "why", "how", "which")
FRAMES = (
    "I'd like to know {}.",
    "I want to know {}.",
    "Do you know {}?",
    "Can you explain {}?",
    "Could you tell me {}?",
    "{}",
)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                question = json.loads(line)
                text = question["q"].strip().rstrip("?").strip()
                if question.get("lang") != "en" or not text.lower().startswith(QUESTION_WORDS):
                    continue
                embedded = text[0].lower() + text[1:]
                for n, frame in enumerate(FRAMES, start=1):
                    framed = dict(question, id=f"{question['id']}-framed-{n}", q=frame.format(embedded))
                    print(json.dumps(framed, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
