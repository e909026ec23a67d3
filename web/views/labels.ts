/** How provisions, documents and acts are named on the pages. */
import { html, type Html } from '../html.ts';
import type { Messages } from '../i18n.ts';

export interface ProvisionName {
  type: string;
  number: string | null;
  heading?: string | null;
  /** Enclosing units, outermost first: where given, a part is named with its article */
  ancestors?: readonly { type: string; number: string | null }[];
}

export interface DocumentName {
  title: string;
  shortNames?: readonly string[];
}

export interface ActName {
  id: string;
  number: string | null;
  date: string | null;
  title: string | null;
}

type UnitType = Parameters<Messages['unit']>[0];

/** `22-бап` / `Статья 22` */
export function unitLabel(t: Messages, p: ProvisionName): string {
  return t.unit(p.type as UnitType, p.number);
}

/** Levels that name a unit within a document: a part is `23-бап 2-бөлік`, not just `2-бөлік`. */
const NAMED_FROM = new Set(['ARTICLE', 'TOPIC']);

/** `23-бап 2-бөлік 7) тармақша`: the unit with its enclosing article, where the ancestors are known. */
export function unitPath(t: Messages, p: ProvisionName): string {
  const ancestors = p.ancestors ?? [];
  const from = ancestors.findIndex((a) => NAMED_FROM.has(a.type));
  if (from < 0 || NAMED_FROM.has(p.type)) return unitLabel(t, p);
  return [...ancestors.slice(from), p].map((u) => unitLabel(t, u)).join(' ');
}

/** `22-бап. Арыз иесі` */
export function provisionTitle(t: Messages, p: ProvisionName): string {
  const unit = unitPath(t, p);
  return p.heading ? `${unit}. ${p.heading}` : unit;
}

/** The short name of a document (`ӘРПК`), else its title. */
export function documentShortName(d: DocumentName): string {
  return d.shortNames?.[0] ?? d.title;
}

/** `№ 241-VIII, 2025-12-17` with the title when known. */
export function actLabel(a: ActName): string {
  const parts = [a.number ? `№ ${a.number}` : null, a.date].filter(Boolean).join(', ');
  const name = parts || a.id;
  return a.title ? `${a.title} (${name})` : name;
}

/** A provision's status as a badge (`Алып тасталған`, `Әлі қолданысқа енгізілмеген`); none for one in force. */
export function statusBadge(t: Messages, status: string): Html | null {
  return status === 'IN_FORCE' ? null : html`<span class="badge ${status.toLowerCase()}">${t.status[status] ?? status}</span>`;
}

/** How a unit not in force reads where its text would stand (`алып тасталды`, `әлі қолданысқа енгізілмеген`); null in force. */
export function statusNote(t: Messages, status: string): string | null {
  return status === 'REPEALED' ? t.provision.repealed : status === 'PENDING' ? t.provision.pending : null;
}
