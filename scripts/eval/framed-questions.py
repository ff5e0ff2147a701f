#!/usr/bin/env python3
"""Writes the questions of question files again, framed as chat asks them, for `gwanyong eval`.

    scripts/eval/framed-questions.py ../shared/eval/essay-dev.jsonl > /tmp/framed.jsonl
    scripts/eval/framed-questions.py --chat ../shared/eval/essay-dev.jsonl > /tmp/chat.jsonl
    bin/gwanyong eval /tmp/framed.jsonl

Each English question that starts with a question word ("Who founded Mesosphere?") comes back six times, framed
("I'd like to know who founded Mesosphere.", "Do you know who founded Mesosphere?", ...) or typed as chat often
has it ("who founded Mesosphere"), with its own expectation and evidence: such a question should be answered, or
refused, from the same passage as the question as first written.

With --chat, every question, in either language and of any kind, comes back in each of the ways a chat message
surrounds a question in its language: greetings, whom it is put to, excuses, labels, thanks, requests to answer,
emoticons ("hi all, is…?", "quick q: …", "Sorry if this is a dumb question, but …", "…? Thanks in advance :)",
"… 답변 부탁드려요", "… 알려주세요", "혹시 …", "…? 급해요ㅠ", "선배님들 …").
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
CHAT_FRAMES = {
    "en": (
        "hey, {q}",
        "{q} thx",
        "quick q: {lower}",
        "pls {lower}",
        "@gwanyong {q}",
        "{q} 🙏",
        "ok so {lower}",
        "btw {lower}",
        "Hello! {q} Thanks!",
        "hi all, {lower}",
        "{q} anyone?",
        "Sorry if this is a dumb question, but {lower}",
        "{q} Thanks in advance :)",
        "Can someone explain {lower}",
        "Question for the channel: {lower}",
        "Hey folks! {q}",
        "Hello everyone, {lower} Thank you!",
        "ELI5: {lower}",
        "Does anybody here know {lower}",
        "Not sure if this is the right place, but {lower}",
        "{q}?? anyone",
        "{q} Cheers!",
        "Hey gwanyong, {lower}",
        "so uh, {lower}",
        "{q} ty!",
        "Good morning, {lower}",
        "Noob question: {lower}",
        "{q} lol",
    ),
    "ko": (
        "{q} 알려줘",
        "혹시 {q}",
        "안녕하세요 {q}",
        "{q} ㅎㅎ",
        "질문 있어요! {q}",
        "저기 {q}",
        "근데 {q}",
        "{q} 감사합니다!",
        "@관용봇 {q}",
        "{q} 답변 부탁드려요",
        "궁금한 게 있는데요, {q}",
        "{q} 아시는 분?",
        "{q} 알려주세요",
        "{q} 부탁해요",
        "질문입니다. {q}",
        "{q} 급해요ㅠ",
        "{q} 아시는 분 계신가요?",
        "안녕하세요~ {q} 감사합니다^^",
        "{q} 궁금합니다",
        "{q} 도와주세요",
        "{q}~~",
        "선배님들 {q}",
        "다들 {q}",
        "{q} 답변 주시면 감사하겠습니다.",
    ),
}


def main(paths):
    chat = paths[:1] == ["--chat"]
    for path in paths[1:] if chat else paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                question = json.loads(line)
                if chat:
                    write_chat(question)
                    continue
                text = question["q"].strip().rstrip("?").strip()
                if question.get("lang") != "en" or not text.lower().startswith(QUESTION_WORDS):
                    continue
                embedded = text[0].lower() + text[1:]
                for n, frame in enumerate(FRAMES, start=1):
                    framed = dict(question, id=f"{question['id']}-framed-{n}", q=frame.format(embedded))
                    print(json.dumps(framed, ensure_ascii=False))


def write_chat(question):
    text = question["q"].strip()
    lower = text[0].lower() + text[1:]
    for n, frame in enumerate(CHAT_FRAMES.get(question.get("lang"), ()), start=1):
        framed = dict(question, id=f"{question['id']}-chat-{n}", q=frame.format(q=text, lower=lower))
        print(json.dumps(framed, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
