/**
 * Damaged structure in real texts: a code cut off in the middle of an article, a text with no
 * structure the code grammar knows, two articles with one number. Each is ingested (parsing is
 * total), with a warning naming the file and line; nothing is dropped and ids stay unique.
 */
import { describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { documentProblems } from '../../graph/port.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { normalizeLines } from '../../ingest/normalize.ts';
import { CODE_FILE, CORPUS_DIR, makeCorpus, POLICY_FILE, seedText, tempDir } from './fixture.ts';

const codeLines = seedText(CODE_FILE).split('\n');

/** Ingest one text in the place of the code (or, with `kind`, of another kind) and return its document. */
async function ingestAsCode(file: string, text: string, kind?: string): Promise<IngestedDocument> {
  const corpus = makeCorpus([{ like: CODE_FILE, file, bytes: Buffer.from(text), ...(kind ? { kind } : {}) }]);
  const [doc] = (await ingestCorpus(corpus)).documents;
  if (!doc) throw new Error('nothing ingested');
  return doc;
}

/** Raw lines no provision, note or editorial note of the document covers. */
function uncoveredLines(doc: IngestedDocument, text: string): number[] {
  const spans = [...doc.provisions, ...doc.amendments, ...doc.relations, ...doc.editorialNotes].map((x) => x.source);
  return normalizeLines(text)
    .map((l) => l.line)
    .filter((line) => !spans.some((s) => s.startLine <= line && line <= s.endLine));
}

describe('a code cut off in the middle of an article', () => {
  it('is ingested up to the cut, with a truncation warning at the line cut mid-sentence', async () => {
    // line 1206 is `жеке және заңды тұлғалардың жария құқықтарын, …` in part 1 of article 5
    const text = [...codeLines.slice(0, 1205), 'жеке және заңды'].join('\n');
    const doc = await ingestAsCode('code-cut.txt', text);
    const warnings = doc.diagnostics.filter((d) => d.rule === 'truncated');
    expect(warnings).toEqual([expect.objectContaining({ file: 'code-cut.txt', line: 1206, fatal: false })]);
    expect(warnings[0]?.reason).toMatch(
      /^the text ends at line 1206 in mid-sentence \("…жеке және заңды"\) without the closing signature block/,
    );
    const last = doc.provisions.at(-1);
    expect(last?.source.endLine).toBe(1206);
    expect(last?.text.endsWith('жеке және заңды')).toBe(true);
    expect(doc.provisions.some((p) => p.eId === 'art_5__para_1')).toBe(true);
  });

  it('is reported at its last line also when the cut falls at the end of a clause', async () => {
    // line 1208 `толық іске асыру;` ends the first list item of article 5 part 1
    const doc = await ingestAsCode('code-cut.txt', codeLines.slice(0, 1208).join('\n'));
    const warnings = doc.diagnostics.filter((d) => d.rule === 'truncated');
    expect(warnings).toEqual([
      expect.objectContaining({
        line: 1208,
        reason: 'the text ends at line 1208 without the closing signature block: the file may be truncated',
      }),
    ]);
  });

  it('is not reported for the whole code, which ends with its signature block', async () => {
    const corpus = makeCorpus([{ like: CODE_FILE, file: CODE_FILE, bytes: Buffer.from(seedText(CODE_FILE)) }]);
    const [doc] = (await ingestCorpus(corpus)).documents;
    expect(doc?.diagnostics.filter((d) => d.rule === 'truncated')).toEqual([]);
    expect(doc?.provisions.at(-1)?.type).toBe('signature');
  });
});

describe('a text with no structure the code grammar knows', () => {
  it('is kept whole as generic paragraphs with one warning at its first line (a policy paper listed as a code)', async () => {
    const text = seedText(POLICY_FILE);
    const doc = await ingestAsCode('no-articles.txt', text, 'code');
    expect(doc.diagnostics.filter((d) => d.rule === 'no-structure')).toEqual([
      expect.objectContaining({
        file: 'no-articles.txt',
        line: 1,
        fatal: false,
        reason: expect.stringMatching(/^no article heading \(`N-бап\.`\) found/),
      }),
    ]);
    expect(new Set(doc.provisions.map((p) => p.type))).toEqual(new Set(['paragraph']));
    expect(doc.diagnostics.filter((d) => d.rule === 'text-outside-article')).toEqual([]);
    expect(uncoveredLines(doc, text)).toEqual([]);
    expect(documentProblems(doc)).toEqual([]);
  });
});

describe('two articles with one number', () => {
  // The body prints 5-бап at line 1199 and 6-бап at line 1235; a typo makes the second `5-бап.` too.
  const text = codeLines.map((l, i) => (i === 1234 ? l.replace(/^6-бап\./, '5-бап.') : l)).join('\n');

  it('keeps both, gives the second a distinct eId and names both lines in a diagnostic', async () => {
    expect(codeLines[1198]?.startsWith('5-бап.')).toBe(true);
    expect(codeLines[1234]?.startsWith('6-бап.')).toBe(true);
    const doc = await ingestAsCode('code-dup.txt', text);
    const fives = doc.provisions.filter((p) => p.type === 'article' && p.num === '5');
    expect(fives.map((p) => [p.eId, p.source.startLine])).toEqual([
      ['art_5', 1199],
      ['art_5-dup2', 1235],
    ]);
    expect(doc.diagnostics.filter((d) => d.rule === 'duplicate-eid' && d.line === 1235)).toEqual([
      expect.objectContaining({
        file: 'code-dup.txt',
        reason: 'eId art_5 is already taken by the node at line 1199: this article at line 1235 is art_5-dup2',
      }),
    ]);
    // the second article's parts hang under it, with ids of their own
    expect(doc.provisions.filter((p) => p.eId.startsWith('art_5-dup2__')).length).toBeGreaterThan(0);
    expect(new Set(doc.provisions.map((p) => p.id)).size).toBe(doc.provisions.length);
    expect(uncoveredLines(doc, text).filter((line) => line > 608)).toEqual([]);
  });

  it('can be written to the store, which then holds both articles', async () => {
    const doc = await ingestAsCode('code-dup.txt', text);
    expect(documentProblems(doc)).toEqual([]);
    const store = await openEmbeddedGraphStore({ dataDir: tempDir('store') });
    await expect(store.writeDocument(doc)).resolves.toMatchObject({ status: 'created' });
    const ids = [`${doc.document.id}/~art_5`, `${doc.document.id}/~art_5-dup2`];
    expect((await store.getProvisions(ids)).map((p) => p?.source.startLine)).toEqual([1199, 1235]);
    await store.close();
  });
});

describe('the corpus as it is', () => {
  it('raises none of these warnings', async () => {
    const { documents } = await ingestCorpus(CORPUS_DIR);
    const rules = new Set(['truncated', 'no-structure', 'duplicate-eid', 'encoding']);
    expect(documents.flatMap((d) => d.diagnostics.filter((x) => rules.has(x.rule)))).toEqual([]);
  });
});
