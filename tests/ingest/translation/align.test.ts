/**
 * Alignment of the Kazakh and Russian texts of the shared exports (ingest/translation): exact pairs read off both
 * texts by eye, the figures of each act, the note disagreements of the code, and texts altered to disagree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTranslation, exportDocument, ingestDocument, readActFolder, type Alignment } from '../../../ingest/index.ts';
import { russianWordings } from '../../../app/index.ts';
import type { Wording } from '../../../model/index.ts';
import { adiletPath } from '../../shared-dir.ts';

const APPC = 'appc-350-VI/2024-01-01';
const CINEMA = 'law-2019-cinema/2024-08-20';
const ANIMALS = 'law-2021-animals/2025-01-01';

const cache = new Map<string, Promise<Alignment>>();
function aligned(version: string): Promise<Alignment> {
  let a = cache.get(version);
  if (!a) cache.set(version, (a = russianWordings(adiletPath(version))));
  return a;
}
async function wording(version: string, eId: string): Promise<Wording> {
  const w = (await aligned(version)).wordings.find((x) => x.provisionId.endsWith(`/~${eId}`));
  if (!w) throw new Error(`no Russian wording of ${eId}`);
  return w;
}

describe('the Russian wordings of a version folder', () => {
  it.each([
    [APPC, 1464],
    [CINEMA, 238],
    [ANIMALS, 270],
  ])('%s: every provision aligned (%i), none in one language only, no structure mismatch', async (version, count) => {
    const { figures, wordings } = await aligned(version);
    expect(figures).toMatchObject({ aligned: count, onlyKazakh: 0, onlyRussian: 0, structureMismatches: 0 });
    expect(wordings).toHaveLength(count);
    expect(new Set(wordings.map((w) => w.id)).size).toBe(count);
  });

  it('pairs article headings: the code, the cinema law and the animals law', async () => {
    expect((await wording(APPC, 'art_24')).heading).toBe('Состав суда'); // kaz.md: `24-бап. Соттың құрамы`
    expect((await wording(CINEMA, 'art_7')).heading).toBe('Прокат и показ фильма'); // `7-бап. Фильмді прокаттау және көрсету`
    expect((await wording(ANIMALS, 'art_4')).heading).toBe('Защита животных от жестокого обращения'); // `4-бап. Жануарларды қатыгездікпен қараудан қорғау`
  });

  it('pairs a part with its subparagraphs, each wording with its own place in rus.md', async () => {
    const part = await wording(APPC, 'art_3__para_3');
    expect(part.text).toMatch(/^Предусмотренный настоящим Кодексом порядок осуществления внутренних административных процедур/);
    expect(part.source).toMatchObject({ file: `${APPC}/rus.md`, startLine: 53 });
    expect((await wording(APPC, 'art_3__para_3__point_2')).text).toBe('Канцелярии Первого Президента Республики Казахстан – Елбасы;');
    expect((await wording(CINEMA, 'art_7__para_4')).text).toBe(
      'Для получения прокатного удостоверения физическому или юридическому лицу необходимо представить:',
    );
    expect((await wording(CINEMA, 'art_7__para_4__point_1')).text).toBe('заявление на имя руководителя уполномоченного органа;');
    expect((await wording(ANIMALS, 'art_4__para_2')).text).toBe('При обращении с животными запрещаются:');
    expect((await wording(ANIMALS, 'art_4__para_2__point_1')).text).toMatch(/^побои, истязания животного, в том числе голодом/);
  });

  it('gives each wording the Kazakh provision it translates, the Russian expression and the version date', async () => {
    const w = await wording(APPC, 'art_24__para_2');
    expect(w).toMatchObject({
      id: '/akn/kz/act/code/2020-06-29/350-VI/~art_24__para_2/!wording_ru_2024-01-01',
      provisionId: '/akn/kz/act/code/2020-06-29/350-VI/~art_24__para_2',
      language: 'ru',
      expressionId: '/akn/kz/act/code/2020-06-29/350-VI/rus@2024-01-01',
      validFrom: '2024-01-01',
      validTo: null,
      status: 'repealed',
    });
  });

  it('lists the notes the two texts of the code disagree on, each with both places; the laws agree', async () => {
    const notes = (await aligned(APPC)).diagnostics.filter((d) => d.rule === 'translation-note');
    expect(notes.map((d) => `${d.line}: ${d.reason.replace(/\/akn\/kz\/act\/code\/2020-06-29\/350-VI\/~/g, '')}`)).toEqual([
      `3: \`Мазмұны\`: the Kazakh note names act 83-VII, the Russian 83-VI (${APPC}/rus.md:3), of the same date`,
      `377: art_18: the Kazakh note names act 83-VII, the Russian 83-VI (${APPC}/rus.md:377), of the same date`,
      `2575: art_127: the Kazakh note names act 83-VII, the Russian 83-VI (${APPC}/rus.md:2575), of the same date`,
      `2697: art_131: the Kazakh note names act 46-VIIII, the Russian 46-VIII (${APPC}/rus.md:2697), of the same date`,
      `2769: art_138: the Kazakh note names act 83-VII, the Russian 83-VI (${APPC}/rus.md:2769), of the same date`,
      `2825: art_138: the Kazakh note names act 83-VII, the Russian 83-VI (${APPC}/rus.md:2825), of the same date`,
      `2907: art_143: the Kazakh note names act 83-VII, the Russian 83-VI (${APPC}/rus.md:2907), of the same date`,
    ]);
    expect(notes.every((d) => d.file === `${APPC}/kaz.md`)).toBe(true);
    expect((await aligned(CINEMA)).diagnostics).toEqual([]);
    expect((await aligned(ANIMALS)).diagnostics).toEqual([]);
  });
});

describe('texts that do not correspond', () => {
  async function alignAltered(version: string, alter: (rus: string) => string) {
    const [v] = await readActFolder(adiletPath(version), 16 * 1024 * 1024);
    if (!v) throw new Error('no version');
    const kk = ingestDocument(exportDocument(v, 'kk'), readFileSync(adiletPath(version, 'kaz.md'), 'utf8'));
    const ru = ingestDocument(exportDocument(v, 'ru'), alter(readFileSync(adiletPath(version, 'rus.md'), 'utf8')));
    return alignTranslation(kk, ru, v.meta.versionDate);
  }

  it('names a subparagraph missing from the Russian text with both places, and its part as a structure mismatch', async () => {
    const a = await alignAltered(CINEMA, (rus) => rus.replace('   1) заявление на имя руководителя уполномоченного органа;\n', ''));
    expect(a.figures).toMatchObject({ onlyKazakh: 1, onlyRussian: 0, structureMismatches: 1 });
    const missing = a.diagnostics.find((d) => d.rule === 'translation-missing');
    expect(missing).toMatchObject({ file: `${CINEMA}/kaz.md`, line: 191 });
    expect(missing?.reason).toBe(
      `subparagraph art_7__para_4__point_1 is in the Kazakh text only; not in ${CINEMA}/rus.md:189 (its parent)`,
    );
    const structure = a.diagnostics.find((d) => d.rule === 'translation-structure');
    expect(structure).toMatchObject({ file: `${CINEMA}/kaz.md`, line: 189 });
    expect(structure?.reason).toMatch(
      new RegExp(`^part art_7__para_4 does not correspond to ${CINEMA}/rus.md:189: numbered units \\[subparagraph 1, subparagraph 2,`),
    );
  });

  it('names a note whose act differs, and a note one text lacks', async () => {
    const a = await alignAltered(ANIMALS, (rus) => rus.replace('от 19.06.2024 № 94-VIII', 'от 19.06.2024 № 94-VII'));
    expect(a.diagnostics).toHaveLength(1);
    expect(a.diagnostics[0]).toMatchObject({ rule: 'translation-note', file: `${ANIMALS}/kaz.md`, line: 151 });
    expect(a.diagnostics[0]?.reason).toBe(
      `/akn/kz/act/law/2021-12-30/97-VII/~art_5: the Kazakh note names act 94-VIII, the Russian 94-VII (${ANIMALS}/rus.md:151), of the same date`,
    );
    const dropped = await alignAltered(ANIMALS, (rus) => rus.replace(/> \*Сноска\.[^\n]*\n/, ''));
    expect(dropped.figures.noteDisagreements).toBe(1);
    expect(dropped.diagnostics[0]?.reason).toMatch(/in the Kazakh notes only$/);
  });
});
