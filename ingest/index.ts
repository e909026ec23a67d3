/**
 * The ingest pipeline's public surface: raw text → normalize → segment → amendments →
 * citations → IngestedDocument (model/types.ts).
 *
 * - `ingestDocument` runs the pipeline on one text, resolving citations against that text alone.
 * - `ingestCorpus` reads and checks the manifest, segments every text it has a segmenter for,
 *   then resolves citations across the whole corpus (a CorpusLookup over all provisions), so a
 *   reference in one text to a provision of another resolves.
 * - `extendWork` adds newer versions to a work as a store holds it, parsing only them, with the result ingestCorpus
 *   would give (an import of the next version of an act).
 *
 * Each input format has its segmenter (segment/index.ts holds the format table): codes and laws
 * (as PDF text, or exported from the national legal database), policy papers, journal articles and textbooks.
 */
import {
  type Act,
  type ActKind,
  type Diagnostic,
  type Document,
  type DocumentKind,
  type EditorialNote,
  type Expression,
  expressionId,
  type IngestedDocument,
  type Provision,
  provisionId,
} from '../model/index.ts';
import { ActSet } from './amendments/acts.ts';
import { parseDocumentNotes } from './amendments/index.ts';
import { extractCitations, relationsOfTitle } from './citations/index.ts';
import { IngestError } from './errors.ts';
import { MANIFEST_FILE, readCorpus, type CorpusText, type ReadCorpusOptions, type RussianText } from './manifest.ts';
import { extendTimeline, worksOf, type HeldTimeline } from './versions/index.ts';
import { buildLexicon, normalizeLines, type Lexicon, type SourceLine } from './normalize.ts';
import { formatOf, segmentDocument, type SegmentResult } from './segment/index.ts';
import type { AmendmentsResult, CorpusLookup } from './stages.ts';
import { extractTerms } from './terms.ts';
import { withRussian } from './translation/index.ts';
import { unreadNotes } from './unread-notes.ts';

export { IngestError } from './errors.ts';
export { checkCorpusFiles, corpusText, readCorpus, readManifest, type CorpusText, type ReadCorpusOptions } from './manifest.ts';
export { decodeText, DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_VARIABLE } from './decode.ts';
export { formatReport, summarizeDocuments, type DocumentSummary } from './report.ts';
// Acts exported from the national legal database: their folders, metadata and the store's corpus they are imported into.
export { exportDocument, readActFolder, META_FILE, RUSSIAN_FILE, type ExportVersion } from './adilet/folder.ts';
export { readGitHistory } from './adilet/git.ts';
// The Russian text beside the Kazakh: alignment of the two texts of a version.
export { alignTranslation, withRussian, type Alignment, type AlignmentFigures, type TranslatedVersion } from './translation/index.ts';
export { MANIFEST_FILE } from './manifest.ts';
export { corpusDirs, readStoreEntries, type StoreEntry } from './store-corpus.ts';
export { pipelineFingerprint } from './fingerprint.ts';
// Versions of one work: provision-by-provision comparison and the reconciliation of the text with its amendment notes.
export {
  compareVersions,
  type ChangeKind,
  type ProvisionChange,
  type VersionComparison,
  type VersionText,
  type VersionUnit,
} from './versions/compare.ts';
export {
  explainChanges,
  reconcileVersions,
  reconcileWork,
  type ExplainedChange,
  type Outcome,
  type PeriodReconciliation,
  type ReconciliationCase,
} from './versions/reconcile.ts';
export type { Cause } from './versions/causes.ts';
export { inDocumentOrder, versionTexts, type Timeline } from './versions/version-texts.ts';
// A work in several dated versions: its timeline, and the manifest's fingerprint of it.
export { buildTimeline, formatBlind, workFingerprints, worksOf, type HeldTimeline } from './versions/index.ts';
// The stages, each runnable alone (the ingest benchmark times them one by one).
export { buildLexicon, normalizeLines, type Lexicon, type SourceLine } from './normalize.ts';
export { segmentCode } from './segment/code/index.ts';
export { parseDocumentNotes } from './amendments/index.ts';
export { extractCitations } from './citations/index.ts';
export { extractTerms } from './terms.ts';
export { pairTerms, type TermTranslation } from './term-pairs.ts';

const ACT_KIND: Record<DocumentKind, ActKind> = { code: 'code', law: 'law', policy: 'other', article: 'other', textbook: 'other' };

export interface IngestOptions {
  /** Words of the corpus, for joining hyphenated lines; defaults to the text's own words */
  lexicon?: Lexicon;
  /** Which provisions exist; defaults to the text's own provisions */
  lookup?: CorpusLookup;
  /** Acts the text's metadata names (a database export's amending act, with its title) */
  known?: readonly Act[];
}

export interface CorpusIngest {
  /** One IngestedDocument per work, in manifest order: a work listed in several dated versions is their timeline (versions/) */
  documents: IngestedDocument[];
}

/** Ingest one text. Throws IngestError when the text is unusable. */
export function ingestDocument(document: Document, raw: string, options: IngestOptions = {}): IngestedDocument {
  const lines = normalizeLines(raw);
  const segmented = segmentStage(document, lines, options.lexicon ?? buildLexicon(lines), [], options.known);
  return citationStage(segmented, options.lookup ?? createCorpusLookup([document], segmented.segment.provisions));
}

/**
 * Ingest every text of one or more corpus directories (the seed corpus, and the store's corpus of imported acts) as
 * one corpus, so a reference from one text to another resolves; see the module comment. `options.manifest` stands for
 * the manifest of a single directory only.
 */
export async function ingestCorpus(corpusDirs: string | readonly string[], options: ReadCorpusOptions = {}): Promise<CorpusIngest> {
  const dirs = typeof corpusDirs === 'string' ? [corpusDirs] : corpusDirs;
  const read = await Promise.all(dirs.map((dir) => readCorpus(dir, dirs.length === 1 ? options : { ...options, manifest: undefined })));
  const texts = read.flat().map((t) => ({ ...t, lines: normalizeLines(t.raw) }));
  const lexicon = buildLexicon(texts.flatMap((t) => t.lines));
  const segmented = texts.map((t) => segmentStage(t.document, t.lines, lexicon, t.diagnostics, t.meta?.causedBy ? [t.meta.causedBy] : []));
  const lookup = createCorpusLookup(
    texts.map((t) => t.document),
    segmented.flatMap((s) => s.segment.provisions),
  );
  const versions = worksOf(
    segmented.map((s, i) => {
      const russian = texts[i]?.russian;
      const kazakh = citationStage(s, lookup);
      return { id: s.document.id, kazakh, russian: russian ? citationStage(segmentRussian(russian, s.known), lookup) : null };
    }),
  );
  return { documents: [...versions.values()].map((work) => workOf(null, work)) };
}

/** What a corpus holds, for a parse of some of its texts alone (extendWork): answered from a graph store. */
export interface CorpusHoldings {
  /** The ids of its documents (a corpus document's id is its act's) */
  documents: ReadonlySet<string>;
  /** Of these provision ids, those that some version of a corpus text holds: asked as references need them */
  provisions(ids: readonly string[]): Promise<ReadonlySet<string>>;
}

/**
 * The work `held` (as a store holds it) with `texts` added: versions of it newer than every version it holds, parsed
 * alone and yet as ingestCorpus parses them within the whole corpus, so that the result is the one a full ingest gives.
 * Their references resolve against what `corpus` holds, asked as the resolution needs it; their line-end hyphens are
 * decided by their own words. Returns the work and each version as parsed; null when that could differ from the whole
 * corpus's words (a hyphen their own words do not decide, normalize.ts lineJoin: a full ingest must settle it). Throws
 * IngestError on an unusable text.
 */
export async function extendWork(
  held: HeldTimeline,
  texts: readonly CorpusText[],
  corpus: CorpusHoldings,
): Promise<{ work: IngestedDocument; versions: ParsedVersion[] } | null> {
  const segmented: Array<{ kazakh: Segmented; russian: Segmented | null }> = [];
  for (const t of texts) {
    const lines = normalizeLines(t.raw);
    const words = new OwnWords(buildLexicon(lines));
    const kazakh = segmentStage(t.document, lines, words, t.diagnostics, t.meta?.causedBy ? [t.meta.causedBy] : []);
    if (words.undecided) return null;
    segmented.push({ kazakh, russian: t.russian ? segmentRussian(t.russian, kazakh.known) : null });
  }
  // What the work held is known already: only the provisions of other texts are asked for.
  const known = [...held.provisions.map((p) => p.id), ...held.wordings.map((w) => w.provisionId)];
  const versions = await resolveAsked(segmented, known, corpus);
  return { work: workOf(held, versions), versions };
}

/** A text's own words as its lexicon, noting whether a word it lacks was asked for: the corpus's words might hold it. */
class OwnWords extends Set<string> {
  undecided = false;

  override has(word: string): boolean {
    const held = super.has(word);
    if (!held) this.undecided = true;
    return held;
  }
}

/**
 * The citation stage of versions parsed alone, against a corpus lookup of their own provisions, the `known` ones, and
 * what `corpus` answers for every other provision their references ask for: run again while the answers are new (an
 * answer may lead to another question: a part not held falls back to its article).
 */
async function resolveAsked(
  segmented: ReadonlyArray<{ kazakh: Segmented; russian: Segmented | null }>,
  known: readonly string[],
  corpus: CorpusHoldings,
): Promise<ParsedVersion[]> {
  const provisions = new Set([...known, ...segmented.flatMap((s) => s.kazakh.segment.provisions.map((p) => p.id))]);
  const documents = new Set([...corpus.documents, ...segmented.map((s) => s.kazakh.document.id)]);
  const asked = new Set<string>();
  for (;;) {
    const pending: string[] = [];
    const lookup: CorpusLookup = {
      provision: (documentId, eId) => {
        const id = provisionId(documentId, eId);
        if (provisions.has(id)) return id;
        if (!asked.has(id)) pending.push(id);
        asked.add(id);
        return null;
      },
      documentOfAct: (actId) => (documents.has(actId) ? actId : null),
    };
    const versions = segmented.map(({ kazakh, russian }) => ({
      kazakh: citationStage(kazakh, lookup),
      russian: russian ? citationStage(russian, lookup) : null,
    }));
    const found = pending.length > 0 ? await corpus.provisions(pending) : new Set<string>();
    if (found.size === 0) return versions;
    for (const id of found) provisions.add(id);
  }
}

/** The Russian text of a corpus document, up to its citations: its own words for hyphens. */
function segmentRussian(russian: RussianText, known: readonly Act[]): Segmented {
  const lines = normalizeLines(russian.raw);
  return segmentStage(russian.document, lines, buildLexicon(lines), russian.diagnostics, known);
}

/** One version of a work in both languages, parsed: its Kazakh text, and its Russian text when it has one. */
export interface ParsedVersion {
  kazakh: IngestedDocument;
  russian: IngestedDocument | null;
}

/**
 * A work's versions, oldest first, added one at a time to `held` (none: the oldest starts it): each version's Kazakh
 * text extends the timeline (versions/), then its Russian text joins it beside its Kazakh one (translation/). A version
 * that does not fit (same date twice, another language, not newer than those held) is an IngestError naming its file.
 */
function workOf(held: HeldTimeline | null, versions: readonly ParsedVersion[]): IngestedDocument {
  const dateOf = (v: ParsedVersion) => v.kazakh.expressions[0]?.versionDate ?? '';
  const ordered = [...versions].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
  try {
    let work: IngestedDocument | null = null;
    for (const [i, { kazakh, russian }] of ordered.entries()) {
      const from = i === 0 ? held : work;
      const timeline = from ? extendTimeline(from, kazakh) : kazakh;
      work = withRussian(timeline, russian ? [{ kazakh, russian }] : []);
    }
    if (!work) throw new Error('no version given');
    return work;
  } catch (cause) {
    const file = ordered.at(-1)?.kazakh.document.file ?? MANIFEST_FILE;
    throw new IngestError(
      `the versions of ${ordered[0]?.kazakh.document.id} do not make one timeline: ${(cause as Error).message}`,
      { file, line: 1 },
      { cause },
    );
  }
}

/** A CorpusLookup over the given documents and provisions: an act's text is the document of the same id. */
export function createCorpusLookup(documents: readonly Document[], provisions: Iterable<Provision>): CorpusLookup {
  const ids = new Set<string>();
  for (const p of provisions) ids.add(p.id);
  const documentIds = new Set(documents.map((d) => d.id));
  return {
    provision: (documentId, eId) => {
      const id = provisionId(documentId, eId);
      return ids.has(id) ? id : null;
    },
    documentOfAct: (actId) => (documentIds.has(actId) ? actId : null),
  };
}

/** The Act that a corpus document is: its id is the document's id. */
function documentAct(document: Document): Act {
  return {
    id: document.id,
    kind: ACT_KIND[document.kind],
    number: document.number,
    date: document.date,
    title: document.title,
    documentId: document.id,
  };
}

interface Segmented {
  document: Document;
  /** Acts known from the text's metadata (the act that caused this version, with its title): before the notes' own */
  known: readonly Act[];
  /** Warnings from reading the file (decode.ts), reported before the pipeline's own */
  read: readonly Diagnostic[];
  segment: SegmentResult;
  amendments: AmendmentsResult;
  /** Notes that yielded no amendment event or relation, kept as editorial notes (unread-notes.ts) */
  unread: EditorialNote[];
}

function segmentStage(
  document: Document,
  lines: readonly SourceLine[],
  lexicon: Lexicon,
  read: readonly Diagnostic[] = [],
  known: readonly Act[] = [],
): Segmented {
  const segment = segmentDocument(document, lines, lexicon);
  const amendments = parseDocumentNotes(segment.headerNotes, segment.notes);
  const events = [...amendments.amendments, ...amendments.relations];
  return {
    document,
    known,
    read,
    unread: [...unreadNotes(document.id, segment.headerNotes, events), ...unreadNotes(document.id, segment.notes, events)],
    segment,
    amendments,
  };
}

function citationStage({ document, known, read, segment, amendments, unread }: Segmented, lookup: CorpusLookup): IngestedDocument {
  const citations = extractCitations(segment.sites, lookup, document.language);
  // The title block is printed first: the preface (non-legislative texts) or the first node holds it.
  const titleSpan = (segment.provisions.find((p) => p.type === 'preface') ?? segment.provisions[0])?.source;
  const acts = new ActSet();
  // First seen wins: the document itself, then acts its metadata names with their titles, then acts named by number only.
  for (const act of [documentAct(document), ...known, ...amendments.acts, ...citations.acts]) acts.add(act);
  return {
    document,
    provisions: segment.provisions,
    amendments: amendments.amendments,
    citations: citations.citations,
    mentions: citations.mentions,
    relations: [...amendments.relations, ...(citations.relations ?? []), ...(titleSpan ? relationsOfTitle(document, titleSpan) : [])],
    editorialNotes: [...segment.editorialNotes, ...unread].sort((a, b) => a.source.startLine - b.source.startLine),
    acts: acts.list(),
    diagnostics: [...read, ...segment.diagnostics, ...amendments.diagnostics, ...citations.diagnostics],
    expressions: [expressionOf(document, known[0]?.id ?? null)],
    wordings: [],
    terms: extractTerms(document, segment.provisions),
  };
}

/**
 * The one expression a single text is: the document's language at its consolidation date (its own date when it has
 * none), caused by the first act its metadata names (a database export's `caused_by`).
 */
function expressionOf(document: Document, amendingActId: string | null): Expression {
  const versionDate = document.consolidatedAsOf ?? document.date ?? 'undated';
  return {
    id: expressionId(document.id, document.language, versionDate),
    documentId: document.id,
    language: document.language,
    versionDate,
    file: document.file,
    sha256: document.sha256,
    format: formatOf(document),
    amendingActId,
  };
}
