/** The Russian text's amendment notes (`Сноска. …`, amendments/grammar-ru.ts) read off the shared exports' rus.md. */
import { describe, expect, it } from 'vitest';
import { readVersionTexts } from '../../../app/index.ts';
import { readActFolder } from '../../../ingest/index.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { adiletPath } from '../../shared-dir.ts';

async function russianOf(version: string): Promise<IngestedDocument> {
  const [v] = await readActFolder(adiletPath(version), 16 * 1024 * 1024);
  const russian = v ? readVersionTexts(v).russian : null;
  if (!russian) throw new Error(`no rus.md in ${version}`);
  return russian;
}

const events = (doc: IngestedDocument, eId: string) =>
  doc.amendments
    .filter((a) => a.targetId === `${doc.document.id}/~${eId}`)
    .map((a) => ({ act: a.actId.slice(a.actId.lastIndexOf('/') + 1), action: a.action, scope: a.scope, effectiveFrom: a.effectiveFrom }));

describe('Russian amendment notes', () => {
  it('read `Статья 1 с изменением, внесенным Законом РК от 05.11.2022 № 157-VII (вводится в действие с 01.01.2023)`', async () => {
    const code = await russianOf('appc-350-VI/2024-01-01');
    expect(events(code, 'art_1')).toEqual([{ act: '157-VII', action: 'amended', scope: 'provision', effectiveFrom: '2023-01-01' }]);
    expect(code.amendments.find((a) => a.targetId?.endsWith('/~art_1'))?.source).toMatchObject({
      file: 'appc-350-VI/2024-01-01/rus.md',
      startLine: 31,
    });
  });

  it('read an insertion (`Кодекс дополнен статьей 43-1 в соответствии с Законом …; с изменением …`) as two events, one per act', async () => {
    const code = await russianOf('appc-350-VI/2024-01-01');
    expect(events(code, 'art_43-1')).toEqual([
      { act: '399-VI', action: 'inserted', scope: 'provision', effectiveFrom: null },
      { act: '223-VII', action: 'amended', scope: 'provision', effectiveFrom: null },
    ]);
  });

  it('read headings (`Заголовок статьи 138 в редакции …`, `Заголовок главы 26 с изменением …`) and a repealed part (`Исключен …`)', async () => {
    const code = await russianOf('appc-350-VI/2024-01-01');
    expect(events(code, 'art_138')[0]).toEqual({ act: '83-VI', action: 'restated', scope: 'heading', effectiveFrom: null });
    expect(events(code, 'chp_26')).toEqual([{ act: '141-VII', action: 'amended', scope: 'heading', effectiveFrom: '2023-07-01' }]);
    expect(events(code, 'art_24__para_2')).toEqual([
      { act: '20-VII', action: 'repealed', scope: 'provision', effectiveFrom: '2021-07-01' },
    ]);
  });

  it('read `В статью 66 внесено изменение на казахском языке, текст на русском языке не меняется …` as the amendment it records', async () => {
    const code = await russianOf('appc-350-VI/2024-01-01');
    expect(events(code, 'art_66').map((e) => `${e.act} ${e.action}`)).toEqual(['157-VII amended', '194-VII amended']);
  });

  it('read the laws, a repealed subparagraph (`1) исключен Законом РК …`) included, with no diagnostic', async () => {
    const cinema = await russianOf('law-2019-cinema/2024-08-20');
    expect(events(cinema, 'art_4__point_1')).toEqual([{ act: '223-VII', action: 'repealed', scope: 'provision', effectiveFrom: null }]);
    const animals = await russianOf('law-2021-animals/2025-01-01');
    expect(events(animals, 'art_6')).toEqual([{ act: '223-VII', action: 'restated', scope: 'provision', effectiveFrom: null }]);
    expect([...cinema.diagnostics, ...animals.diagnostics].filter((d) => !d.rule.startsWith('citation-'))).toEqual([]);
  });

  it('keep commencement notes by the act`s own article (`… в соответствии со статьей 13 настоящего Закона`) as editorial notes, without a warning', async () => {
    const code = await russianOf('appc-350-VI/2024-01-01');
    expect(code.diagnostics.filter((d) => !d.rule.startsWith('citation-'))).toEqual([]);
    expect(code.editorialNotes.map((n) => n.text)).toContain(
      'Сноска. Вводится в действие с 01.07.2021 в соответствии с пунктом 1 статьи 175 настоящего Кодекса.',
    );
  });
});
