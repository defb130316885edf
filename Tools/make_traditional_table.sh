#!/usr/bin/env bash
# Makes Sources/UndertoneText/Resources/Script/traditional_to_simplified.tsv, the character table with which
# Undertone reads Traditional Chinese (TraditionalChinese.swift), from OpenCC's TSCharacters dictionary
# (Debian's libopencc-data; OpenCC, Copyright 2010-2022 BYVoid, Apache License 2.0: LICENSE-OpenCC.txt beside
# the table). Kept: each Traditional character's first Simplified candidate, where the two differ and both are
# Han characters of the Basic Multilingual Plane (U+3400-U+9FFF, U+F900-U+FAFF); the rarest characters, whose
# Simplified forms lie in later planes, are left as they are. Installs opencc and libopencc-data when missing.
# Usage: bash Tools/make_traditional_table.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v opencc_dict >/dev/null 2>&1 || [ ! -f /usr/share/opencc/TSCharacters.ocd2 ]; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q opencc libopencc-data >/dev/null; else sudo apt-get install -y -q opencc libopencc-data >/dev/null; fi
fi
version=$(dpkg-query -W -f='${Version}' libopencc-data)
text=$(mktemp)
trap 'rm -f "$text"' EXIT
opencc_dict -i /usr/share/opencc/TSCharacters.ocd2 -o "$text" -f ocd2 -t text
out=Sources/UndertoneText/Resources/Script/traditional_to_simplified.tsv
python3 - "$text" "$out" "$version" <<'PY'
import sys
source, out, version = sys.argv[1:]
def han(c):
    v = ord(c)
    return 0x3400 <= v <= 0x9FFF or 0xF900 <= v <= 0xFAFF
pairs = []
for line in open(source, encoding="utf-8"):
    traditional, candidates = line.rstrip("\n").split("\t")
    simplified = candidates.split(" ")[0]
    if len(traditional) == 1 and len(simplified) == 1 and traditional != simplified and han(traditional) and han(simplified):
        pairs.append((traditional, simplified))
pairs.sort()
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# Traditional -> Simplified Chinese characters, from OpenCC's TSCharacters (libopencc-data {version} in Debian),\n")
    f.write("# Copyright 2010-2022 BYVoid, Apache License 2.0 (LICENSE-OpenCC.txt). Made by Tools/make_traditional_table.sh:\n")
    f.write("# do not edit by hand. One pair per line: TRADITIONAL<TAB>SIMPLIFIED.\n")
    for t, s in pairs:
        f.write(f"{t}\t{s}\n")
print(f"{out}: {len(pairs)} pairs")
PY
{
    echo "The character table traditional_to_simplified.tsv in this folder is derived from OpenCC's"
    echo "TSCharacters dictionary (https://github.com/BYVoid/OpenCC), Copyright 2010-2022 BYVoid,"
    echo "licensed under the Apache License, Version 2.0, reproduced below. Undertone keeps a subset"
    echo "of its pairs (Tools/make_traditional_table.sh) and reformats them; it takes none of OpenCC's code."
    echo
    cat /usr/share/common-licenses/Apache-2.0
} > Sources/UndertoneText/Resources/Script/LICENSE-OpenCC.txt
