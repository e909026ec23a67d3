/** The whole pipeline over the real corpus: normalize → segment → amendments → citations. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestCorpus, ingestDocument, readCorpus } from '../../ingest/index.ts';
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
      id: CODE_ID, kind: 'code', number: '350-VI', date: '2020-06-29',
      title: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі', documentId: CODE_ID,
    });
  });

  it('turns the notes into amendments and finds citations, pointing only at provisions that exist', () => {
    const ids = new Set(code?.provisions.map((p) => p.id));
    expect(code?.amendments.length).toBeGreaterThanOrEqual(192);
    for (const a of code?.amendments ?? []) if (a.targetId !== null) expect(ids.has(a.targetId), a.id).toBe(true);
    const resolved = code?.citations.filter((c) => c.resolved) ?? [];
    expect(resolved.length).toBeGreaterThan(0);
    for (const c of resolved) if (c.targetId !== null && c.targetId.startsWith(CODE_ID)) expect(ids.has(c.targetId), c.id).toBe(true);
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
