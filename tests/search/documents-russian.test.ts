/** Search documents of the code's Russian text (search/documents.ts): one per article and definition, as the Kazakh ones. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { buildSearchDocuments, searchDocumentKey, type SearchDocument } from '../../search/documents.ts';
import { ingestedCodeWithRussian, provision } from '../contract/corpus-fixture.ts';

describe('search documents of the Russian text', () => {
  let code: IngestedDocument;
  let kazakh: SearchDocument[];
  let russian: SearchDocument[];
  beforeAll(async () => {
    code = await ingestedCodeWithRussian();
    const all = buildSearchDocuments(code);
    kazakh = all.filter((d) => d.language === 'kk');
    russian = all.filter((d) => d.language === 'ru');
  });

  it('cuts the Russian text into search documents under the Kazakh provisions’ ids, keyed apart by language', () => {
    expect(russian.length).toBeGreaterThan(0);
    const held = new Set(code.provisions.map((p) => p.id));
    for (const doc of russian) {
      expect(held.has(doc.id)).toBe(true);
      expect(doc.translation).toBe(true);
      expect(searchDocumentKey(doc)).toBe(`${doc.id}@ru`);
    }
    for (const doc of kazakh) expect(searchDocumentKey(doc)).toBe(doc.id);
    expect(new Set([...kazakh, ...russian].map(searchDocumentKey)).size).toBe(kazakh.length + russian.length);
  });

  it('heads a Russian article with its Russian heading and a definition with the Russian term', () => {
    // rus.md line 285: `Статья 10. Соразмерность`; line 113: `4) административный акт – решение, …`
    expect(russian.find((d) => d.id === provision('art_10'))?.heading).toBe('Соразмерность');
    const definition = russian.find((d) => d.id === provision('art_4__para_1__point_4'));
    expect(definition?.definition).toBe(true);
    expect(definition?.heading).toBe('административный акт');
  });

  it('keeps a Russian paragraph the Kazakh text does not split, inside the provision above it', () => {
    // Art. 10 part 1 has a second paragraph in the 2024 Russian text (`При этом … соразмерными …`), none in the 2026 Kazakh
    const part = russian.find((d) => d.id === provision('art_10'))?.passages.find((p) => p.provisionId === provision('art_10__para_1'));
    expect(part?.text).toMatch(/^При осуществлении административного усмотрения[^\n]*\nПри этом .*соразмерными/su);
  });

  it('indexes the newest wording of each provision in a language, in force or not, and only that one', () => {
    // The Russian text held may be older than the Kazakh (the code's is of 2024): its last wording still serves a Russian reader.
    const ended = { ...code, wordings: code.wordings.map((w) => ({ ...w, validTo: '2025-01-01' })) };
    expect(buildSearchDocuments(ended).filter((d) => d.language === 'ru')).toEqual(russian);
    const art10 = code.wordings.find((w) => w.provisionId === provision('art_10') && w.language === 'ru');
    const older = {
      ...(art10 as NonNullable<typeof art10>),
      heading: 'Старая редакция',
      validFrom: '2022-12-30',
      validTo: art10?.validFrom ?? null,
    };
    const both = buildSearchDocuments({ ...code, wordings: [older, ...code.wordings] }).filter((d) => d.language === 'ru');
    expect(both.find((d) => d.id === provision('art_10'))?.heading).toBe('Соразмерность');
  });
});
