import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCitations, findReferences, resolveReferences } from '../../ingest/citations/index.ts';
import { createCorpusLookup } from '../../ingest/index.ts';
import { provisionId } from '../../model/index.ts';
import { readManifest } from '../../ingest/manifest.ts';
import { spanAt } from '../../ingest/normalize.ts';
import type { CitationSite, CorpusLookup, Place } from '../../ingest/stages.ts';
import { CODE_ID, corpusDir, raw as codeRaw, result as segmented } from './code-fixture.ts';
import { CODE, joined } from './citations-fixture.ts';
import { CPC } from '../acts.ts';

const documents = await readManifest(fileURLToPath(corpusDir));
/** A corpus holding only the code, and in it only the provisions named here. */
const KNOWN = ['art_22__para_2__point_8', 'art_32__para_8', 'art_53__para_9', 'art_102__para_3', 'art_103', 'chp_25'];
const lookup: CorpusLookup = {
  provision: (documentId, eId) => (documentId === CODE_ID && KNOWN.includes(eId) ? provisionId(documentId, eId) : null),
  documentOfAct: (actId) => (actId === CODE_ID ? CODE_ID : null),
};

const NOWHERE: Place = { section: null, chapter: null, article: null, part: null, subparagraph: null };
function site(eId: string, place: Partial<Place>, lines: [number, number]): CitationSite {
  return {
    documentId: CODE_ID,
    documentActId: CODE_ID,
    provisionId: provisionId(CODE_ID, eId),
    type: 'part',
    place: { ...NOWHERE, ...place },
    text: joined(CODE, ...lines),
  };
}
function resolve(s: CitationSite) {
  return resolveReferences(findReferences(s.text.text), s, lookup);
}

describe('resolveReferences', () => {
  it('resolves осы Кодекстің 22-бабы екінші бөлігінің 8) тармақшасын to its subparagraph node', () => {
    const s = site('art_56__para_2', { article: '56', part: '2' }, [1809, 1809]);
    const { citations } = resolve(s);
    expect(citations).toHaveLength(1);
    expect(citations[0]).toMatchObject({
      id: `${s.provisionId}/!citation_1`,
      targetActId: CODE_ID,
      targetId: `${CODE_ID}/~art_22__para_2__point_8`,
      resolved: true,
      unresolvedReason: null,
      raw: 'осы Кодекстің 22-бабы екінші бөлігінің 8) тармақшасын',
      ref: { section: null, chapter: null, article: '22', part: '2', subparagraph: '8', paragraph: null },
    });
    expect(citations[0]?.source).toMatchObject({ file: CODE, startLine: 1809, endLine: 1809 });
  });

  it('fills a relative reference from the place it stands in (article 32, part 7 cites its part 8)', () => {
    const { citations } = resolve(site('art_32__para_7', { article: '32', part: '7' }, [2367, 2367]));
    expect(citations.map((c) => [c.ref.article, c.ref.part, c.targetId])).toEqual([['32', '8', `${CODE_ID}/~art_32__para_8`]]);
  });

  it('resolves the first абзац of a part to the part itself, whose own text it is', () => {
    const { citations } = resolve(site('art_53__para_9', { article: '53', part: '9' }, [3863, 3865]));
    expect(citations.map((c) => [c.ref.paragraph, c.targetId])).toEqual([['1', `${CODE_ID}/~art_53__para_9`]]);
  });

  it('numbers the targets of one governing phrase in text order and says why the missing ones are unresolved', () => {
    const s = site('art_107__para_1', { article: '107', part: '1' }, [6827, 6831]);
    const { citations } = resolve(s);
    expect(citations.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${s.provisionId}/!citation_${n}`));
    expect(citations.map((c) => c.resolved)).toEqual([true, true, false, false, false, true]);
    expect(citations[2]?.unresolvedReason).toBe(`no such provision in ${CODE_ID}: art_105__para_1`);
  });

  it('leaves a citation of an act outside the corpus unresolved, and names the act', () => {
    const { citations, acts } = resolve(site('art_105__para_3', { article: '105', part: '3' }, [6714, 6716]));
    expect(citations.map((c) => [c.targetActId, c.resolved, c.unresolvedReason])).toEqual([[CPC, false, 'act not in corpus']]);
    expect(acts.map((a) => [a.id, a.kind, a.number, a.documentId])).toEqual([[CPC, 'code', '377-V', null]]);
  });

  it('turns a named act without a provision into a mention', () => {
    const s = site('art_4__para_1', { article: '4', part: '1' }, [6986, 6986]);
    const { citations, mentions } = resolve(s);
    expect(citations).toEqual([]);
    expect(mentions.map((m) => [m.id, m.actId, m.raw])).toEqual([
      [`${s.provisionId}/!mention_1`, CPC, 'Қазақстан Республикасының Азаматтық процестік кодексінде'],
    ]);
  });

  it('creates one stub act per «title», and keeps a reference with no enclosing unit as a diagnostic', () => {
    const stubs = resolve(site('art_1', { article: '1' }, [9012, 9014])).acts;
    expect(stubs.map((a) => a.id)).toEqual(['/akn/kz/act/unknown/республикалық-референдум-туралы']);
    const outside = resolve(site('art_1', {}, [2367, 2367]));
    expect(outside.citations.map((c) => c.resolved)).toEqual([false]);
    expect(outside.diagnostics.map((d) => [d.rule, d.line, d.fatal])).toEqual([['citation-relative', 2367, false]]);
  });
});

describe('the whole code', () => {
  const ANCHOR = /(?<!\p{L})осы\s+Кодекстің/giu;
  // docs/formats.md C19: the nine anchors that name no provision, by the raw line where each stands.
  const NON_STRUCTURAL = [687, 693, 695, 830, 836, 1186, 1269, 6150, 7810];

  it('finds a reference after 60 of the 69 осы Кодекстің anchors; the other 9 name no provision', () => {
    let anchors = 0;
    const without: number[] = [];
    for (const s of segmented.sites) {
      const found = findReferences(s.text.text);
      for (const m of s.text.text.matchAll(ANCHOR)) {
        anchors += 1;
        if (!found.some((r) => r.start === m.index && r.chains.length > 0)) without.push(spanAt(s.text, m.index, m.index + 1).startLine);
      }
    }
    expect(anchors).toBe(69);
    expect(without.sort((a, b) => a - b)).toEqual(NON_STRUCTURAL);
  });

  const all = extractCitations(segmented.sites, createCorpusLookup(documents, segmented.provisions));

  it('resolves every citation of the code to one of its own provisions', () => {
    const own = all.citations.filter((c) => c.targetActId === CODE_ID);
    expect(own.length).toBeGreaterThan(150);
    expect(own.filter((c) => !c.resolved).map((c) => `${c.source.startLine} ${c.raw}: ${c.unresolvedReason}`)).toEqual([]);
  });

  it('places every citation at its words in the raw file', () => {
    for (const c of [...all.citations, ...all.mentions]) {
      const firstWord = c.raw.split(' ')[0] ?? '';
      expect(codeRaw.slice(c.source.startOffset, c.source.startOffset + firstWord.length), c.id).toBe(firstWord);
    }
  });

  it('gives citation ids that are unique and numbered from 1 within each provision', () => {
    const ids = all.citations.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of all.citations) expect(c.id.startsWith(`${c.sourceId}/!citation_`)).toBe(true);
    expect(all.diagnostics).toEqual([]);
  });
});
