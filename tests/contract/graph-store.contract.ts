/**
 * The GraphStore contract: every adapter runs this suite over the real ingested code.
 * `makeStore` returns a fresh, empty store; the suite makes one per test, writes the code into it, and closes it.
 * Expected values are read off the code's text (line numbers in comments).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Act, Amendment, IngestedDocument, Provision, Term } from '../../model/index.ts';
import type { CitationSubgraph, GraphStore } from '../../graph/port.ts';
import { CODE_ID, ingestedCode, LAW_241_ID, provision } from './corpus-fixture.ts';
import { CPC } from '../acts.ts';
import { graphStoreVersionsContract } from './graph-store-versions.contract.ts';

const ART_4 = provision('art_4');
const ART_4_POINT_12 = provision('art_4__para_1__point_12');
const ART_22 = provision('art_22');
const ART_23 = provision('art_23');
/**
 * Notes of law 172-VIII, dated `2025.15.03.` (15 March 2025), that make changes effective from
 * 1 January 2025 ("2025 ж. 1 қаңтардан бастап қолданысқа енгізілді"): the lines of the seven notes.
 */
const EFFECTIVE_BEFORE_ACT_LINES = [3008, 3504, 3518, 3552, 3626, 3675, 3853];

/**
 * What an adapter's `snapshot()` promises (see the port): `pinned` — every read answers from the
 * version of the snapshot's moment; `perCall` — each read is consistent in itself and sees the latest version.
 */
export type SnapshotConsistency = 'pinned' | 'perCall';

/** A copy of `code` as the document `id` that holds nothing but the acts it names: what a test of shared acts writes beside it. */
function namingOnly(code: IngestedDocument, id: string, acts: Act[]): IngestedDocument {
  return {
    document: { ...code.document, id, file: 'contract-copy.txt' },
    provisions: [],
    amendments: [],
    citations: [],
    mentions: [],
    relations: [],
    editorialNotes: [],
    acts,
    diagnostics: [],
    expressions: [],
    wordings: [],
    terms: [],
  };
}

export function graphStoreContract(name: string, makeStore: () => Promise<GraphStore>, snapshots: SnapshotConsistency): void {
  graphStoreVersionsContract(name, makeStore);
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let code: IngestedDocument;

    beforeAll(async () => {
      code = await ingestedCode();
    });
    // A fresh store per test, holding the code: no test reads what another wrote, and one failure cannot cascade.
    beforeEach(async () => {
      store = await makeStore();
      await store.writeDocument(code);
    });
    afterEach(async () => {
      await store?.close();
    });

    describe('writes', () => {
      it('reports a second write of the same ingested document as unchanged', async () => {
        expect(await store.writeDocument(code)).toEqual({ documentId: CODE_ID, status: 'unchanged' });
      });

      it('counts exactly what the ingest produced', async () => {
        const counts = await store.counts();
        expect(counts.documents).toBe(1);
        expect(counts.provisions).toBe(code.provisions.length);
        expect(counts.amendments).toBe(code.amendments.length);
        expect(counts.citations).toBe(code.citations.length);
        expect(counts.acts).toBe(new Set(code.acts.map((a) => a.id)).size);
        expect(counts.editorialNotes).toBe(code.editorialNotes.length);
        expect(counts.mentions).toBe(code.mentions.length);
      });

      it('replaces a changed document whole and restores it when written back', async () => {
        const dropped = code.amendments.at(-1) as Amendment;
        const changed: IngestedDocument = { ...code, amendments: code.amendments.slice(0, -1) };
        expect((await store.writeDocument(changed)).status).toBe('replaced');
        expect(await store.getAmendments([dropped.id])).toEqual([null]);
        expect((await store.counts()).amendments).toBe(code.amendments.length - 1);

        expect((await store.writeDocument(code)).status).toBe('replaced');
        expect(await store.getAmendments([dropped.id])).toEqual([dropped]);
      });

      it(`answers from a snapshot taken before a replace ${snapshots === 'pinned' ? 'with the version of that moment' : 'with the latest version, call by call'}`, async () => {
        const dropped = code.amendments.at(-1) as Amendment;
        const before = store.snapshot();
        expect((await store.writeDocument({ ...code, amendments: code.amendments.slice(0, -1) })).status).toBe('replaced');
        const pinned = snapshots === 'pinned';
        expect(await before.getAmendments([dropped.id])).toEqual([pinned ? dropped : null]);
        expect((await before.counts()).amendments).toBe(code.amendments.length - (pinned ? 0 : 1));
        expect(await store.snapshot().getAmendments([dropped.id])).toEqual([null]);
        expect((await store.writeDocument(code)).status).toBe('replaced');
        expect(await store.snapshot().getAmendments([dropped.id])).toEqual([dropped]);
      });

      it('runs two concurrent writes of one document one after the other: one creates it, the other replaces it whole', async () => {
        const dropped = code.amendments.at(-1) as Amendment;
        const shorter: IngestedDocument = { ...code, amendments: code.amendments.slice(0, -1) };
        expect(await store.removeDocument(CODE_ID)).toBe(true);
        const results = await Promise.all([store.writeDocument(code), store.writeDocument(shorter)]);
        expect(results.map((r) => r.status).sort()).toEqual(['created', 'replaced']);
        // The version written last is stored, whole: its amendments, not a union of both.
        const last = results[0]?.status === 'replaced' ? code : shorter;
        expect((await store.counts()).amendments).toBe(last.amendments.length);
        expect(await store.getAmendments([dropped.id])).toEqual([last === code ? dropped : null]);
        expect((await store.writeDocument(code)).status).toBe(last === code ? 'unchanged' : 'replaced');
      });

      it('refuses a document with a duplicated provision, naming its file, and keeps the stored version', async () => {
        const broken: IngestedDocument = { ...code, provisions: [...code.provisions, code.provisions[5] as Provision] };
        await expect(store.writeDocument(broken)).rejects.toThrow(new RegExp(`${code.document.file}: provision .* occurs twice`));
        expect((await store.counts()).provisions).toBe(code.provisions.length);
        expect(await store.writeDocument(code)).toEqual({ documentId: CODE_ID, status: 'unchanged' });
      });

      it('keeps an act shared by two documents until neither names it', async () => {
        const law241 = code.acts.find((a) => a.id === LAW_241_ID);
        expect(law241).toBeDefined();
        const otherId = `${CODE_ID}-contract-copy`;
        const other = namingOnly(code, otherId, [{ ...(law241 as NonNullable<typeof law241>), title: null }]);
        expect((await store.writeDocument(other)).status).toBe('created');
        expect(await store.removeDocument(CODE_ID)).toBe(true);
        const [act] = await store.getActs([LAW_241_ID]);
        expect(act?.number).toBe('241-VIII');
        expect(await store.getProvisions([ART_4])).toEqual([null]);

        expect(await store.removeDocument(otherId)).toBe(true);
        expect(await store.getActs([LAW_241_ID])).toEqual([null]);
        expect(await store.removeDocument(otherId)).toBe(false);
        expect((await store.writeDocument(code)).status).toBe('created');
      });

      it('reads each document’s acts as that document listed them, unmerged, in its order', async () => {
        const law241 = code.acts.find((a) => a.id === LAW_241_ID) as NonNullable<(typeof code.acts)[number]>;
        // Sorting before the code, the copy's reading (no title) would win the merge if it had one; it has none, the code's wins.
        const otherId = '/akn/kz/act/code/2000-01-01/contract-copy';
        const untitled = { ...law241, title: null };
        const other = namingOnly(code, otherId, [untitled, { ...law241, id: `${LAW_241_ID}-other`, title: 'another act' }]);
        await store.writeDocument(other);
        expect((await store.getActs([LAW_241_ID]))[0]?.title).toBe(law241.title);
        const [ofCode, ofOther, none] = await store.actsOfDocuments([CODE_ID, otherId, 'no such document']);
        expect(ofCode).toEqual(code.acts);
        expect(ofOther).toEqual(other.acts);
        expect(none).toEqual([]);
      });
    });

    describe('lookups', () => {
      it('answers batch lookups in key order, with null for unknown ids', async () => {
        const found = await store.getProvisions([ART_23, 'no such id', ART_4]);
        expect(found.map((p) => p?.id ?? null)).toEqual([ART_23, null, ART_4]);
        expect(found[2]?.heading).toContain('негізгі ұғымдар'); // L866 "Осы Кодексте пайдаланылатын негізгі ұғымдар"
        const [doc, missing] = await store.getDocuments([CODE_ID, '/akn/kz/act/code/none']);
        expect(doc?.number).toBe('350-VI');
        expect(missing).toBeNull();
      });

      it('lists the children of article 4 by ordinal and its subparagraph 12 as repealed', async () => {
        const [children = []] = await store.childrenOf([ART_4]);
        expect(children.map((c) => c.parentId)).toEqual(children.map(() => ART_4));
        expect(children.map((c) => c.ordinal)).toEqual([...children.map((c) => c.ordinal)].sort((a, b) => a - b));
        const [part1 = []] = await store.childrenOf([provision('art_4__para_1')]);
        const point12 = part1.find((p) => p.id === ART_4_POINT_12);
        expect(point12?.status).toBe('repealed'); // L938 "12) … алып тасталды"
      });

      it('gives ancestors root first, ending with the article and its part', async () => {
        const [chain = [], none = []] = await store.ancestorsOf([ART_4_POINT_12, 'no such id']);
        expect(chain.map((p) => p.id).slice(-2)).toEqual([ART_4, provision('art_4__para_1')]);
        expect(chain[0]?.parentId).toBeNull();
        expect(chain.map((p) => p.type)).toEqual(expect.arrayContaining(['section', 'chapter'])); // L610–L613
        expect(none).toEqual([]);
      });

      it('lists the articles of the code in document order', async () => {
        const [articles = []] = await store.provisionsOfDocuments([CODE_ID], 'article');
        expect(articles.slice(0, 5).map((a) => a.num)).toEqual(['1', '2', '3', '4', '5']);
        expect(articles.map((a) => a.num)).toContain('15-1'); // L1487
        const [roots = []] = await store.rootsOfDocuments([CODE_ID]);
        expect(roots.every((r) => r.parentId === null)).toBe(true);
      });

      it('finds law 241-VIII by its number', async () => {
        const [byNumber = []] = await store.findActsByNumber(['241-VIII']);
        expect(byNumber.map((a) => a.id)).toEqual([LAW_241_ID]);
        expect(byNumber[0]?.date).toBe('2025-12-17');
      });
    });

    describe('amendments', () => {
      const isRepealOf12 = (a: Amendment): boolean =>
        a.targetId === ART_4_POINT_12 && a.actId === LAW_241_ID && a.action === 'repealed' && a.effectiveFrom === '2026-01-01';

      it('includes the repeal of subparagraph 12 by law 241-VIII from 2026-01-01 among article 4 amendments', async () => {
        const [amendments = []] = await store.amendmentsOfProvisions([ART_4]);
        expect(amendments.some(isRepealOf12)).toBe(true); // L938–L940
        const inside = await store.ancestorsOf(amendments.flatMap((a) => (a.targetId ? [a.targetId] : [])));
        amendments.forEach((a, i) => {
          expect(a.targetId === ART_4 || inside[i]?.some((p) => p.id === ART_4)).toBe(true);
        });
      });

      it('orders amendments oldest first by act date', async () => {
        const [amendments = []] = await store.amendmentsOfProvisions([ART_4]);
        const acts = await store.getActs(amendments.map((a) => a.actId));
        const dates = acts.map((a) => a?.date ?? '9999');
        expect(dates).toEqual([...dates].sort());
      });

      it('lists what law 241-VIII changed, all made by it', async () => {
        const [amendments = []] = await store.amendmentsOfActs([LAW_241_ID]);
        expect(amendments.some(isRepealOf12)).toBe(true);
        expect(new Set(amendments.map((a) => a.actId))).toEqual(new Set([LAW_241_ID]));
        expect(amendments.length).toBe(code.amendments.filter((a) => a.actId === LAW_241_ID).length);
      });

      it('filters by effective date range and pages through the result without gaps or repeats', async () => {
        const filter = { effectiveFrom: { from: '2026-01-01', to: '2026-01-01' } };
        const all = await store.findAmendments(filter, { first: 100 });
        expect(all.items.some(isRepealOf12)).toBe(true);
        expect(all.items.every((a) => a.effectiveFrom === '2026-01-01')).toBe(true);
        expect(all.totalCount).toBe(code.amendments.filter((a) => a.effectiveFrom === '2026-01-01').length);

        const paged: Amendment[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 100; guard++) {
          const page = await store.findAmendments(filter, { first: 7, after });
          paged.push(...page.items);
          expect(page.totalCount).toBe(all.totalCount);
          if (!page.hasNextPage) break;
          after = page.items.at(-1)?.id ?? null;
        }
        expect(paged.map((a) => a.id)).toEqual(all.items.slice(0, paged.length).map((a) => a.id));
        expect(paged.length).toBe(Math.min(all.totalCount, 100));
      });

      it('combines filters: repeals by law 241-VIII inside article 4', async () => {
        const page = await store.findAmendments({ actId: LAW_241_ID, action: 'repealed', targetId: ART_4 }, { first: 100 });
        expect(page.items.some(isRepealOf12)).toBe(true);
        expect(page.items.every((a) => a.action === 'repealed' && a.actId === LAW_241_ID)).toBe(true);
      });

      it('counts the amendments of a filter by year of the effective date and by act, as the ingest found them', async () => {
        const expected = (amendments: readonly Amendment[]) => {
          const years = new Map<string | null, number>();
          const acts = new Map<string, number>();
          for (const a of amendments) {
            years.set(a.effectiveFrom?.slice(0, 4) ?? null, (years.get(a.effectiveFrom?.slice(0, 4) ?? null) ?? 0) + 1);
            acts.set(a.actId, (acts.get(a.actId) ?? 0) + 1);
          }
          return { total: amendments.length, years, acts };
        };
        for (const [filter, amendments] of [
          [{}, code.amendments],
          [{ documentId: CODE_ID }, code.amendments],
          [{ actId: LAW_241_ID }, code.amendments.filter((a) => a.actId === LAW_241_ID)],
          [{ effectiveFrom: { from: '2026-01-01', to: '2026-12-31' } }, code.amendments.filter((a) => a.effectiveFrom?.startsWith('2026'))],
        ] as const) {
          const tally = await store.tallyAmendments(filter);
          const { total, years, acts } = expected(amendments);
          expect(tally.total).toBe(total);
          expect(new Map(tally.byYear.map((y) => [y.year, y.count]))).toEqual(years);
          expect(new Map(tally.byAct.map((a) => [a.actId, a.count]))).toEqual(acts);
          // Years ascending, the undated last; acts most first.
          const dated = tally.byYear.filter((y) => y.year !== null).map((y) => y.year);
          expect(dated).toEqual([...dated].sort());
          expect(tally.byYear.findIndex((y) => y.year === null)).toBe(years.has(null) ? tally.byYear.length - 1 : -1);
          expect(tally.byAct.map((a) => a.count)).toEqual(tally.byAct.map((a) => a.count).sort((x, y) => y - x));
        }
        const all = await store.tallyAmendments({});
        expect(all.total).toBeGreaterThan(200);
        expect(all.byYear.length).toBeGreaterThan(3);
        expect(all.byAct.length).toBeGreaterThan(10);
        expect(await store.tallyAmendments({ actId: 'no-such-act' })).toEqual({ total: 0, byYear: [], byAct: [] });
      });

      it('rejects a page larger than 100', async () => {
        await expect(store.findAmendments({}, { first: 101 })).rejects.toThrow(/first/);
      });

      it('ranks the most amended articles by the size of their amendment history, ties in document order', async () => {
        const top = await store.mostAmended({ documentId: CODE_ID, type: 'article' }, 5);
        // `ҚР Заңымен` (by the Law of the RK), once per change, within each article: 11 in article 4 (L866–L1198),
        // 10 in 169 (L9495–L9608), 9 in 3 (L709–L865) and in 168 (L9330–L9494), 8 in 73 (L4871–L5005; L5006 is 74's)
        expect(top.map((t) => [t.provision.num, t.count])).toEqual([
          ['4', 11],
          ['169', 10],
          ['3', 9],
          ['168', 9],
          ['73', 8],
        ]);
        const histories = await store.amendmentsOfProvisions(top.map((t) => t.provision.id));
        expect(histories.map((h) => h.length)).toEqual(top.map((t) => t.count));
        expect(top.every((t) => t.provision.type === 'article')).toBe(true);
      });
      it('lets an effectiveFrom range exclude undated amendments, include them, or compare their act date', async () => {
        const range = { from: '2021-01-01', to: '2022-12-31' };
        const actDate = new Map(code.acts.map((a) => [a.id, a.date]));
        const inRange = (d: string | null | undefined) => d != null && d >= range.from && d <= range.to;
        const undated = code.amendments.filter((a) => a.effectiveFrom === null);
        expect(undated.length).toBeGreaterThan(0);
        const dated = code.amendments.filter((a) => inRange(a.effectiveFrom)).length;
        const count = async (undatedRule?: 'exclude' | 'include' | 'actDate') =>
          (await store.findAmendments({ effectiveFrom: range, undated: undatedRule }, { first: 1 })).totalCount;
        expect(await count()).toBe(dated);
        expect(await count('exclude')).toBe(dated);
        expect(await count('include')).toBe(dated + undated.length);
        const byActDate = undated.filter((a) => inRange(actDate.get(a.actId)));
        expect(byActDate.length).toBeGreaterThan(0);
        expect(await count('actDate')).toBe(dated + byActDate.length);
        // The rule changes nothing without a range, and combines with the other filters.
        expect((await store.findAmendments({ undated: 'include' }, { first: 1 })).totalCount).toBe(code.amendments.length);
        const oneAct = byActDate[0]!.actId;
        const ofAct = await store.findAmendments({ actId: oneAct, effectiveFrom: range, undated: 'actDate' }, { first: 100 });
        expect(ofAct.items.map((a) => a.id).sort()).toEqual(
          code.amendments
            .filter((a) => a.actId === oneAct && inRange(a.effectiveFrom ?? actDate.get(a.actId)))
            .map((a) => a.id)
            .sort(),
        );
      });

      it('ranks the most amended articles by the amendments of one act or one period only', async () => {
        const byAct = await store.mostAmended({ documentId: CODE_ID, type: 'article', actId: LAW_241_ID }, 100);
        const ofAct = code.amendments.filter((a) => a.actId === LAW_241_ID);
        const articleOf = (id: string | null) => /\/~(art_[^_]+)/.exec(id ?? '')?.[1];
        const expected = new Map<string, number>();
        for (const a of ofAct) {
          const article = articleOf(a.targetId);
          if (article) expected.set(article, (expected.get(article) ?? 0) + 1);
        }
        expect(byAct.length).toBe(expected.size);
        for (const t of byAct) expect(t.count).toBe(expected.get(t.provision.eId));
        expect(byAct.map((t) => t.count)).toEqual([...byAct.map((t) => t.count)].sort((a, b) => b - a));

        const period = { from: '2026-01-01', to: '2026-12-31' };
        const inPeriod = await store.mostAmended({ type: 'article', effectiveFrom: period }, 3);
        const [histories = []] = [await store.amendmentsOfProvisions(inPeriod.map((t) => t.provision.id))];
        expect(inPeriod.map((t) => t.count)).toEqual(
          histories.map(
            (h) => h.filter((a) => a.effectiveFrom !== null && a.effectiveFrom >= period.from && a.effectiveFrom <= period.to).length,
          ),
        );
        expect(inPeriod[0]!.count).toBeGreaterThan(0);
      });

      it('ranks the most cited articles by the citations pointing into them, ties in document order', async () => {
        const top = await store.mostCited({ documentId: CODE_ID, type: 'article' }, 10);
        // Counted here from the ingested citations: an article's subtree is its eId and every eId below it.
        const articles = code.provisions.filter((p) => p.type === 'article');
        const counts = articles
          .map((p, order) => ({
            eId: p.eId,
            order,
            count: code.citations.filter((c) => c.targetId === p.id || c.targetId?.startsWith(`${p.id}__`)).length,
          }))
          .filter((c) => c.count > 0)
          .sort((a, b) => b.count - a.count || a.order - b.order);
        expect(top.map((t) => [t.provision.eId, t.count])).toEqual(counts.slice(0, 10).map((c) => [c.eId, c.count]));
        const cited = await store.citationsTo(top.map((t) => t.provision.id));
        expect(cited.map((c) => c.length)).toEqual(top.map((t) => t.count));
        expect(await store.mostCited({ documentId: '/akn/kz/act/code/none' }, 5)).toEqual([]);
      });
    });

    describe('what a whole document cites, mentions and doubts', () => {
      it("lists every citation of the code in text order: its top-level provisions' citations one after another", async () => {
        const [references = [], unknown] = await store.citationsOfDocuments([CODE_ID, '/akn/kz/act/code/none']);
        expect(unknown).toEqual([]);
        expect(references).toHaveLength(code.citations.length);
        const [roots = []] = await store.rootsOfDocuments([CODE_ID]);
        const byRoot = await store.citationsFrom(roots.map((r) => r.id));
        expect(references.map((c) => c.id)).toEqual(byRoot.flat().map((c) => c.id));
        // L1809–L1811: article 23 part 2 cites 22-бабы … 8) тармақшасын, then 22-бабында
        const fromArt23 = references.filter((c) => c.sourceId === provision('art_23__para_2'));
        expect(fromArt23.map((c) => c.targetId)).toEqual([provision('art_22__para_2__point_8'), ART_22]);
      });

      it("lists the code's plain act mentions in text order, the Civil Procedure Code at line 658 among them", async () => {
        const [mentions = [], unknown] = await store.mentionsOfDocuments([CODE_ID, '/akn/kz/act/code/none']);
        expect(unknown).toEqual([]);
        expect(new Set(mentions.map((m) => m.id))).toEqual(new Set(code.mentions.map((m) => m.id)));
        const position = new Map(code.provisions.map((p, i) => [p.id, i]));
        const keys = mentions.map((m) => [position.get(m.sourceId) ?? -1, Number(/(\d+)$/.exec(m.id)?.[1])] as const);
        keys.slice(1).forEach(([pos, n], i) => {
          const [prevPos, prevN] = keys[i] ?? [0, 0];
          expect(pos > prevPos || (pos === prevPos && n > prevN)).toBe(true);
        });
        // L658–L659: "… Қазақстан Республикасы Азаматтық процестік кодексінің …" (article 1, part 3)
        const civil = mentions.find((m) => m.actId === CPC);
        expect(civil?.source.startLine).toBe(658);
        expect(civil?.raw).toMatch(/Азаматтық процестік кодекс/);
        const [ofAct = []] = await store.mentionsOfActs([CPC]);
        expect(ofAct.map((m) => m.id)).toContain(civil?.id);
        expect(ofAct.every((m) => m.actId === CPC)).toBe(true);
      });

      it('keeps the ingest diagnostics with the document: the seven effective-before-act warnings with their lines', async () => {
        const [diagnostics = [], unknown] = await store.diagnosticsOfDocuments([CODE_ID, '/akn/kz/act/code/none']);
        expect(unknown).toEqual([]);
        expect(diagnostics).toEqual(code.diagnostics);
        const early = diagnostics.filter((d) => d.rule === 'amendment-effective-before-act');
        expect(early.map((d) => d.line)).toEqual(EFFECTIVE_BEFORE_ACT_LINES);
        for (const d of early) {
          expect(d).toMatchObject({ file: code.document.file, fatal: false });
          expect(d.reason).toMatch(/2025-01-01.*2025-03-15/);
        }
      });

      it('replaces the diagnostics with the document that carries them', async () => {
        expect((await store.writeDocument({ ...code, diagnostics: [] })).status).toBe('replaced');
        expect(await store.diagnosticsOfDocuments([CODE_ID])).toEqual([[]]);
        expect((await store.writeDocument(code)).status).toBe('replaced');
        expect(await store.diagnosticsOfDocuments([CODE_ID])).toEqual([code.diagnostics]);
      });
    });

    describe('defined terms', () => {
      it('lists the terms the code defines in document order, the definitions article first', async () => {
        const [terms = [], unknown] = await store.termsOfDocuments([CODE_ID, '/akn/kz/act/code/none']);
        expect(unknown).toEqual([]);
        expect(terms).toEqual(code.terms);
        // 4-бап 1) арыз (line 869): the first of the 44 subparagraphs that define a term
        expect(terms[0]).toMatchObject({ term: 'арыз', definitionId: provision('art_4__para_1__point_1') });
      });

      it('gives the terms each provision defines: one for a subparagraph of article 4, none for the repealed 12) or an unknown id', async () => {
        const [point4, point12, article, unknown] = await store.termsDefinedBy([
          provision('art_4__para_1__point_4'),
          ART_4_POINT_12,
          ART_4,
          provision('art_999'),
        ]);
        // line 891: `4) әкімшілік акт - …`
        expect(point4?.map((t) => t.term)).toEqual(['әкімшілік акт']);
        expect([point12, article, unknown]).toEqual([[], [], []]);
      });

      it('drops the terms of a replaced document that no longer defines them', async () => {
        const [first, ...rest] = code.terms;
        expect((await store.writeDocument({ ...code, terms: rest })).status).toBe('replaced');
        expect(await store.termsDefinedBy([first?.definitionId ?? ''])).toEqual([[]]);
        expect((await store.termsOfDocuments([CODE_ID]))[0]).toHaveLength(code.terms.length - 1);
      });

      it('refuses a term whose defining provision the document lacks, naming the file', async () => {
        const [first] = code.terms;
        const stray = { ...code, terms: [{ ...(first as Term), definitionId: provision('art_999') }] };
        await expect(store.writeDocument(stray)).rejects.toThrow(/code-appc.*term .* unknown provision/);
        expect(await store.termsOfDocuments([CODE_ID])).toEqual([code.terms]);
      });
    });

    describe('citations and traversal', () => {
      it('lists the reference from article 23 among those citing article 22', async () => {
        const [citedBy = []] = await store.citationsTo([ART_22]);
        // L1810–L1812: "осы Кодекстің 22-бабы екінші бөлігінің 8) тармақшасын … 22-бабында"
        const fromArt23 = citedBy.filter((c) => c.sourceId.startsWith(`${ART_23}__`) || c.sourceId === ART_23);
        expect(fromArt23.length).toBeGreaterThanOrEqual(2);
        const [made = []] = await store.citationsFrom([ART_23]);
        expect(made.map((c) => c.id)).toEqual(expect.arrayContaining(fromArt23.map((c) => c.id)));
      });

      it('gives citations in text order', async () => {
        const [made = []] = await store.citationsFrom([provision('art_23__para_2')]);
        const numbers = made.map((c) => Number(/(\d+)$/.exec(c.id)?.[1]));
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(made[0]?.ref.subparagraph).toBe('8'); // the first reference names subparagraph 8)
      });

      it('returns a connected depth-3 citation subgraph without duplicates', async () => {
        const graph = (await store.citationGraph(ART_23, 'both', 3)) as CitationSubgraph;
        expect(graph.nodes[0]?.id).toBe(ART_23);
        expectConnectedWithoutDuplicates(graph);
        expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([provision('art_22__para_2__point_8')]));
      });

      it('returns null for a traversal from an unknown provision and rejects a depth above 5', async () => {
        expect(await store.citationGraph('no such id', 'out', 1)).toBeNull();
        await expect(store.citationGraph(ART_23, 'out', 6)).rejects.toThrow(/depth/);
      });

      it('finds the one-hop path from article 23 to article 22, and none back', async () => {
        const path = (await store.citationPath(ART_23, ART_22, 4)) as Provision[];
        expect(path).toHaveLength(2);
        expect(path[0]?.id).toBe(ART_23);
        expect(path[1]?.id.startsWith(ART_22)).toBe(true);
        expect((await store.citationPath(ART_22, ART_22, 1))?.map((p) => p.id)).toEqual([ART_22]);
      });

      it('of equally short paths, takes the first citation in text order', async () => {
        // L1809–L1811: part 2 of article 23 cites "22-бабы … 8) тармақшасын" before "22-бабында":
        // both reach article 22 in one hop, and the path goes through the first.
        const path = await store.citationPath(provision('art_23__para_2'), ART_22, 5);
        expect(path?.map((p) => p.id)).toEqual([provision('art_23__para_2'), provision('art_22__para_2__point_8')]);
      });
    });
  });
}

/** The parts of a subgraph the connectivity check reads (ids only), so API answers fit too. */
export interface SubgraphIds {
  nodes: { id: string }[];
  edges: { fromId: string; toId: string; citation: { id: string } }[];
}

/** No node or edge twice, every edge between nodes, every node reachable from the first. */
export function expectConnectedWithoutDuplicates(graph: SubgraphIds): void {
  const ids = graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const edgeKeys = graph.edges.map((e) => `${e.citation.id} ${e.fromId} ${e.toId}`);
  expect(new Set(edgeKeys).size).toBe(edgeKeys.length);
  const nodes = new Set(ids);
  for (const e of graph.edges) {
    expect(nodes.has(e.fromId)).toBe(true);
    expect(nodes.has(e.toId)).toBe(true);
  }
  const reached = new Set(ids.slice(0, 1));
  for (let grew = true; grew;) {
    grew = false;
    for (const e of graph.edges) {
      if (reached.has(e.fromId) !== reached.has(e.toId)) {
        reached.add(e.fromId).add(e.toId);
        grew = true;
      }
    }
  }
  expect(reached.size).toBe(ids.length);
}
