/**
 * Alignment of the Kazakh and the Russian text of one version of a work (issue #16): both are read by the same
 * segmenter into the same eIds (anchors and numbers), so a provision of one is the provision of the same eId in the
 * other. Pure: two IngestedDocuments in, the Russian Wordings and what does not correspond out.
 *
 * What does not correspond is a diagnostic naming both places (`kaz.md:L` as the diagnostic's place, the Russian
 * `rus.md:L` in its reason; for a provision one text lacks, the place the other text's parent stands):
 * - `translation-missing`: a provision present in one language only;
 * - `translation-structure`: a pair whose numbered children (parts, points, subparagraphs) or status differ;
 * - `translation-anchor`: a pair whose database anchors differ;
 * - `translation-note`: amendment notes that disagree (notes.ts).
 */
import {
  type Diagnostic,
  expressionId,
  type IngestedDocument,
  type Provision,
  type SourceSpan,
  type Wording,
  wordingId,
} from '../../model/index.ts';
import { reconcileNotes } from './notes.ts';

export interface AlignmentFigures {
  /** Provisions held in both languages: one Russian Wording each */
  aligned: number;
  onlyKazakh: number;
  onlyRussian: number;
  /** Pairs whose numbered children or status differ */
  structureMismatches: number;
  /** Amendment events of one text with no agreeing event in the other */
  noteDisagreements: number;
}

export interface Alignment {
  /** The Russian wording of every aligned provision, in the Kazakh text's order */
  wordings: Wording[];
  diagnostics: Diagnostic[];
  figures: AlignmentFigures;
}

/** Units whose numbered children must correspond: their parts, points and subparagraphs. */
const STRUCTURED = new Set(['section', 'chapter', 'article', 'part', 'subparagraph']);
const NUMBERED = new Set(['section', 'chapter', 'article', 'part', 'subparagraph']);

const at = (span: SourceSpan) => `${span.file}:${span.startLine}`;

/**
 * Align the Russian text `russian` with the Kazakh `kazakh` of the same work and version (`versionDate`, the date the
 * Russian expression is consolidated as of).
 */
export function alignTranslation(kazakh: IngestedDocument, russian: IngestedDocument, versionDate: string): Alignment {
  const documentId = kazakh.document.id;
  const ruById = new Map(russian.provisions.map((p) => [p.eId, p]));
  const kkById = new Map(kazakh.provisions.map((p) => [p.eId, p]));
  const expression = expressionId(documentId, 'ru', versionDate);
  const diagnostics: Diagnostic[] = [];
  const figures: AlignmentFigures = { aligned: 0, onlyKazakh: 0, onlyRussian: 0, structureMismatches: 0, noteDisagreements: 0 };
  const wordings: Wording[] = [];
  const kkChildren = numberedChildren(kazakh.provisions);
  const ruChildren = numberedChildren(russian.provisions);
  const warn = (span: SourceSpan, rule: string, reason: string) =>
    diagnostics.push({ reason, file: span.file, line: span.startLine, rule, fatal: false });
  /** Where a provision one text lacks would stand in it: its parent's place there, else the text's start. */
  const whereIn = (byId: ReadonlyMap<string, Provision>, other: IngestedDocument, p: Provision): string => {
    const parentEId = p.parentId === null ? null : p.parentId.slice(p.parentId.indexOf('/~') + 2);
    const parent = parentEId === null ? undefined : byId.get(parentEId);
    return parent ? `${at(parent.source)} (its parent)` : `${other.document.file}:1`;
  };

  for (const kk of kazakh.provisions) {
    const ru = ruById.get(kk.eId);
    if (!ru) {
      figures.onlyKazakh++;
      warn(kk.source, 'translation-missing', `${describe(kk)} is in the Kazakh text only; not in ${whereIn(ruById, russian, kk)}`);
      continue;
    }
    figures.aligned++;
    wordings.push(wordingOf(kk, ru, expression, versionDate));
    if ((kk.sourceAnchor ?? null) !== (ru.sourceAnchor ?? null))
      warn(
        kk.source,
        'translation-anchor',
        `${describe(kk)} has anchor ${kk.sourceAnchor ?? 'none'}, in ${at(ru.source)} ${ru.sourceAnchor ?? 'none'}`,
      );
    const mismatch = structureMismatch(kk, ru, kkChildren, ruChildren);
    if (mismatch) {
      figures.structureMismatches++;
      warn(kk.source, 'translation-structure', `${describe(kk)} does not correspond to ${at(ru.source)}: ${mismatch}`);
    }
  }
  for (const ru of russian.provisions) {
    if (kkById.has(ru.eId)) continue;
    figures.onlyRussian++;
    warn(ru.source, 'translation-missing', `${describe(ru)} is in the Russian text only; not in ${whereIn(kkById, kazakh, ru)}`);
  }
  const notes = reconcileNotes(kazakh.amendments, russian.amendments);
  figures.noteDisagreements = notes.length;
  diagnostics.push(...notes);
  return { wordings, diagnostics, figures };
}

function describe(p: Provision): string {
  return `${p.type} ${p.eId}`;
}

/** The Russian provision as a Wording of the Kazakh one: the Kazakh tree's place, the Russian text and source. */
function wordingOf(kk: Provision, ru: Provision, expression: string, versionDate: string): Wording {
  return {
    id: wordingId(kk.id, 'ru', versionDate),
    provisionId: kk.id,
    documentId: kk.documentId,
    language: 'ru',
    expressionId: expression,
    validFrom: versionDate,
    validTo: null,
    parentId: kk.parentId,
    ordinal: kk.ordinal,
    type: ru.type,
    num: ru.num,
    heading: ru.heading,
    text: ru.text,
    status: ru.status,
    source: ru.source,
    ...(ru.sourceAnchor ? { sourceAnchor: ru.sourceAnchor } : {}),
  };
}

/** The numbered children of every provision, by its id, as `type num` in document order. */
function numberedChildren(provisions: readonly Provision[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const p of provisions) {
    if (p.parentId === null || !NUMBERED.has(p.type)) continue;
    const list = children.get(p.parentId) ?? [];
    list.push(`${p.type} ${p.num ?? ''}`);
    children.set(p.parentId, list);
  }
  return children;
}

/** How a pair's numbered children or status differ, or null when they correspond. */
function structureMismatch(
  kk: Provision,
  ru: Provision,
  kkChildren: ReadonlyMap<string, string[]>,
  ruChildren: ReadonlyMap<string, string[]>,
): string | null {
  if (kk.type !== ru.type) return `a ${kk.type} in Kazakh, a ${ru.type} in Russian`;
  if (kk.status !== ru.status) return `${kk.status} in Kazakh, ${ru.status} in Russian`;
  if (!STRUCTURED.has(kk.type)) return null;
  const k = kkChildren.get(kk.id) ?? [];
  const r = ruChildren.get(ru.id) ?? [];
  if (k.join('|') === r.join('|')) return null;
  return `numbered units [${k.join(', ')}] in Kazakh, [${r.join(', ')}] in Russian`;
}
