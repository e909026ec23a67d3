/** The legal thesaurus: each entry cites a provision that uses its term, and the analyzer expands its variants. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, type CorpusText } from '../../ingest/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { analyzeRussian, contentTerms, indexTerms } from '../../search/analyzer/index.ts';
import { THESAURUS } from '../../search/analyzer/thesaurus.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { CORPUS_DIR, ingestedCodeWithRussian, ingestedCorpus, provision } from '../contract/corpus-fixture.ts';
import { adiletPath } from '../shared-dir.ts';

/** The exports of the national legal database beside the clone (CI has shared/ there too), or ZANGRAPH_SHARED_DIR's */
const SHARED_ADILET = adiletPath();

const russianTerms = (text: string): string[] => contentTerms(analyzeRussian(text));

describe('legal thesaurus', () => {
  let code: IngestedDocument;
  beforeAll(async () => {
    code = await ingestedCodeWithRussian();
  });

  it('cites, for every entry on the code, a provision whose text uses the term, and whose Russian text the Russian term', () => {
    for (const entry of THESAURUS) {
      for (const cite of entry.cites.filter((c) => c.startsWith('ӘРПК '))) {
        const id = provision(cite.slice('ӘРПК '.length));
        const within = (provisionId: string) => provisionId === id || provisionId.startsWith(`${id}__`);
        const texts = code.provisions.filter((p) => within(p.id)).map((p) => `${p.heading ?? ''} ${p.text}`);
        const stems = new Set(texts.flatMap((t) => indexTerms(t)));
        for (const stem of indexTerms(entry.term)) expect(stems.has(stem), `${entry.term} in ${cite}`).toBe(true);
        const russian = code.wordings.filter((w) => w.language === 'ru' && within(w.provisionId));
        const russianStems = new Set(russian.flatMap((w) => russianTerms(`${w.heading ?? ''} ${w.text}`)));
        expect(russian.length, `${cite} has a Russian text`).toBeGreaterThan(0);
        for (const stem of russianTerms(entry.russian)) expect(russianStems.has(stem), `${entry.russian} in ${cite}`).toBe(true);
      }
    }
  });

  it('cites, for every entry on a line of a seed text (`textbook <name>, line N`), a line that uses the term', async () => {
    const texts: CorpusText[] = await readCorpus(CORPUS_DIR);
    const cites = THESAURUS.flatMap((entry) => entry.cites.map((cite) => ({ entry, cite, line: /^(\w+) (\S+), line (\d+)$/u.exec(cite) })));
    const onLines = cites.filter((c) => c.line !== null);
    expect(onLines.length).toBeGreaterThan(20);
    for (const { entry, cite, line } of onLines) {
      const [, kind, name, number] = line ?? [];
      const text = texts.find((t) => t.document.kind === kind && t.document.id.endsWith(`/${name}`));
      expect(text, cite).toBeDefined();
      // A word of the line holds a stem when it has that term or begins with it: the stemmer strips endings only, and
      // leaves a few inflected forms whole (`интернет-ресурсы`)
      const words = indexTerms(text?.raw.split('\n')[Number(number) - 1] ?? '');
      for (const stem of indexTerms(entry.term))
        expect(
          words.some((w) => w.startsWith(stem)),
          `${entry.term} in ${cite}`,
        ).toBe(true);
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

  it('expands the general vocabulary: loanwords, Russianisms and everyday words into the terms of the code', () => {
    expect(indexTerms('штрафтар')).toContain(indexTerms('айыппұл')[0]); // fines
    expect(indexTerms('зарплатасы')).toContain(indexTerms('жалақы')[0]); // salary
    expect(indexTerms('шенеуніктер')).toEqual(expect.arrayContaining(indexTerms('лауазымды адам'))); // officials
    expect(indexTerms('талапкер')).toEqual(expect.arrayContaining(indexTerms('талап қоюшы'))); // claimant
    expect(indexTerms('құқықбұзушылықтар')).toEqual(expect.arrayContaining(indexTerms('құқық бұзушылық'))); // offences
    expect(indexTerms('пенсиясы')).toContain(indexTerms('зейнетақы')[0]); // pension
    expect(indexTerms('жасөспірімдер')).toEqual(expect.arrayContaining(indexTerms('кәмелетке толмаған'))); // minors
    expect(indexTerms('экспертиза')).toContain(indexTerms('сараптама')[0]); // the Russian term, typed in Kazakh
    // left out, since it also means monthly (айлық есептік көрсеткіш): it stays a word of its own
    expect(indexTerms('айлық')).toHaveLength(1);
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
    // зарплата (salary), чиновники (officials), милиции (of the militia), for the terms of the Russian text
    expect(russian('зарплата')).toEqual(expect.arrayContaining(russian('заработная плата')));
    expect(russian('чиновники')).toEqual(expect.arrayContaining(russian('должностные лица')));
    expect(russian('милиции')).toContain(russian('полиция')[0]);
    // the Kazakh term typed in a Russian query
    expect(russian('айыппұл')).toContain(russian('штраф')[0]);
  });

  it('cites, for every entry on an exported law, an export that uses the term, and whose Russian text the Russian term', async () => {
    for (const entry of THESAURUS) {
      for (const cite of entry.cites.filter((c) => c.includes('../shared/adilet/'))) {
        const folder = /\(\.\.\/shared\/adilet\/([^)]+)\)/u.exec(cite)?.[1] ?? '';
        // The newest version: the one whose Russian text is taken (app russianWordings)
        const version = (await readdir(join(SHARED_ADILET, folder))).sort().at(-1) ?? '';
        const text = await readFile(join(SHARED_ADILET, folder, version, 'kaz.md'), 'utf8');
        const stems = new Set(indexTerms(text));
        for (const stem of indexTerms(entry.term)) expect(stems.has(stem), `${entry.term} in ${cite}`).toBe(true);
        const russian = new Set(russianTerms(await readFile(join(SHARED_ADILET, folder, version, 'rus.md'), 'utf8')));
        for (const stem of russianTerms(entry.russian)) expect(russian.has(stem), `${entry.russian} in ${cite}`).toBe(true);
      }
    }
  });
});

describe('general legal vocabulary in the embedded index', async () => {
  const withRussian = await ingestedCodeWithRussian();
  const corpus = (await ingestedCorpus()).map((d) => (d.document.id === withRussian.document.id ? withRussian : d));
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  await index.upsertDocuments(corpus);

  it('answers the loanword штраф with passages that say айыппұл (the textbook on administrative offences)', async () => {
    const result = await index.search({ query: 'штраф' });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits.slice(0, 3)) expect(hit.highlights.join(' ')).toMatch(/айыппұл/u);
  });

  it('answers the everyday шенеунік with the officials the code names лауазымды адам', async () => {
    const result = await index.search({ query: 'шенеуніктің шешімі', filter: { document: withRussian.document.id } });
    expect(result.hits[0]?.highlights.join(' ')).toMatch(/лауазымды/u);
  });

  it('answers a Russian query with чиновник from the Russian text, which says должностное лицо', async () => {
    const result = await index.search({ query: 'жалоба на чиновника', language: 'ru' });
    expect(result.language).toBe('ru');
    expect(result.hits[0]?.highlights.join(' ')).toMatch(/должностн/u);
  });
});
