/**
 * What the pipeline's stages hand each other. The segmenter finds structure and notes;
 * the amendments stage turns notes into Amendment events; the citations stage finds and
 * resolves references in provision text. Each stage is a pure function of these shapes.
 */
import type { Act, ActMention, Amendment, Citation, Diagnostic, DocumentRelation, ProvisionType } from '../model/index.ts';
import type { NoteFormat } from './amendments/dates.ts';
import type { JoinedText } from './normalize.ts';

/** Numbers of the units enclosing a place in a code's tree (cleaned, as in eIds), innermost last. */
export interface Place {
  section: string | null;
  chapter: string | null;
  article: string | null;
  part: string | null;
  subparagraph: string | null;
}

/** A unit the segmenter has placed in the tree. */
export interface PlacedUnit {
  type: ProvisionType;
  num: string | null;
  eId: string;
}

/** An amendment note (`2022.05.11. № 157-VII ҚР Заңымен 4-бөлік өзгертілді …`) as the segmenter found it. */
export interface AmendmentNote {
  documentId: string;
  /** Id of the Act that is the document itself (its own notes amend it) */
  documentActId: string;
  /** The note, joined and normalized, without a provision label standing before it */
  note: JoinedText;
  /** The innermost open units where the note stands */
  place: Place;
  /** The unit printed right after the note (null at the end of the text) */
  next: PlacedUnit | null;
  /** Set when the note stands in place of a provision: `12) 2025.17.12. … алып тасталды` */
  replaces: PlacedUnit | null;
  /** The unit the note follows: the database export prints a note after the unit it concerns */
  previous?: PlacedUnit | null;
  /** The input format, which fixes the note's grammar and date orders; the PDF text's when absent */
  format?: NoteFormat;
  /** The language of the note's words (`ru`: the Russian text of an export, amendments/grammar-ru.ts); Kazakh when absent */
  language?: string;
}

/** A note of the document's header: pending amendments (`… Заңын қараңыз`), implementing acts, header-level amendments. */
export interface HeaderNote {
  documentId: string;
  documentActId: string;
  note: JoinedText;
}

export interface AmendmentsResult {
  amendments: Amendment[];
  relations: DocumentRelation[];
  /** Amending and related acts, deduplicated by id */
  acts: Act[];
  diagnostics: Diagnostic[];
}

/** A provision's text, where the citations stage looks for references. */
export interface CitationSite {
  documentId: string;
  documentActId: string;
  provisionId: string;
  type: ProvisionType;
  /** Where the provision stands; relative references (`осы баптың`, `осы тарауда`) resolve against it */
  place: Place;
  text: JoinedText;
  /**
   * Set in texts that are not acts but quote and discuss them (policy papers, articles, textbooks): there a bare
   * chain, a generic word (`кодекске`) and a quoted `осы Кодекстің` take their act from the text before them
   * (ingest/citations/context.ts). Absent in acts, where `осы Кодекстің` is the act itself.
   */
  actsFromContext?: boolean;
}

/** Which provisions exist, across the whole corpus, so a reference can be resolved to a node. */
export interface CorpusLookup {
  /** Provision id (`${documentId}/~${eId}`) of an eId in a document, or null if the document has no such node */
  provision(documentId: string, eId: string): string | null;
  /** The corpus document that holds an act's text, if any */
  documentOfAct(actId: string): string | null;
}

export interface CitationsResult {
  citations: Citation[];
  mentions: ActMention[];
  acts: Act[];
  diagnostics: Diagnostic[];
  /** Relations the text states between the document and an act (`… күші жойылды деп танылсын`: repeals) */
  relations?: DocumentRelation[];
}
