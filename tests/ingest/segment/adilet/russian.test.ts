/** The Russian text of the shared exports (rus.md) through the export segmenter with the Russian words (language.ts). */
import { describe, expect, it } from 'vitest';
import { exported } from './segment-fixture.ts';

const VERSIONS = ['appc-350-VI/2024-01-01', 'law-2019-cinema/2024-08-20', 'law-2021-animals/2025-01-01'];

describe('the Russian text of an export', () => {
  it.each(VERSIONS)('%s: gives the eIds and anchors of the Kazakh text beside it, with no diagnostic', (version) => {
    const kk = exported(version, 'kk').result.provisions;
    const ru = exported(version, 'ru').result;
    expect(ru.diagnostics).toEqual([]);
    expect(ru.provisions.map((p) => [p.eId, p.type, p.num, p.sourceAnchor ?? null])).toEqual(
      kk.map((p) => [p.eId, p.type, p.num, p.sourceAnchor ?? null]),
    );
  });

  it('reads РАЗДЕЛ, Глава and Статья headings of the code with their titles', () => {
    const code = exported('appc-350-VI/2024-01-01', 'ru');
    expect(code.node('sec_1').heading).toBe('ОБЩИЕ ПОЛОЖЕНИЯ');
    expect(code.node('chp_4').heading).toBe('СУД');
    expect(code.node('art_24').heading).toBe('Состав суда');
    expect(code.node('art_43-1').heading).toBe('Проектное управление');
    expect(code.node('art_43-1').sourceAnchor).toBe('st43-1');
  });

  it('reads parts `1.` and subparagraphs `1)` with their text, and a repealed part `*2. Исключен …*`', () => {
    const code = exported('appc-350-VI/2024-01-01', 'ru');
    expect(code.node('art_3__para_3').text).toMatch(/^Предусмотренный настоящим Кодексом порядок/);
    expect(code.childrenOf('art_3__para_3').map((p) => p.num)).toEqual(
      exported('appc-350-VI/2024-01-01', 'kk')
        .childrenOf('art_3__para_3')
        .map((p) => p.num),
    );
    expect(code.node('art_3__para_3__point_2').text).toBe('Канцелярии Первого Президента Республики Казахстан – Елбасы;');
    expect(code.node('art_24__para_2').status).toBe('repealed');
    expect(code.node('art_24__para_2').text).toBe('');
  });

  it('keeps the notes (`Сноска.`) out of the text, each after the unit it follows, in Russian', () => {
    const code = exported('appc-350-VI/2024-01-01', 'ru');
    const note = code.result.notes.find((n) => n.note.source.startLine === 31);
    expect(note?.note.text).toMatch(/^Сноска\. Статья 1 с изменением/);
    expect(note?.previous?.eId).toBe('art_1__para_4');
    expect(note?.language).toBe('ru');
    expect(code.node('art_1__para_4').text).not.toMatch(/Сноска/);
  });

  it('reads `Примечание!` and its `См. …` line as one editorial "see" note, and the signature `Президент Республики Казахстан`', () => {
    const code = exported('appc-350-VI/2024-01-01', 'ru');
    const see = code.result.editorialNotes.filter((n) => n.kind === 'see');
    expect(see).toHaveLength(5);
    expect(see[0]?.text).toMatch(/Примечание!.*См\. нормативное постановление Конституционного Суда РК от 23\.05\.2023/s);
    expect(code.ofType('signature')[0]?.text).toMatch(/Президент Республики Казахстан/);
  });
});
