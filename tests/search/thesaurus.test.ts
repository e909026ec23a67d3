/** The legal thesaurus: each entry cites a provision that uses its term, and the analyzer expands its variants. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { indexTerms } from '../../search/analyzer/index.ts';
import { THESAURUS } from '../../search/analyzer/thesaurus.ts';
import { ingestedCode, provision } from '../contract/corpus-fixture.ts';

describe('legal thesaurus', () => {
  let code: IngestedDocument;
  beforeAll(async () => {
    code = await ingestedCode();
  });

  it('cites, for every entry on the code, a provision whose text uses the term', () => {
    for (const entry of THESAURUS) {
      for (const cite of entry.cites.filter((c) => c.startsWith('ӘРПК '))) {
        const id = provision(cite.slice('ӘРПК '.length));
        const texts = code.provisions.filter((p) => p.id === id || p.id.startsWith(`${id}__`)).map((p) => `${p.heading ?? ''} ${p.text}`);
        const stems = new Set(texts.flatMap((t) => indexTerms(t)));
        for (const stem of indexTerms(entry.term)) expect(stems.has(stem), `${entry.term} in ${cite}`).toBe(true);
      }
    }
  });

  it('expands a variant into its term, and the term alone into nothing else', () => {
    expect(indexTerms('пропорционалдылық')).toContain(indexTerms('мөлшерлестік')[0]);
    expect(indexTerms('экспертінің')).toContain(indexTerms('сарапшы')[0]);
    expect(indexTerms('коррупцияға')).toEqual(expect.arrayContaining(indexTerms('сыбайлас жемқорлық')));
    expect(indexTerms('мөлшерлестік')).toHaveLength(1);
  });
});
