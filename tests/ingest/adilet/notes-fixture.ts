/** Amendment notes of the database exports built by hand from the real lines: place and neighbouring unit read from the text. */
import { readFileSync } from 'node:fs';
import type { ProvisionType } from '../../../model/index.ts';
import { markupOf } from '../../../ingest/segment/adilet/markup.ts';
import { joinLines, normalizeLines } from '../../../ingest/normalize.ts';
import { dropPrefix } from '../../../ingest/segment/lines.ts';
import type { AmendmentNote, Place, PlacedUnit } from '../../../ingest/stages.ts';
import { adiletPath } from '../../shared-dir.ts';

export const APPC_ID = '/akn/kz/act/code/2020-06-29/350-VI';
export const CINEMA_ID = '/akn/kz/act/law/2019-01-03/212-VI';

const files = new Map<string, ReturnType<typeof normalizeLines>>();
function linesOf(file: string) {
  let lines = files.get(file);
  if (!lines) files.set(file, (lines = normalizeLines(readFileSync(adiletPath(file), 'utf8'))));
  return lines;
}

export function at(place: Partial<Place>): Place {
  return { section: null, chapter: null, article: null, part: null, subparagraph: null, ...place };
}

export function unit(type: ProvisionType, num: string, eId: string): PlacedUnit {
  return { type, num, eId };
}

/** The note on raw line `line` of an export file, markup and any label of a repealed unit (`2. `, `1) `) taken off. */
export function exportNote(
  documentId: string,
  file: string,
  line: number,
  place: Place,
  around: { previous?: PlacedUnit; replaces?: PlacedUnit } = {},
): AmendmentNote {
  const raw = linesOf(file).find((l) => l.line === line);
  if (!raw) throw new Error(`no text on ${file}:${line}`);
  const bare = markupOf(raw).line;
  const label = /^\d+(?:-\d+)*[.)]\s+/u.exec(bare.text)?.[0] ?? '';
  const text = dropPrefix(bare, bare.text.slice(label.length));
  return {
    documentId,
    documentActId: documentId,
    note: joinLines([text], file),
    place,
    next: null,
    replaces: around.replaces ?? null,
    previous: around.previous ?? null,
    format: 'adilet',
  };
}

/** A note of the export's grammar from text alone (for wordings no shared export prints). */
export function syntheticNote(text: string, place: Place, previous: PlacedUnit | null): AmendmentNote {
  const [line] = normalizeLines(text);
  if (!line) throw new Error('empty note');
  return {
    documentId: APPC_ID,
    documentActId: APPC_ID,
    note: joinLines([line], 'synthetic.md'),
    place,
    next: null,
    replaces: null,
    previous,
    format: 'adilet',
  };
}
