#!/usr/bin/env python3
"""Noun–verb pairs that WordNet links as derivationally related forms (its "+" pointers): founder–found,
acquisition–acquire, success–succeed. Reads WordNet's data.noun and data.verb from the folder given, writes
noun<TAB>verb lines, one-word lower-case words only, a pair once, sorted. Run by wordnet.sh."""
import sys


def synsets(path):
    """offset -> (words, pointers) of a WordNet data file; licence lines start with spaces."""
    found = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for i in range(int(fields[at])):
                symbol, target, pos, numbers = fields[at + 1 + 4 * i:at + 5 + 4 * i]
                pointers.append((symbol, target, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
            found[offset] = (words, pointers)
    return found


def main(folder):
    nouns = synsets(folder + "/data.noun")
    verbs = synsets(folder + "/data.verb")
    pairs = set()
    for words, pointers in nouns.values():
        for symbol, target, pos, source, goal in pointers:
            if symbol != "+" or pos != "v" or source == 0 or goal == 0:
                continue
            noun, verb = words[source - 1], verbs[target][0][goal - 1]
            if noun != verb and noun.isalpha() and verb.isalpha() and noun.isascii() and verb.isascii():
                pairs.add((noun, verb))
    for noun, verb in sorted(pairs):
        print(f"{noun}\t{verb}")


if __name__ == "__main__":
    main(sys.argv[1])
