#!/usr/bin/env bash
# Makes Sources/UndertoneText/Resources/Script/traditional_to_simplified.tsv, the character table with which
# Undertone reads Traditional Chinese (TraditionalChinese.swift), from OpenCC's dictionaries (Debian's
# libopencc-data; OpenCC, Copyright 2010-2022 BYVoid, Apache License 2.0: LICENSE-OpenCC.txt beside the table):
#   TSCharacters   Traditional -> Simplified: each character's first candidate, or its second where the first
#                  is the character itself (覆 -> 复, 藉 -> 借, 瞭 -> 了: OpenCC resolves those by phrase; one table
#                  for texts and lexicon alike may merge them, at the cost that Simplified 覆盖 is read 复盖 too);
#   HKVariantsRev, TWVariantsRev   Hong Kong's and Taiwan's standard forms (衞, 著) -> OpenCC's Traditional ->
#                  Simplified, for characters that are not themselves Simplified forms (么, 灶 stay).
# Chains are followed to their end (薴 -> 苧 -> 苎). Kept: pairs whose two characters differ and are Han
# characters of the Basic Multilingual Plane (U+3400-U+9FFF, U+F900-U+FAFF); the rarest characters, whose
# Simplified forms lie in later planes, are left as they are. Installs opencc and libopencc-data when missing.
# Usage: bash Tools/make_traditional_table.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v opencc_dict >/dev/null 2>&1 || [ ! -f /usr/share/opencc/TSCharacters.ocd2 ]; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q opencc libopencc-data >/dev/null; else sudo apt-get install -y -q opencc libopencc-data >/dev/null; fi
fi
version=$(dpkg-query -W -f='${Version}' libopencc-data)
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
for name in TSCharacters HKVariantsRev TWVariantsRev; do
    opencc_dict -i "/usr/share/opencc/$name.ocd2" -o "$folder/$name.txt" -f ocd2 -t text
done
out=Sources/UndertoneText/Resources/Script/traditional_to_simplified.tsv
python3 - "$folder" "$out" "$version" <<'PY'
import os
import sys
folder, out, version = sys.argv[1:]
def han(c):
    return len(c) == 1 and (0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF)
def read(name):
    for line in open(os.path.join(folder, name + ".txt"), encoding="utf-8"):
        source, candidates = line.rstrip("\n").split("\t")
        yield source, candidates.split(" ")
table = {}
for traditional, candidates in read("TSCharacters"):
    pick = candidates[1] if candidates[0] == traditional and len(candidates) > 1 else candidates[0]
    table[traditional] = pick
simplified_forms = set(table.values())
for name in ("HKVariantsRev", "TWVariantsRev"):
    for variant, candidates in read(name):
        if variant not in table and variant not in simplified_forms:
            table[variant] = table.get(candidates[0], candidates[0])
def final(c):
    seen = set()
    while c in table and c not in seen and table[c] != c:
        seen.add(c)
        c = table[c]
    return c
pairs = sorted((t, final(t)) for t in table if han(t) and han(final(t)) and final(t) != t)
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# Traditional -> Simplified Chinese characters, from OpenCC's TSCharacters, HKVariantsRev and TWVariantsRev\n")
    f.write(f"# (libopencc-data {version} in Debian), Copyright 2010-2022 BYVoid, Apache License 2.0 (LICENSE-OpenCC.txt).\n")
    f.write("# Made by Tools/make_traditional_table.sh: do not edit by hand. One pair per line: TRADITIONAL<TAB>SIMPLIFIED.\n")
    for t, s in pairs:
        f.write(f"{t}\t{s}\n")
print(f"{out}: {len(pairs)} pairs")
PY
{
    echo "The character table traditional_to_simplified.tsv in this folder is derived from OpenCC's"
    echo "TSCharacters, HKVariantsRev and TWVariantsRev dictionaries (https://github.com/BYVoid/OpenCC),"
    echo "Copyright 2010-2022 BYVoid,"
    echo "licensed under the Apache License, Version 2.0, reproduced below. Undertone keeps a subset"
    echo "of its pairs (Tools/make_traditional_table.sh) and reformats them; it takes none of OpenCC's code."
    echo
    cat /usr/share/common-licenses/Apache-2.0
} > Sources/UndertoneText/Resources/Script/LICENSE-OpenCC.txt
