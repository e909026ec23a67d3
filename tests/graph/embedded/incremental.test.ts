/**
 * The embedded index is updated per write (graph/embedded/indexes.ts `applyChanges`) and keeps
 * what it derived on earlier reads for documents a write cannot affect. After any sequence of
 * writes, replaces and removals, the live store must answer every read exactly as a store
 * opened afresh from the same files, which builds its index in one pass.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedGraphStore } from '../../../graph/embedded/store.ts';
import type { IngestedDocument, Provision } from '../../../model/index.ts';
import type { GraphReader } from '../../../graph/port.ts';
import { copyCorpus } from '../../../scripts/bench/scale-corpus.ts';
import { CODE_ID, ingestedCorpus, temporaryStore } from '../../contract/corpus-fixture.ts';

const removals: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(removals.map((remove) => remove()));
});

/** Every read of the port over every stored document, provision and act. */
async function readEverything(store: GraphReader) {
  const documents = await store.listDocuments();
  const documentIds = documents.map((d) => d.id);
  const provisions = (await store.provisionsOfDocuments(documentIds)).flat();
  const provisionIds = provisions.map((p) => p.id);
  const acts = await store.listActs();
  const actIds = acts.map((a) => a.id);
  return {
    documents,
    provisions,
    counts: await store.counts(),
    roots: await store.rootsOfDocuments(documentIds),
    citationsOfDocuments: await store.citationsOfDocuments(documentIds),
    mentionsOfDocuments: await store.mentionsOfDocuments(documentIds),
    relations: await store.relationsOfDocuments(documentIds),
    notes: await store.editorialNotesOfDocuments(documentIds),
    diagnostics: await store.diagnosticsOfDocuments(documentIds),
    children: await store.childrenOf(provisionIds),
    ancestors: await store.ancestorsOf(provisionIds),
    amendmentsOfProvisions: await store.amendmentsOfProvisions(provisionIds),
    citationsFrom: await store.citationsFrom(provisionIds),
    citationsTo: await store.citationsTo(provisionIds),
    acts,
    actsByNumber: await store.findActsByNumber(acts.flatMap((a) => a.number ?? [])),
    amendmentsOfActs: await store.amendmentsOfActs(actIds),
    citationsOfActs: await store.citationsOfActs(actIds),
    mentionsOfActs: await store.mentionsOfActs(actIds),
    amendments: await store.findAmendments({}, { first: 100 }),
    mostAmended: await store.mostAmended({}, 100),
  };
}

/** A live store's answers against those of the same files opened afresh. */
async function expectAsLoaded(live: GraphReader, dataDir: string): Promise<void> {
  const fresh = await openEmbeddedGraphStore({ dataDir });
  try {
    expect(await readEverything(live)).toEqual(await readEverything(fresh));
  } finally {
    await fresh.close();
  }
}

describe('incremental index updates of the embedded store', () => {
  it('answer every read like a store loaded afresh, after replaces and a removal that move citations and an act date', async () => {
    const corpus = await ingestedCorpus();
    const code = corpus.find((d) => d.document.id === CODE_ID) as IngestedDocument;
    // The code's earliest amending act, and a copy of the code naming that act without its date
    const [earliest] = code.acts
      .filter((a) => a.date !== null && code.amendments.some((m) => m.actId === a.id))
      .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
    const copy = copyCorpus([code], 1)[0] as IngestedDocument;
    const undatedCopy: IngestedDocument = { ...copy, acts: copy.acts.map((a) => (a.id === earliest?.id ? { ...a, date: null } : a)) };
    // A document citing the code, and its version that no longer does
    const citesCode = (c: { targetId: string | null }) => c.targetId?.startsWith(`${CODE_ID}/`) ?? false;
    const citer = corpus.find((d) => d.document.id !== CODE_ID && d.citations.some(citesCode)) as IngestedDocument;
    const silentCiter: IngestedDocument = { ...citer, citations: citer.citations.filter((c) => !citesCode(c)) };
    const target = citer.citations.find(citesCode)?.targetId as string;

    const { store: live, remove } = await temporaryStore([...corpus, undatedCopy]);
    removals.push(remove);
    const { dataDir } = live;
    await readEverything(live); // derives, per version, what the next writes must not leave stale
    const [citedBefore = []] = await live.citationsTo([target]);
    expect(citedBefore.some((c) => c.documentId === citer.document.id)).toBe(true);
    expect((await live.getActs([earliest?.id ?? '']))[0]?.date).toBe(earliest?.date);

    expect((await live.writeDocument(silentCiter)).status).toBe('replaced');
    expect((await live.citationsTo([target]))[0]?.some((c) => c.documentId === citer.document.id)).toBe(false);
    await expectAsLoaded(live, dataDir);

    // the copy itself is not written, but the act of its earliest amendments loses its date
    expect(await live.removeDocument(CODE_ID)).toBe(true);
    expect((await live.getActs([earliest?.id ?? '']))[0]?.date).toBeNull();
    await expectAsLoaded(live, dataDir);

    expect((await live.writeDocument(code)).status).toBe('created');
    expect((await live.writeDocument(citer)).status).toBe('replaced');
    expect(await live.citationsTo([target])).toEqual([citedBefore]);
    await expectAsLoaded(live, dataDir);
    await live.close();
  });

  it('refuses a document whose provision id does not start with its document id, naming the file, and keeps what it stored', async () => {
    const code = (await ingestedCorpus()).find((d) => d.document.id === CODE_ID) as IngestedDocument;
    const { store, remove } = await temporaryStore([code]);
    removals.push(remove);
    // a provision filed under another document's id could never be found through its id
    const [first, ...rest] = code.provisions as [Provision, ...Provision[]];
    const misfiled: IngestedDocument = { ...code, provisions: [{ ...first, id: `/akn/kz/act/other/~${first.eId}` }, ...rest] };
    await expect(store.writeDocument(misfiled)).rejects.toThrow(
      new RegExp(`${code.document.file}: provision id /akn/kz/act/other/~${first.eId} does not start with its document id`),
    );
    expect(await store.getProvisions([first.id])).toEqual([first]);
    await store.close();
  });
});
