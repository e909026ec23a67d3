/**
 * Search documents: the units a search returns, at the level analysts read.
 * - In a code, one per article: its heading, and its own text and every part, subparagraph and
 *   paragraph below it as passages (snippets are cut from the passage that matches). And one per
 *   repealed part or subparagraph (its text gone), whose passage is the note that repealed it.
 * - In the other kinds (laws, policy papers, articles, textbooks), one per provision that carries
 *   text, the nearest heading above it standing as its heading.
 * - In a code or a law, one per subparagraph of the definitions article, headed by the term it defines, so a query
 *   naming a defined term finds its definition ahead of the dozens of provisions that use the term (under the
 *   definitions article's heading, which every definition shares, the term alone ranked it low).
 * Every search document carries the document id and kind, the chapter number and the
 * section/chapter headings above it, the status, the provision id, its language and the date of its last amendment.
 * A document's wordings in another language (an act's Russian text, aligned by eId) are cut into search documents
 * the same way, under the same provision ids: a hit in either language is the same provision.
 * Engine-neutral: every adapter indexes these.
 */
import type { Act, Amendment, Document, DocumentKind, Provision, ProvisionStatus, SourceSpan, Term, Wording } from '../model/index.ts';
import { parseProvisionId } from '../model/index.ts';
import { DEFINING_UNITS, DEFINITIONS_HEADING, definedTermOf, shortFormOf, termsOfUnit } from '../text/index.ts';
import { contentTerms, type TextAnalyzer } from './analyzer/index.ts';
import type { IndexableDocument } from './port.ts';

/** A piece of text a snippet can be cut from, with the provision it belongs to. */
export interface Passage {
  provisionId: string;
  text: string;
}

export interface SearchDocument {
  /** The provision id, which is also the search document's id */
  id: string;
  documentId: string;
  kind: DocumentKind;
  eId: string;
  /** Language of the text (`kk`, `ru`): the document's own, or a translation's */
  language: string;
  /** Whether the text is a wording in another language than the document's own (its key then names the language) */
  translation?: boolean;
  status: ProvisionStatus;
  /**
   * ISO date of the latest amendment of the provision or anything inside it (an article's parts and
   * subparagraphs): the effective date, else the amending act's date; null if never amended
   */
  lastAmended: string | null;
  /** Number of the enclosing chapter (тарау, or a textbook topic), if any */
  chapter: string | null;
  /** Headings of the enclosing sections and chapters, outermost first */
  path: string[];
  heading: string;
  /**
   * Whether the heading is that of a provision above (outside codes a paragraph takes the nearest
   * heading above it) rather than the search document's own
   */
  headingInherited: boolean;
  /** Whether this is a definition, headed by the term it defines (absent in indexes written before definitions were) */
  definition?: boolean;
  /**
   * Terms its passages define in a sentence (`… дегеніміз – …`, `… деп түсініледі`), or for a definition the short
   * form it introduces (`бұдан әрі – …`), when any
   */
  definedTerms?: string[];
  passages: Passage[];
  source: SourceSpan;
}

/** Provision types that group content rather than hold it: their headings feed the `path` of what lies below. */
const CONTAINERS = new Set<Provision['type']>(['section', 'chapter', 'topic']);
const CHAPTERS = new Set<Provision['type']>(['chapter', 'topic']);

/** The body of a search document (its passages joined), the field engines index beside the heading. */
export function bodyText(doc: SearchDocument): string {
  return doc.passages.map((p) => p.text).join('\n');
}

/** A search document's key among every language's: its provision id, with the language for a translation. */
export function searchDocumentKey(doc: Pick<SearchDocument, 'id' | 'language' | 'translation'>): string {
  return doc.translation ? `${doc.id}@${doc.language}` : doc.id;
}

/**
 * The newest wording of each provision in one language, as provisions of the same ids, in document order: the tree
 * the search documents of that language are cut from. The newest, not only the one in force: a translation is often
 * published later than the Kazakh text (the code's Russian text held is of 2024, its Kazakh of 2026), and a Russian
 * reader is better served by the provision's last Russian wording than by no Russian hit at all.
 * Every hit must be a provision of the graph, and a translation of another version may split a provision this one
 * holds whole (an unnumbered paragraph more): such a wording's text joins the nearest provision above it the
 * document holds, so no Russian word is lost to search.
 */
function provisionsOfWordings(wordings: readonly Wording[], language: string, held: ReadonlySet<string>): Provision[] {
  const newest = new Map<string, Wording>();
  for (const w of wordings) {
    const seen = newest.get(w.provisionId);
    if (w.language === language && (seen === undefined || w.validFrom > seen.validFrom)) newest.set(w.provisionId, w);
  }
  // Map keeps first insertion order: wordings come in document order, so the provisions do too.
  const current = [...newest.values()];
  const parentOf = new Map(current.map((w) => [w.provisionId, w.parentId]));
  const kept = new Map<string, Provision>();
  for (const w of current) {
    const eId = parseProvisionId(w.provisionId)?.eId;
    if (eId !== undefined && held.has(w.provisionId)) {
      const { provisionId: id, documentId, parentId, ordinal, type, num, heading, text, status, source } = w;
      kept.set(id, { id, eId, documentId, parentId, ordinal, type, num, heading, text, status, source });
      continue;
    }
    let above = w.parentId;
    while (above !== null && !kept.has(above)) above = parentOf.get(above) ?? null;
    const host = above === null ? undefined : kept.get(above);
    if (host && w.text) host.text = host.text ? `${host.text}\n${w.text}` : w.text;
  }
  return [...kept.values()];
}

/** Every search document of a document: its own text's, then those of its current wordings in each other language. */
export function buildSearchDocuments({
  document,
  provisions,
  wordings = [],
  amendments = [],
  acts = [],
  terms = [],
}: IndexableDocument): SearchDocument[] {
  const others = [...new Set(wordings.map((w) => w.language))].filter((l) => l !== document.language);
  const held = new Set(provisions.map((p) => p.id));
  // Each language's passages define that language's terms (the Russian terms paired with the Kazakh ones, ingest/term-pairs.ts).
  const termsIn = (language: string) => terms.filter((t) => t.language === language);
  return [
    ...searchDocumentsOf(document, provisions, document.language, false, { amendments, acts, terms: termsIn(document.language) }),
    ...others.flatMap((language) =>
      searchDocumentsOf(document, provisionsOfWordings(wordings, language, held), language, true, {
        amendments,
        acts,
        terms: termsIn(language),
      }),
    ),
  ];
}

/** What a document's search documents carry besides its text: its amendments with their acts, and the terms it defines. */
interface DocumentContext {
  amendments: readonly Amendment[];
  acts: readonly Act[];
  terms: readonly Term[];
}

/** The search documents of one language's text; `terms`, those its provisions define (in the document's own language). */
function searchDocumentsOf(
  document: Document,
  provisions: readonly Provision[],
  language: string,
  translation: boolean,
  { amendments, acts, terms }: DocumentContext,
): SearchDocument[] {
  // The repeal notes are in the document's own language: a translation's repealed units have none.
  const repealNotes = translation ? [] : amendments;
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const lastAmended = latestAmendments(byId, amendments, acts);
  const termsBy = new Map<string, string[]>();
  for (const t of terms) termsBy.set(t.definitionId, [...(termsBy.get(t.definitionId) ?? []), t.term]);
  /** The terms a search document's passages define, set only where there are some (the index file stays as it was elsewhere). */
  const withTerms = (sd: SearchDocument): SearchDocument => {
    const defined = sd.definition ? [] : sd.passages.flatMap((p) => termsBy.get(p.provisionId) ?? []);
    return defined.length > 0 ? { ...sd, definedTerms: defined } : sd;
  };
  const ancestors = (p: Provision): Provision[] => {
    const chain: Provision[] = [];
    for (let at = p.parentId ? byId.get(p.parentId) : undefined; at; at = at.parentId ? byId.get(at.parentId) : undefined)
      chain.unshift(at);
    return chain;
  };
  const base = (p: Provision, heading: string, passages: Passage[], headingInherited = false): SearchDocument => {
    const above = ancestors(p);
    return {
      id: p.id,
      documentId: document.id,
      kind: document.kind,
      eId: p.eId,
      language,
      ...(translation ? { translation } : {}),
      status: p.status,
      lastAmended: lastAmended.get(p.id) ?? null,
      chapter: above.filter((a) => CHAPTERS.has(a.type)).at(-1)?.num ?? null,
      path: above.filter((a) => CONTAINERS.has(a.type) && a.heading).map((a) => a.heading ?? ''),
      heading,
      headingInherited,
      passages,
      source: p.source,
    };
  };

  const articleOf = (p: Provision): Provision | undefined => ancestors(p).find((a) => a.type === 'article');
  /** The term a unit of a definitions article defines: its search document is headed by it */
  const termOf = (p: Provision): string | null => {
    const article = articleOf(p);
    return DEFINING_UNITS.has(p.type) && article && DEFINITIONS_HEADING.test(article.heading ?? '') ? definedTermOf(p.text) : null;
  };
  // A definition also names the short form it introduces (`(бұдан әрі – бітімгершілік операция)`, "hereinafter:
  // peacekeeping operation"): the act uses that, and so do analysts.
  const definitions = provisions.flatMap((p) => {
    const term = termOf(p);
    const shortForm = term ? shortFormOf(p.text) : null;
    return term
      ? [{ ...base(p, term, [{ provisionId: p.id, text: p.text }]), definition: true, ...(shortForm ? { definedTerms: [shortForm] } : {}) }]
      : [];
  });
  const defined = new Set(definitions.map((d) => d.id));

  if (document.kind === 'code') {
    const passagesOf = new Map<string, Passage[]>();
    for (const p of provisions) {
      const article = p.type === 'article' ? p : articleOf(p);
      // A definition is searched as its own document, not again inside the definitions article.
      if (!article || !p.text || defined.has(p.id)) continue;
      const list = passagesOf.get(article.id) ?? [];
      list.push({ provisionId: p.id, text: p.text });
      passagesOf.set(article.id, list);
    }
    const articles = provisions.filter((p) => p.type === 'article');
    return [
      ...articles.map((a) => withTerms(base(a, a.heading ?? '', passagesOf.get(a.id) ?? repealNote(a, repealNotes)))),
      ...definitions,
      // A repealed unit inside an article has no text left to join its article's passages: it is searched on its
      // own, with the status REPEALED its article lacks, under its article's heading, by its repeal note.
      ...provisions
        .filter((p) => p.type !== 'article' && p.status === 'repealed' && !p.text && articleOf(p))
        .map((p) => base(p, articleOf(p)?.heading ?? '', repealNote(p, repealNotes), true)),
    ];
  }

  // Outside codes a heading node is a search document too (a topic title is what some queries name).
  const searched = provisions.filter((p) => p.text || (p.heading && !CONTAINERS.has(p.type)));
  // The first passage under a numbered section heading (`2. … жіктелуі.`) is what the heading
  // introduces: it carries the heading as its own, the passages after it as inherited context.
  const opening = new Set<string>();
  const seenParents = new Set<string>();
  for (const p of searched) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    if (!parent || seenParents.has(parent.id)) continue;
    seenParents.add(parent.id);
    if (parent.type === 'section' && parent.num !== null && parent.heading && !p.heading && p.text) opening.add(p.id);
  }
  return [
    ...searched
      .filter((p) => !defined.has(p.id))
      .map((p) => {
        const heading =
          p.heading ??
          ancestors(p)
            .reverse()
            .find((a) => a.heading)?.heading ??
          '';
        return withTerms(base(p, heading, p.text ? [{ provisionId: p.id, text: p.text }] : [], !p.heading && !opening.has(p.id)));
      }),
    ...definitions,
  ];
}

/** A repealed provision's passage: the notes that repealed it (its number and `алып тасталды`), none when it has text or no note. */
function repealNote(p: Provision, amendments: readonly Amendment[]): Passage[] {
  if (p.status !== 'repealed' || p.text) return [];
  const notes = amendments.filter((a) => a.targetId === p.id && a.action === 'repealed').map((a) => a.raw);
  return notes.length > 0 ? [{ provisionId: p.id, text: notes.join('\n') }] : [];
}

/** Per provision, the date of the latest amendment of it or of anything inside it (the port's subtree semantics). */
function latestAmendments(
  byId: ReadonlyMap<string, Provision>,
  amendments: readonly Amendment[],
  acts: readonly Act[],
): Map<string, string> {
  const actDates = new Map(acts.map((a) => [a.id, a.date]));
  const latest = new Map<string, string>();
  for (const a of amendments) {
    const date = a.effectiveFrom ?? actDates.get(a.actId) ?? null;
    if (!date) continue;
    for (let at = a.targetId ? byId.get(a.targetId) : undefined; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      const known = latest.get(at.id);
      if (known && known >= date) continue;
      latest.set(at.id, date);
    }
  }
  return latest;
}

/** A set of terms as one string, to compare sets. */
const termSetKey = (terms: readonly string[]): string => [...new Set(terms)].sort().join(' ');

/**
 * Each defined term's key under each analyzer, analyzed once: every query checks the definitions among its first
 * results, and analyzing their terms again was most of that. The terms are the corpus's, so the map stays that small.
 */
const definedTermKeys = new WeakMap<TextAnalyzer, Map<string, string>>();

function definedTermKey(analyzer: TextAnalyzer, term: string): string {
  let keys = definedTermKeys.get(analyzer);
  if (!keys) {
    keys = new Map();
    definedTermKeys.set(analyzer, keys);
  }
  let key = keys.get(term);
  if (key === undefined) {
    key = termSetKey(contentTerms(analyzer.analyze(term)));
    keys.set(term, key);
  }
  return key;
}

/** The terms a search document defines: a definition's (its heading), and those its passages define in sentences. */
export const termsDefinedBy = (doc: Pick<SearchDocument, 'definition' | 'heading' | 'definedTerms'>): string[] => [
  ...(doc.definition === true ? [doc.heading] : []),
  ...(doc.definedTerms ?? []),
];

/** How defined terms meet one query: built once per query, asked of the terms the texts define. */
export interface DefinedTermMatcher {
  /** Whether the query names exactly this defined term (or short form): its definition answers the query first */
  names(term: string): boolean;
  /**
   * The number of words of a defined term the query names and says more: every word of the term is among the query's
   * and one is a word the query asks about (QueryPlan.askedAbout). `что такое компенсация потерпевшему` (compensation
   * to a victim) names `компенсация`; `кто такие держатели информации` (holders of information) asks about holders,
   * not `информация`. 0 when it does not name it so.
   */
  namesWithMore(term: string): number;
  /**
   * The passage of a text of several that defines a term the query names either way: what a hit on the text shows,
   * rather than the passage repeating the query's words most (`Информационным обменом является …`, the code's 45-бап
   * 1, before its parts using `информационный обмен`). Null for a text of one passage, or none defining it.
   */
  definingPassage(doc: Pick<SearchDocument, 'passages'>): Passage | null;
}

/**
 * The matcher for a query's readings (QueryPlan termReadings: its words, and its words with the thesaurus's terms)
 * and the words it asks about (`head`, QueryPlan.askedAbout; none for a query that asks no definition).
 */
export function definedTermMatcher(
  analyzer: TextAnalyzer,
  readings: readonly (readonly string[])[],
  head: readonly string[],
): DefinedTermMatcher {
  const asked = new Set(readings.map(termSetKey));
  const queryWords = readings.map((terms) => new Set(terms));
  const names = (term: string): boolean => asked.has(definedTermKey(analyzer, term));
  const namesWithMore = (term: string): number => {
    if (head.length === 0) return 0;
    const words = definedTermKey(analyzer, term).split(' ');
    const named = words.some((w) => head.includes(w)) && queryWords.some((q) => words.every((w) => q.has(w)));
    return named ? words.length : 0;
  };
  return {
    names,
    namesWithMore,
    definingPassage(doc) {
      if (doc.passages.length < 2) return null;
      const defines = (term: string): boolean => names(term) || namesWithMore(term) > 0;
      const defining = (text: string): boolean => {
        const { defined, shortForms } = termsOfUnit(text, false);
        return [...defined, ...shortForms].some(defines);
      };
      return doc.passages.find((p) => defining(p.text)) ?? null;
    },
  };
}
