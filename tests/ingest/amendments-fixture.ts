/** Amendment notes built by hand from the real code text: lines picked by number, place and next unit read from the text. */
import { readFileSync } from 'node:fs';
import type { ProvisionType } from '../../model/index.ts';
import { joinLines, normalizeLines, type SourceLine } from '../../ingest/normalize.ts';
import { dropPrefix } from '../../ingest/segment/lines.ts';
import type { AmendmentNote, HeaderNote, Place, PlacedUnit } from '../../ingest/stages.ts';
import { CODE_ID } from '../acts.ts';
export { CODE_ID } from '../acts.ts';

export const CODE_FILE = 'code-appc-2020-consolidated-2026-01-01.txt';
export const raw = readFileSync(new URL(`../../corpus/${CODE_FILE}`, import.meta.url), 'utf8');
export const lines = normalizeLines(raw);

/** A date-initial note line may carry the label of the provision it replaces (`12) 2025.17.12. …`). */
export const NOTE_START = /^((?:\d+(?:-\d+)*[.)]\s+)?)\d{4}\.\d{2}\.\d{2}\.\s*№/u;

/** The non-blank lines from `first` to `last` (raw line numbers), the first one stripped of a provision label as the segmenter does. */
export function noteLines(first: number, last: number): SourceLine[] {
  const picked = lines.filter((l) => l.line >= first && l.line <= last);
  const head = picked[0];
  if (!head) throw new Error(`no text on lines ${first}–${last}`);
  const label = NOTE_START.exec(head.text)?.[1] ?? '';
  return [dropPrefix(head, head.text.slice(label.length)), ...picked.slice(1)];
}

export const nowhere: Place = { section: null, chapter: null, article: null, part: null, subparagraph: null };

export function at(place: Partial<Place>): Place {
  return { ...nowhere, ...place };
}

export function unit(type: ProvisionType, num: string, eId: string): PlacedUnit {
  return { type, num, eId };
}

export function amendmentNote(
  first: number,
  last: number,
  place: Place,
  next: PlacedUnit | null,
  replaces: PlacedUnit | null = null,
): AmendmentNote {
  return { documentId: CODE_ID, documentActId: CODE_ID, note: joinLines(noteLines(first, last), CODE_FILE), place, next, replaces };
}

export function headerNote(first: number, last: number): HeaderNote {
  return { documentId: CODE_ID, documentActId: CODE_ID, note: joinLines(noteLines(first, last), CODE_FILE) };
}
