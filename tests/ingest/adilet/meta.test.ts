import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAdiletMeta } from '../../../ingest/adilet/meta.ts';
import { IngestError } from '../../../ingest/errors.ts';
import { adiletPath } from '../../shared-dir.ts';

const meta = (...version: string[]) => readAdiletMeta(readFileSync(adiletPath(...version, 'meta.yaml'), 'utf8'), 'meta.yaml');

describe('meta.yaml of the database exports', () => {
  it('gives a code its work id from form, date and number, and the amending law of the version with its titles', () => {
    const m = meta('appc-350-VI', '2024-01-01');
    expect(m).toMatchObject({
      actCode: '144260',
      workId: '/akn/kz/act/code/2020-06-29/350-VI',
      kind: 'code',
      number: '350-VI',
      date: '2020-06-29',
      titleKk: 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ӘКІМШІЛІК РӘСІМДІК-ПРОЦЕСТІК КОДЕКСІ',
      titleRu: 'АДМИНИСТРАТИВНЫЙ ПРОЦЕДУРНО-ПРОЦЕССУАЛЬНЫЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН',
      versionDate: '2024-01-01',
    });
    expect(m.causedBy).toEqual({
      id: '/akn/kz/act/law/2023-12-12/46-VIII',
      kind: 'law',
      number: '46-VIII',
      date: '2023-12-12',
      title:
        'Қазақстан Республикасының кейбір заңнамалық актілеріне салық салу мәселелері бойынша өзгерістер мен толықтырулар енгізу туралы',
      documentId: null,
    });
  });

  it('folds the Cyrillic І of a law number to Latin in its id (212-VІ)', () => {
    const m = meta('law-2019-cinema', '2024-08-20');
    expect(m.workId).toBe('/akn/kz/act/law/2019-01-03/212-VI');
    expect(m.number).toBe('212-VI');
    expect(m.causedBy?.id).toBe('/akn/kz/act/law/2024-06-19/94-VIII');
  });

  it('reads the earlier version of the code with its own amending law (177-VII of 30 December 2022)', () => {
    const m = meta('appc-350-VI', '2022-12-30');
    expect(m.workId).toBe('/akn/kz/act/code/2020-06-29/350-VI');
    expect(m.versionDate).toBe('2022-12-30');
    expect(m.causedBy?.id).toBe('/akn/kz/act/law/2022-12-30/177-VII');
  });

  it('names the act itself as the cause of a first version when the export does', () => {
    const m = meta('law-2021-animals', '2025-01-01');
    expect(m.workId).toBe('/akn/kz/act/law/2021-12-30/97-VII');
    expect(m.titleKk).toBe('Жануарларға жауапкершілікпен қарау туралы');
    expect(m.causedBy?.id).toBe(m.workId);
  });

  it('refuses an unknown form with the file and the line of the key', () => {
    const text = readFileSync(adiletPath('law-2021-animals', '2025-01-01', 'meta.yaml'), 'utf8').replace('form: ЗАК', 'form: ХХХ');
    expect(() => readAdiletMeta(text, 'x/meta.yaml')).toThrow(/^x\/meta\.yaml:6:\d+: unknown form `ХХХ`/);
  });

  it('refuses a file that is not YAML, and one without a requisite, naming the line', () => {
    expect(() => readAdiletMeta('act_code: 1\ntitle: [unclosed\n', 'm.yaml')).toThrow(IngestError);
    expect(() => readAdiletMeta('act_code: 1\ntitle: [unclosed\n', 'm.yaml')).toThrow(/^m\.yaml:\d+:\d+: not valid YAML/);
    expect(() => readAdiletMeta("act_code: '1'\nform: ЗАК\ntitle:\n  kaz: Т\n", 'm.yaml')).toThrow(/`requisite` is missing/);
    expect(() => readAdiletMeta('- a\n- b\n', 'm.yaml')).toThrow(/^m\.yaml:1:1: meta\.yaml must be a mapping/);
  });
});
