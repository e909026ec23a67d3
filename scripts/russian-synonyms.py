"""
Writes search/analyzer/russian-synonyms.json from the wordnet of the Russian Wiktionary in PyPI's wiki-ru-wordnet
(1.0.3, MIT; its data CC BY-SA 3.0 from Wiktionary): each synset's words, lowercased with ё written е, kept when
of four letters or more (two words at most), in groups of two to eight (larger synsets are loose, colloquial ones).
Run once when the source changes, then `npx prettier --write search/analyzer/russian-synonyms.json`:

    pip download wiki-ru-wordnet==1.0.3 --no-deps -d /tmp/wrw && tar xzf /tmp/wrw/*.tar.gz -C /tmp/wrw
    python3 scripts/russian-synonyms.py /tmp/wrw/wiki_ru_wordnet-1.0.3/wiki_ru_wordnet/database/wikiwordnet.db
"""

import collections
import json
import re
import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'search' / 'analyzer' / 'russian-synonyms.json'
WORD = re.compile(r'[а-я]{4,}(?:-[а-я]+)?(?: [а-я]{2,}(?:-[а-я]+)?)?')

groups = collections.defaultdict(set)
for synset, lemma in sqlite3.connect(sys.argv[1]).execute('select synset_id, lemma from synsets'):
    word = lemma.strip().lower().replace('ё', 'е')
    if WORD.fullmatch(word):
        groups[synset].add(word)
kept = sorted({tuple(sorted(g)) for g in groups.values() if 2 <= len(g) <= 8})
comment = (
    "General Russian synonyms: the synsets of wiki-ru-wordnet 1.0.3 (PyPI; MIT; its data is the Russian Wiktionary's, "
    'CC BY-SA 3.0), lowercased with ё written е, words of four letters or more (two words at most), groups of two to '
    'eight. Written by scripts/russian-synonyms.py; read by search/analyzer/russian-synonyms.ts.'
)
OUT.write_text(json.dumps({'$comment': comment, 'groups': [list(g) for g in kept]}, ensure_ascii=False, indent=2) + '\n')
print(f'{len(kept)} groups, {sum(len(g) for g in kept)} words → {OUT}')
