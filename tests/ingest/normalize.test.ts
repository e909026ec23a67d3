import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, cleanText, joinLines, normalizeLines, spanAt, type SourceLine } from '../../ingest/normalize.ts';

const corpus = new URL('../../corpus/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, corpus), 'utf8');
const CODE = 'code-appc-2020-consolidated-2026-01-01.txt';
const POLICY = 'policy-lprc-2021-administrative-procedures.txt';
const lexicon = buildLexicon(
  readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => normalizeLines(read(f))),
);
const codeLines = normalizeLines(read(CODE));
const between = (lines: SourceLine[], from: number, to: number) => lines.filter((l) => l.line >= from && l.line <= to);

describe('normalize', () => {
  it('keeps one SourceLine per non-blank raw line, pointing at that raw line', () => {
    const raw = read(CODE);
    const rawLines = raw.split('\n');
    expect(codeLines.length).toBe(rawLines.filter((l) => l.trim()).length);
    for (const line of codeLines) {
      expect(raw.slice(line.startOffset, line.endOffset)).toBe(rawLines[line.line - 1]);
    }
  });

  it('strips the leading space of indented headings (docs/formats.md C4: L5086 ` 75-бап.`)', () => {
    const l = codeLines.find((x) => x.line === 5086);
    expect(l?.text.startsWith('75-бап.')).toBe(true);
    expect(l?.indent).toBe(1);
  });

  it('maps Latin i inside Kazakh words to Cyrillic і, and Cyrillic І in act numerals to Latin', () => {
    expect(cleanText('келтiрiлмесе')).toBe('келтірілмесе');
    expect(cleanText('№ 241-VIIІ ҚР Заңымен')).toBe('№ 241-VIII ҚР Заңымен');
    expect(cleanText('№ 223-VІІ')).toBe('№ 223-VII');
    // Gazette issue numbers are not act numbers and stay as printed
    expect(cleanText('№ 19-ІІ, 96-құжат')).toBe('№ 19-ІІ, 96-құжат');
    // a Latin word stays Latin
    expect(cleanText('Worldwide Governance')).toBe('Worldwide Governance');
  });

  it('is idempotent', () => {
    for (const l of codeLines.slice(0, 2000)) expect(cleanText(l.text)).toBe(l.text);
  });

  it('keeps real hyphens at line ends in the code and joins numbers split across lines', () => {
    expect(joinLines(between(codeLines, 899, 901), CODE, lexicon).text).toContain('жария-құқықтық');
    expect(joinLines(between(codeLines, 6827, 6829), CODE, lexicon).text).toContain('105-бабының');
    expect(joinLines(between(codeLines, 9422, 9424), CODE, lexicon).text).toContain('№ 136-VIII ҚР');
    expect(joinLines(between(codeLines, 19, 21), CODE, lexicon).text).toContain('Премьер-Министрінің');
  });

  it('joins a standalone dash at line end with a space', () => {
    expect(joinLines(between(codeLines, 3909, 3911), CODE, lexicon).text).toContain('шеңберінде - мұндай');
  });

  it('drops soft hyphens in the policy papers but keeps attested compounds', () => {
    const lines = normalizeLines(read(POLICY));
    const join = (a: number, b: number) => joinLines(between(lines, a, b), POLICY, lexicon, 'softUnlessAttested').text;
    expect(join(9, 10)).toContain('қатысуына');
    expect(join(18, 19)).toContain('Қазақстандағы');
    expect(join(49, 50)).toContain('жария-құқықтық');
  });

  it('records the raw span of joined text', () => {
    const joined = joinLines(between(codeLines, 634, 640), CODE, lexicon);
    expect(joined.source).toMatchObject({ file: CODE, startLine: 634, endLine: 640 });
    expect(read(CODE).slice(joined.source.startOffset, joined.source.endOffset)).toMatch(/^1\. Қазақстан[\s\S]*тұрады\.\s*$/);
  });
});

describe('spanAt', () => {
  it('traces a reference split across lines back to its raw lines and offsets', () => {
    const joined = joinLines(between(codeLines, 6827, 6831), CODE, lexicon);
    const start = joined.text.indexOf('105-бабының');
    const span = spanAt(joined, start, start + '105-бабының'.length);
    expect(span).toMatchObject({ startLine: 6827, endLine: 6829 });
    expect(read(CODE).slice(span.startOffset, span.startOffset + 4)).toBe('105-');
    expect(read(CODE).slice(span.endOffset - 5, span.endOffset)).toBe('бының');
  });
});
