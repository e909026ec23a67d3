/**
 * The amendments stage: amendment notes and header notes → Amendment events,
 * DocumentRelations and the acts they name. Total: a note it cannot read becomes a diagnostic.
 */
import type { AmendmentNote, AmendmentsResult, HeaderNote } from '../stages.ts';
import { Collector } from './events.ts';
import { addHeaderNote } from './header.ts';

export function parseAmendmentNotes(notes: readonly AmendmentNote[]): AmendmentsResult {
  const out = new Collector();
  for (const note of notes) out.addNote(note);
  return out.result();
}

export function parseHeaderNotes(notes: readonly HeaderNote[]): AmendmentsResult {
  const out = new Collector();
  for (const note of notes) addHeaderNote(out, note);
  return out.result();
}
