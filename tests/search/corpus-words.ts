/** The seed corpus texts as files hold them, and their words: test word lists are checked against them so they stay real. */
import { readdirSync, readFileSync } from 'node:fs';
import { CORPUS_DIR } from '../contract/corpus-fixture.ts';

/** Every corpus text file (`.txt`) by name, with its text. */
export function corpusTexts(): Array<{ file: string; text: string }> {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(CORPUS_DIR + file, 'utf8') }));
}

/** The words of the corpus texts, lowercased. */
export function corpusWords(): Set<string> {
  const words = new Set<string>();
  for (const { text } of corpusTexts()) for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
  return words;
}
