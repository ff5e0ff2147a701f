#!/usr/bin/env python3
"""Writes KorQuAD 1.0 dev's questions as question files for `gwanyong eval`, as written and as chat types them.

    bin/gwanyong bench --korquad-corpus 1 --benchmark-questions 20 --rounds 1 --warmup 0 --rebuilds 0 \
        --save-inputs /tmp/kq
    scripts/eval/korquad-questions.py ../shared/bench/korquad/KorQuAD_v1.0_dev.json /tmp/kq
    bin/gwanyong eval --corpus /tmp/kq/corpus --data /tmp/kq/data /tmp/kq/unspaced.jsonl

Every fourth question (1,444 of the 5,774), in the order the file has them, each with its answer texts as
evidence: questions.jsonl as written, unspaced.jsonl with every space taken out (as chat often types Korean) and
unmarked.jsonl without the final question mark. Asked of the corpus `bench --save-inputs` writes (the 964
paragraphs over their 140 articles), they show how a question's typing moves its answer. KorQuAD is CC BY-ND
2.0 KR: the files are made at run time and never kept in the repository.
"""
import json
import os
import re
import sys

VARIANTS = {
    "questions": lambda q: q,
    "unspaced": lambda q: re.sub(r"\s+", "", q),
    "unmarked": lambda q: re.sub(r"\s*\?+\s*$", "", q),
}


def main(korquad, out):
    with open(korquad, encoding="utf-8") as f:
        data = json.load(f)["data"]
    asked = [qa for article in data for paragraph in article["paragraphs"] for qa in paragraph["qas"]][::4]
    os.makedirs(out, exist_ok=True)
    for name, variant in VARIANTS.items():
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for qa in asked:
                evidence = sorted({a["text"] for a in qa["answers"]})
                line = {"id": qa["id"], "lang": "ko", "q": variant(qa["question"].strip()), "expect": "answer",
                        "evidence": evidence}
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(asked)} questions in {len(VARIANTS)} files under {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: korquad-questions.py KorQuAD_v1.0_dev.json OUT")
    main(sys.argv[1], sys.argv[2])
