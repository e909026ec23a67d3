/**
 * General Russian synonyms, as data (russian-synonyms.json, written by scripts/russian-synonyms.py): the synsets of a
 * wordnet built from the Russian Wiktionary (PyPI `wiki-ru-wordnet` 1.0.3, MIT; its data CC BY-SA from Wiktionary).
 * Legal texts and analysts word one notion differently (`вакцинация` and `прививка`, vaccination and inoculation;
 * `оклад` and `зарплата`, salary): a query word is searched in its synonyms too, at a lower weight and at query time
 * only, so the index holds the texts' own words. Only one-word synonyms with a stem of five letters or more are kept:
 * a two-word one would be searched word by word, and short stems meet unrelated words. Which synonyms an index
 * searches for a query is its own choice (search/embedded/synonym-senses.ts).
 */
import synonymData from './russian-synonyms.json' with { type: 'json' };

/** A word's stem → the stems of its synonyms, by the Russian analyzer's `stemOf`; stop words are no synonyms. */
export function synonymsByStem(
  stemOf: (word: string) => string,
  isStopWord: (word: string) => boolean,
): ReadonlyMap<string, readonly string[]> {
  const byStem = new Map<string, Set<string>>();
  for (const group of synonymData.groups) {
    const words = group.filter((w) => !w.includes(' ') && !isStopWord(w));
    const stems = [...new Set(words.map(stemOf))].filter((stem) => stem.length >= 5);
    for (const stem of stems) {
      const others = byStem.get(stem) ?? new Set<string>();
      for (const other of stems) if (other !== stem) others.add(other);
      byStem.set(stem, others);
    }
  }
  return new Map([...byStem].filter(([, others]) => others.size > 0).map(([stem, others]) => [stem, [...others]]));
}
