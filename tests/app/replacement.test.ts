/**
 * app/replacement.ts on real texts: the stored code against damaged versions of its own text (cut
 * off in article 5, two articles numbered 5, a policy paper in its place) and against itself.
 */
import { describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { describeLoss, replacementLoss, type StoredVersion } from '../../app/replacement.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { ingestedCode } from '../contract/corpus-fixture.ts';
import { CODE_FILE, makeCorpus, POLICY_FILE, seedText } from '../reliability/fixture.ts';

const codeLines = seedText(CODE_FILE).split('\n');

/** A text ingested in the place of the code (its manifest entry, another file). */
async function asCode(text: string, kind?: string): Promise<IngestedDocument> {
  const corpus = makeCorpus([{ like: CODE_FILE, file: 'code-new.txt', bytes: Buffer.from(text), ...(kind ? { kind } : {}) }]);
  const [doc] = (await ingestCorpus(corpus)).documents;
  if (!doc) throw new Error('nothing ingested');
  return doc;
}

const stored = (doc: IngestedDocument): StoredVersion => ({
  provisions: doc.provisions,
  amendments: doc.amendments,
  diagnostics: doc.diagnostics,
});

describe('what replacing a stored document would lose', () => {
  it('is nothing for the same text parsed again', async () => {
    const code = await ingestedCode();
    expect(replacementLoss(stored(code), await asCode(seedText(CODE_FILE)))).toBeNull();
  });

  it('lists the articles, parts and amendments a text cut off in article 5 lacks, and the truncation warning', async () => {
    const code = await ingestedCode();
    // line 1206 is in part 1 of article 5
    const loss = replacementLoss(stored(code), await asCode([...codeLines.slice(0, 1205), 'жеке және заңды'].join('\n')));
    const articles = code.provisions.filter((p) => p.type === 'article');
    expect(loss?.articles).toContain('art_151');
    expect(loss?.articles).not.toContain('art_4');
    expect(loss?.articles.length).toBe(articles.length - articles.findIndex((a) => a.eId === 'art_6'));
    expect(loss?.parts).toContain('art_151__para_1');
    expect(loss?.amendments.length).toBeGreaterThan(100);
    expect(loss?.warnings).toEqual([expect.objectContaining({ rule: 'truncated', file: 'code-new.txt', line: 1206 })]);
    expect(describeLoss(loss!)).toMatch(
      new RegExp(
        `^code-new\\.txt \\(${code.document.id}\\): ${loss?.articles.length} articles \\(art_6, art_7, .* and \\d+ more\\); \\d+ parts .*; \\d+ amendment events; truncated at code-new\\.txt:1206: `,
      ),
    );
  });

  it('lists the article whose eId a duplicated number moved, with the duplicate-eid warning', async () => {
    const code = await ingestedCode();
    // line 1235 prints `6-бап.`; a typo makes it a second `5-бап.`
    const loss = replacementLoss(
      stored(code),
      await asCode(codeLines.map((l, i) => (i === 1234 ? l.replace(/^6-бап\./, '5-бап.') : l)).join('\n')),
    );
    expect(loss?.articles).toEqual(['art_6']);
    expect(loss?.warnings.map((w) => w.rule)).toContain('duplicate-eid');
  });

  it('lists every article when a text with no structure the grammar knows takes the code’s place', async () => {
    const code = await ingestedCode();
    const loss = replacementLoss(stored(code), await asCode(seedText(POLICY_FILE), 'code'));
    expect(loss?.articles.length).toBe(code.provisions.filter((p) => p.type === 'article').length);
    expect(loss?.warnings.map((w) => w.rule)).toContain('no-structure');
  });

  it('does not count a warning the stored version already had', async () => {
    const cut = await asCode(codeLines.slice(0, 1208).join('\n'));
    expect(cut.diagnostics.some((d) => d.rule === 'truncated')).toBe(true);
    expect(replacementLoss(stored(cut), cut)).toBeNull();
  });
});
