/**
 * When two versions word a provision the same. The versions of one work come in different formats (text extracted
 * from a PDF, the national database's export), which print the same wording with different dashes, quotes and
 * spacing (`Президенті – Елбасы` in the export, `Президенті - Елбасы` in the PDF text): such differences are no new
 * wording. Everything else is compared exactly: type, number, heading, text and status.
 */
import type { Provision } from '../../model/index.ts';

/** Dashes and minus signs, printed as `-` by the PDF extraction */
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Quotation marks of either format: «», “”, „, ″ */
const QUOTES = /[«»“”„″]/g;

/** The text as both formats agree on it: one kind of dash and quote, single spaces. */
export function formatBlind(text: string): string {
  return text.replace(DASHES, '-').replace(QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/** Equal keys: the same wording. */
export function wordingKey(p: Pick<Provision, 'type' | 'num' | 'heading' | 'text' | 'status'>): string {
  return [p.type, p.num ?? '', formatBlind(p.heading ?? ''), formatBlind(p.text), p.status].join('\u0000');
}
