/** The words of the seed corpus texts, lowercased: test word lists are checked against it so they stay real. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

export function corpusWords(): Set<string> {
  const words = new Set<string>();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')))
    for (const w of readFileSync(CORPUS + file, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
  return words;
}
