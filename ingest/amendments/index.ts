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

/** All notes of one document, header notes first, through one collector: ids never repeat across the two kinds. */
export function parseDocumentNotes(headerNotes: readonly HeaderNote[], notes: readonly AmendmentNote[]): AmendmentsResult {
  const out = new Collector();
  for (const note of headerNotes) addHeaderNote(out, note);
  for (const note of notes) out.addNote(note);
  return out.result();
}
