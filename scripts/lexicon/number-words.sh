#!/usr/bin/env bash
# Generates config/lexicon/generated/05-numbers-icu.tsv, the number-word tier (five → 5; 다섯), and
# config/analysis/generated/native-numerals-icu.tsv, the Korean numerals' forms before a counter (두 → 둘), with
# scripts/lexicon/NumberWords.java and the pinned ICU4J below, which Maven fetches from Maven Central and checks
# against its published checksum. Needs Maven and a JDK 21+ (JAVA_HOME or java on the PATH).
#
#   scripts/lexicon/number-words.sh
set -euo pipefail

ARTIFACT=com.ibm.icu:icu4j:77.1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/config/lexicon/generated/05-numbers-icu.tsv"
work=$(mktemp -d -t gwanyong-icu-XXXXXX)
trap 'rm -rf "$work"' EXIT

mvn -q dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$work" -Dmdep.overWriteReleases=true >/dev/null
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
numerals="$root/config/analysis/generated/native-numerals-icu.tsv"
"$java" -cp "$work/icu4j-77.1.jar" "$here/NumberWords.java" > "$out"
"$java" -cp "$work/icu4j-77.1.jar" "$here/NumberWords.java" attributive > "$numerals"
echo "$out: $(grep -vc '^#' "$out") entries"
echo "$numerals: $(grep -vc '^#' "$numerals") entries"
