/**
 * Resolve a note's target wording to an eId, using where the note stands. Part and
 * subparagraph numbers are relative (to the current article, to the current part), so the
 * unit printed next to the note — the one it stands in place of, after (the database export) or
 * before (the PDF text) — is preferred when it is the unit named; otherwise the eId is built from
 * the note's place.
 */
import { type AmendmentScope, cleanNum, codeEId } from '../../model/index.ts';
import type { AmendmentNote, PlacedUnit } from '../stages.ts';
import type { TargetWords } from './grammar.ts';

export interface ResolvedTarget {
  eId: string | null;
  scope: AmendmentScope;
  /** Why eId is null, when it is and that is a problem (the table of contents is not one) */
  unresolved: string | null;
}

function named(unit: PlacedUnit | null, target: TargetWords): unit is PlacedUnit {
  return unit !== null && unit.type === target.type && unit.num !== null && cleanNum(unit.num) === cleanNum(target.num ?? '');
}

function fromPlace(target: TargetWords, note: AmendmentNote): string | null {
  const { place } = note;
  const num = target.num;
  switch (target.type) {
    case 'article':
      return codeEId({ article: num });
    case 'chapter':
      return codeEId({ chapter: num });
    case 'section':
      return codeEId({ section: num });
    case 'part':
      return place.article ? codeEId({ article: place.article, part: num }) : null;
    case 'subparagraph':
      return place.article ? codeEId({ article: place.article, part: place.part, subparagraph: num }) : null;
    case 'paragraph':
      return place.article ? codeEId({ article: place.article, part: place.part, subparagraph: place.subparagraph, paragraph: num }) : null;
    default:
      return null;
  }
}

export function resolveTarget(target: TargetWords | null, note: AmendmentNote): ResolvedTarget {
  if (target === null) {
    const unit = note.replaces ?? note.previous ?? note.next;
    return unit
      ? { eId: unit.eId, scope: 'provision', unresolved: null }
      : { eId: null, scope: 'provision', unresolved: 'the note names no target and no unit follows it' };
  }
  const scope: AmendmentScope = target.heading ? 'heading' : 'provision';
  if (target.type === 'tableOfContents') return { eId: null, scope, unresolved: null };
  const unit = [note.replaces, note.previous, note.next].find((u) => named(u ?? null, target));
  if (unit) return { eId: unit.eId, scope, unresolved: null };
  const eId = fromPlace(target, note);
  return eId
    ? { eId, scope, unresolved: null }
    : { eId: null, scope, unresolved: `a ${target.type} number needs an enclosing article, and the note stands outside any` };
}
