/** The whole pipeline over the real corpus: normalize → segment → amendments → citations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestCorpus, ingestDocument, readCorpus } from '../../ingest/index.ts';
import { CPC, PUBLIC_SERVICES } from '../acts.ts';
import { CODE_ID } from './code-fixture.ts';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const corpus = await ingestCorpus(corpusDir);
const code = corpus.documents.find((d) => d.document.id === CODE_ID);

describe('ingestCorpus', () => {
  it('ingests all five texts of the manifest, the code first', () => {
    expect(corpus.documents.map((d) => d.document.kind)).toEqual(['code', 'policy', 'policy', 'article', 'textbook']);
    expect(corpus.documents[0]?.document.id).toBe(CODE_ID);
    for (const d of corpus.documents) expect(d.provisions.length, d.document.id).toBeGreaterThan(50);
  });

  it("names the code's own act with the manifest's number and date", () => {
    expect(code?.acts.find((a) => a.id === CODE_ID)).toEqual({
      id: CODE_ID,
      kind: 'code',
      number: '350-VI',
      date: '2020-06-29',
      title: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі',
      documentId: CODE_ID,
    });
  });

  it('turns the notes into amendments and finds citations, pointing only at provisions that exist', () => {
    const ids = new Set(code?.provisions.map((p) => p.id));
    // The code prints `ҚР Заңымен` ("by the Law of the RK") 205 times, once per change a note records:
    // once in the header (L27, the table of contents) and 204 times in the body.
    expect(
      readFileSync(join(corpusDir, code?.document.file ?? ''), 'utf8')
        .replace(/\s+/g, ' ')
        .split('ҚР Заңымен').length - 1,
    ).toBe(205);
    expect(code?.amendments).toHaveLength(205);
    for (const a of code?.amendments ?? []) if (a.targetId !== null) expect(ids.has(a.targetId), a.id).toBe(true);
    // Four references name a provision of an act outside the corpus; every other one resolves into the code itself.
    const unresolved = code?.citations.filter((c) => !c.resolved).map((c) => [c.source.startLine, c.targetActId, c.unresolvedReason]);
    expect(unresolved).toEqual([
      [4748, PUBLIC_SERVICES, 'act not in corpus'], // «Мемлекеттік көрсетілетін қызметтер туралы» … Заңының 4-бабы 1-тармағының 3) тармақшасында
      [6714, CPC, 'act not in corpus'], // … Азаматтық процестік кодексінің 27-бабының 1-2-бөлігінде
      [6761, CPC, 'act not in corpus'], // the same
      [9428, CPC, 'act not in corpus'], // … Азаматтық процестік кодексінің 27-бабы 1-2-бөлігінің
    ]);
    const resolved = code?.citations.filter((c) => c.resolved) ?? [];
    for (const c of resolved) expect(c.targetId !== null && ids.has(c.targetId), c.id).toBe(true);
  });

  it('keeps ingestDocument and ingestCorpus in agreement on the code', async () => {
    const text = (await readCorpus(corpusDir)).find((t) => t.document.id === CODE_ID);
    if (!text) throw new Error('the code is not in the manifest');
    const alone = ingestDocument(text.document, text.raw);
    expect(alone.provisions.map((p) => p.id)).toEqual(code?.provisions.map((p) => p.id));
  });

  it('ingests a policy paper alone as it does within the corpus', async () => {
    const policy = (await readCorpus(corpusDir)).find((t) => t.document.kind === 'policy');
    if (!policy) throw new Error('no policy paper in the manifest');
    const alone = ingestDocument(policy.document, policy.raw);
    const within = corpus.documents.find((d) => d.document.id === policy.document.id);
    expect(alone.provisions.map((p) => p.id)).toEqual(within?.provisions.map((p) => p.id));
  });
});
