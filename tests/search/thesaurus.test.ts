/** The legal thesaurus: each entry cites a provision that uses its term, and the analyzer expands its variants. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { analyzeRussian, contentTerms, indexTerms } from '../../search/analyzer/index.ts';
import { THESAURUS } from '../../search/analyzer/thesaurus.ts';
import { ingestedCode, provision } from '../contract/corpus-fixture.ts';
import { adiletPath } from '../shared-dir.ts';

/** The exports of the national legal database beside the clone (CI has shared/ there too), or ZANGRAPH_SHARED_DIR's */
const SHARED_ADILET = adiletPath();

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
    // дәлелдеу жүгі (the burden of proof) meets дәлелдеу ауыртпалығы (art. 129 part 2)
    expect(indexTerms('жүгі')).toContain(indexTerms('ауыртпалығын')[0]);
    expect(indexTerms('үмітті')).toContain(indexTerms('сенім')[0]);
    expect(indexTerms('шағымдануға')).toContain(indexTerms('шағым')[0]);
    expect(indexTerms('регистрациялау')).toContain(indexTerms('тіркеу')[0]);
    expect(indexTerms('приюты')).toContain(indexTerms('панажай')[0]);
    expect(indexTerms('транспаренттілік')).toContain(indexTerms('ашықтық')[0]);
    expect(indexTerms('сайттарында')).toEqual(expect.arrayContaining(indexTerms('интернет-ресурс')));
  });

  it('expands a Russian variant into the Russian term, a multi-word one by the word that differs', () => {
    const russian = (text: string) => contentTerms(analyzeRussian(text));
    // прозрачность, транспарентность (transparency) for открытость (openness): презумпция открытости
    expect(russian('прозрачности')).toContain(russian('открытость')[0]);
    expect(russian('транспарентность')).toContain(russian('открытость')[0]);
    // держатель информации (holder) for обладатель информации
    expect(russian('держатели информации')).toEqual(expect.arrayContaining(russian('обладатель информации')));
    // the term itself expands into nothing else
    expect(russian('открытость')).toHaveLength(1);
  });

  it('cites, for every entry on an exported law, an article of the export that uses the term', async () => {
    for (const entry of THESAURUS) {
      for (const cite of entry.cites.filter((c) => c.includes('../shared/adilet/'))) {
        const folder = /\(\.\.\/shared\/adilet\/([^)]+)\)/u.exec(cite)?.[1] ?? '';
        const [version] = await readdir(join(SHARED_ADILET, folder));
        const text = await readFile(join(SHARED_ADILET, folder, version ?? '', 'kaz.md'), 'utf8');
        const stems = new Set(indexTerms(text));
        for (const stem of indexTerms(entry.term)) expect(stems.has(stem), `${entry.term} in ${cite}`).toBe(true);
      }
    }
  });
});
