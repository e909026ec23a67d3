/**
 * The zangraph domain model: the one shape of the data, from the ingest pipeline
 * through the graph store and the search index to the GraphQL API.
 *
 * Identifiers are Akoma Ntoso-style and deterministic:
 * - a Document's id is its FRBR work URI (`/akn/kz/act/code/2020-06-29/350-VI`);
 * - a Provision's eId is hierarchical within its document (`art_15-1__para_2__point_14-1`),
 *   and its global id is `${documentId}/~${eId}` (AKN portion syntax);
 * - an Act's id is a work URI too (`/akn/kz/act/law/2025-12-17/241-VIII`), or for an act
 *   known only by name a normalized slug under `/akn/kz/act/unknown/`.
 * Re-ingesting the same text yields the same ids. They are built and parsed in ids.ts and akn.ts only.
 */

/** Where a thing stands in the raw corpus file (never in normalized text). Lines are 1-based, offsets are UTF-16 code-unit offsets into the raw file. */
export interface SourceSpan {
  /** Corpus file name, relative to `corpus/` */
  file: string;
  startLine: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
}

export type DocumentKind = 'code' | 'law' | 'policy' | 'article' | 'textbook';

/**
 * The input formats of the corpus, each read by its segmenter (ingest/segment/index.ts, docs/formats.md): a code or law
 * as text extracted from a PDF (`code`), a code or law exported from the national legal database (`adilet`,
 * docs/formats-adilet.md), a policy paper, a journal article, a textbook.
 */
export type TextFormat = 'code' | 'adilet' | 'policy' | 'article' | 'textbook';

/** A text of the corpus, as described by its manifest entry. */
export interface Document {
  /** FRBR work URI */
  id: string;
  kind: DocumentKind;
  title: string;
  titleEn: string | null;
  /** The title of the act's Russian text (a database export's `title.rus`), for a work held in Russian too; absent otherwise */
  titleRu?: string | null;
  shortNames: string[];
  language: string;
  /** ISO date, possibly partial (`2021-06`, `2015`) */
  date: string | null;
  number: string | null;
  consolidatedAsOf: string | null;
  publisher: string | null;
  authors: string[];
  /** Corpus file name */
  file: string;
  /** The file's SHA-256; for a work held in several versions (file: the newest's), the hash over its versions' (ingest/versions/work.ts) */
  sha256: string;
  /** Input format of the file; absent: the format of its kind (a code or law: `code`, the PDF text) */
  format?: TextFormat;
}

/**
 * Kinds of structural unit. The first six are the units of a code; the rest
 * are the units of policy papers, articles and textbooks.
 */
export type ProvisionType =
  | 'section' // бөлім
  | 'chapter' // тарау
  | 'article' // бап
  | 'part' // бөлік (numbered part of an article; also written тармақ)
  | 'subparagraph' // тармақша, `1)`
  | 'paragraph' // абзац: an unnumbered paragraph or list item
  | 'heading' // a heading of a non-legislative document (topic, subhead, abstract title)
  | 'item' // a bullet point
  | 'footnote'
  | 'preface' // front matter, title block
  | 'signature' // closing signature block (President, place, date)
  | 'topic'; // textbook topic (Тақырып № N)

/**
 * `pending`: a unit an amending act put in with a later commencement, which the database export prints as that note
 * in place of its text (`01.01.2027 бастап қолданысқа енгізіледі - ҚР … Заңымен`, "comes into force from 01.01.2027,
 * by the Law …") until the day it comes into force.
 */
export type ProvisionStatus = 'inForce' | 'repealed' | 'pending';

/**
 * A node of a document's structure tree. Stored flat, in document order;
 * the tree is given by `parentId` and `ordinal` (position among siblings, from 0).
 */
export interface Provision {
  /** Global id: `${documentId}/~${eId}` */
  id: string;
  eId: string;
  documentId: string;
  parentId: string | null;
  ordinal: number;
  type: ProvisionType;
  /** Cleaned number as printed: `15-1`, `2-1`, `14-1`; null for unnumbered nodes */
  num: string | null;
  heading: string | null;
  /** The node's own normalized text, without its children's text and without amendment notes */
  text: string;
  status: ProvisionStatus;
  source: SourceSpan;
  /** Language of the node's text when it differs by node (an article's kk/ru/en abstracts); absent or null otherwise */
  language?: string | null;
  /** The source database's own anchor of the unit (`st12` in an Adilet export), to link back to it; absent otherwise */
  sourceAnchor?: string | null;
  /**
   * The version date from which this wording is in force, when the document holds several versions (ingest/versions);
   * absent for a single text. Earlier wordings are the provision's Wordings.
   */
  validFrom?: string;
}

export type AmendmentAction = 'amended' | 'restated' | 'inserted' | 'repealed' | 'other';

/** What part of the target an amendment touched: the whole provision, or only its heading. */
export type AmendmentScope = 'provision' | 'heading';

/** One amendment event: one amending act acting on one provision. */
export interface Amendment {
  /**
   * `${documentId}/!amendment_${targetEId}__${actNumber}_${actDate}`, e.g. `…/!amendment_art_3__para_3__point_4__157-VII_2022-11-05`;
   * `doc` in place of the eId when the target is unresolved; `_2`, `_3`… appended when the same act changes the same target again
   */
  id: string;
  documentId: string;
  actId: string;
  action: AmendmentAction;
  scope: AmendmentScope;
  /** Provision id; null when the wording could not be resolved (then a diagnostic says why) */
  targetId: string | null;
  /** The target as the note words it: `4) тармақша`, `74-баптың тақырыбы` */
  targetLabel: string | null;
  /** ISO date from which the change applies, when the note states it */
  effectiveFrom: string | null;
  /** The whole note as printed (normalized), shared by the events it yields */
  raw: string;
  source: SourceSpan;
}

export type ActKind =
  'constitution' | 'constitutionalLaw' | 'code' | 'law' | 'decree' | 'resolution' | 'order' | 'concept' | 'treaty' | 'other';

/** A legal act: a document of the corpus, an amending law, or an act cited by name. */
export interface Act {
  id: string;
  kind: ActKind;
  /** Normalized number, Latin Roman numerals: `241-VIII` */
  number: string | null;
  /** ISO date of adoption */
  date: string | null;
  title: string | null;
  /** Id of the corpus Document that holds this act's text, if any */
  documentId: string | null;
}

/** The structural address a citation names. Numbers as printed and cleaned (`15-1`, `2`); ordinals turned into numbers. */
export interface CitationRef {
  section: string | null;
  chapter: string | null;
  article: string | null;
  part: string | null;
  subparagraph: string | null;
  /** абзац: an unnumbered paragraph, counted from 1 */
  paragraph: string | null;
}

/** A reference made in a provision's text to a provision of this or another act. */
export interface Citation {
  /** `${sourceId}/!citation_${n}`, n counting citations within the source provision from 1 */
  id: string;
  documentId: string;
  /** Provision in whose text the reference stands */
  sourceId: string;
  /** The reference as written (normalized) */
  raw: string;
  ref: CitationRef;
  /** Provision cited, when it is in the corpus */
  targetId: string | null;
  /** Act cited (the document's own act for `осы Кодекстің`) */
  targetActId: string | null;
  resolved: boolean;
  /** Why it is unresolved, when it is */
  unresolvedReason: string | null;
  source: SourceSpan;
  /** True when the act is not named at the reference but taken from the text before it (`[13-бап 1-бөлік]` after `Конституциясы`); absent otherwise */
  actFromContext?: boolean;
}

/** A plain mention of an act by name, without a provision. */
export interface ActMention {
  /** `${sourceId}/!mention_${n}` */
  id: string;
  documentId: string;
  sourceId: string;
  actId: string;
  raw: string;
  source: SourceSpan;
  /** True when the name is a generic word (`кодекс`) whose act is taken from the text before it; absent otherwise */
  actFromContext?: boolean;
}

export type DocumentRelationType =
  | 'pendingAmendment' // an act that will amend this document (`… Заңын қараңыз`)
  | 'implementedBy' // an act implementing this document
  | 'repeals' // this document repeals the act
  | 'respondsTo' // a policy paper's subject
  | 'see'; // an editorial cross-reference

/** A relation between a whole document and an act, from header notes and editorial notes. */
export interface DocumentRelation {
  id: string;
  documentId: string;
  type: DocumentRelationType;
  actId: string;
  raw: string;
  source: SourceSpan;
}

export type EditorialNoteKind =
  | 'see' // an editorial "see" note (`… қаулысын қараңыз`), not law text
  | 'link' // a URL line embedded by the publisher (`http://online.zakon.kz/…`)
  | 'pageArtefact' // page numbers, running headers, chart captions
  | 'other'; // a note no rule reads, e.g. an amendment note the grammar cannot parse: kept so no text is lost

/** Publisher's or extraction's text that is not the document's own text: kept, out of provision text. */
export interface EditorialNote {
  /** `${documentId}/!note_${startLine}` */
  id: string;
  documentId: string;
  /** Provision at whose place the note stands, if any */
  provisionId: string | null;
  kind: EditorialNoteKind;
  text: string;
  source: SourceSpan;
}

/** A problem found while ingesting: its reason, place and the rule that found it. */
export interface Diagnostic {
  reason: string;
  file: string;
  line: number;
  rule: string;
  fatal: boolean;
}

/**
 * One text of a work (FRBR expression): the work in one language as consolidated on one version date. A code held in
 * three dated versions and two languages has six expressions, all of one Document (the work).
 */
export interface Expression {
  /** `${documentId}/${language as ISO 639-2}@${versionDate}`: `/akn/kz/act/code/2020-06-29/350-VI/kaz@2024-01-01` (expressionId in ids.ts) */
  id: string;
  documentId: string;
  /** ISO 639-1, as Document.language: `kk`, `ru` */
  language: string;
  /** The date the text is consolidated as of; the version's first day in force */
  versionDate: string;
  /** Corpus file the expression was read from */
  file: string;
  sha256: string;
  format: TextFormat;
  /** The act whose amendments produced this version (the export's meta.yaml), when known */
  amendingActId: string | null;
}

/**
 * One wording of a provision in one language, in force over [validFrom, validTo). The Provision itself carries the
 * newest wording in the document's language; every other wording (earlier versions, other languages) is a Wording.
 * A wording that stays the same across versions is stored once, its period widened: N versions cost one version plus
 * what changed. A provision absent from a version has no wording covering that version's date.
 */
export interface Wording {
  /** `${provisionId}/!wording_${language}_${validFrom}` (wordingId in ids.ts) */
  id: string;
  provisionId: string;
  documentId: string;
  language: string;
  /** The expression the wording's text and source were read from: the last version that held it, when several did */
  expressionId: string;
  /** Version date from which this wording is in force */
  validFrom: string;
  /** Version date from which it no longer is (exclusive); null while in force */
  validTo: string | null;
  /** The provision's place in that version's tree: a provision renumbered or moved keeps its eId only if the text does */
  parentId: string | null;
  ordinal: number;
  type: ProvisionType;
  num: string | null;
  heading: string | null;
  text: string;
  status: ProvisionStatus;
  source: SourceSpan;
  sourceAnchor?: string | null;
}

/**
 * How a provision's text defines a term: as a unit of a definitions article (`term – definition`), in a sentence
 * elsewhere (`… деп түсініледі`, "is understood as"; `под … понимается`, "by … is meant"; `Термином признается …`, "is
 * recognised as term"), or by introducing a short form (`(бұдан әрі – …)`, `(далее – …)`, "hereinafter").
 */
export type TermKind = 'definitionsArticle' | 'sentence' | 'shortForm';

/** A term a provision defines (the definitions article, `… деп …`, `… дегеніміз …`, `понятия`): the unit of `terms(query:)`. */
export interface Term {
  /** `${documentId}/!term_${language}_${slug of the term}` (termId in ids.ts) */
  id: string;
  documentId: string;
  language: string;
  /** The term as the definition prints it, normalized */
  term: string;
  /**
   * The provision whose text defines it. Terms of two languages defined by one provision, at one place in its
   * languages' lists of terms, are translations of each other (terms.ts translationsOf).
   */
  definitionId: string;
  /**
   * How the definition defines it. One language's sentence patterns may read a sentence the other's do not (Russian
   * puts the term first, `Соглашением является договор …`, where Kazakh ends `… болып табылады`), so translations pair
   * within a kind (model/terms.ts).
   */
  kind: TermKind;
  source: SourceSpan;
}

/** Everything the pipeline extracts from one corpus text: the unit a store writes atomically. */
export interface IngestedDocument {
  document: Document;
  /** Every node, in document order (a parent before its children) */
  provisions: Provision[];
  amendments: Amendment[];
  citations: Citation[];
  mentions: ActMention[];
  relations: DocumentRelation[];
  editorialNotes: EditorialNote[];
  /** Acts this document names: amending acts, cited acts, itself */
  acts: Act[];
  diagnostics: Diagnostic[];
  /** The texts the document was read from: one per language and version date, oldest first */
  expressions: Expression[];
  /** Every wording other than the provisions' own: earlier versions, other languages */
  wordings: Wording[];
  /** Terms the document defines */
  terms: Term[];
}
