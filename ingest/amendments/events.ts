/**
 * Turn the clauses of one note into Amendment events, collecting acts, ids and diagnostics
 * across the notes of a document. Ids are deterministic: the same notes in the same order
 * give the same ids, a repeated id getting `_2`, `_3`.
 */
import {
  type Act,
  type Amendment,
  type Diagnostic,
  type DocumentRelation,
  provisionId,
  unknownActUri,
  amendmentId,
} from '../../model/index.ts';
import { spanAt } from '../normalize.ts';
import type { AmendmentNote, AmendmentsResult } from '../stages.ts';
import { ActSet, actOf } from './acts.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { isSelfAuthorityNote, KAZAKH_NOTES, splitExportClauses } from './export-clauses.ts';
import { RUSSIAN_NOTES } from './grammar-ru.ts';
import { resolveTarget } from './targets.ts';

/** An Act for a clause; an impossible printed date gives a name-only act rather than a wrong date. */
function clauseAct(clause: Clause): Act {
  if (clause.date) return actOf(clause.kind, clause.number, clause.date);
  return {
    id: unknownActUri(`${clause.kind} ${clause.number} ${clause.printedDate}`),
    kind: clause.kind,
    number: clause.number,
    date: null,
    title: null,
    documentId: null,
  };
}

export class Collector {
  readonly amendments: Amendment[] = [];
  readonly relations: DocumentRelation[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly acts = new ActSet();
  readonly #seen = new Map<string, number>();

  /** A deterministic id: `base`, then `base_2`, `base_3` for repeats. */
  uniqueId(base: string): string {
    const n = (this.#seen.get(base) ?? 0) + 1;
    this.#seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  }

  warn(file: string, line: number, rule: string, reason: string): void {
    this.diagnostics.push({ reason, file, line, rule, fatal: false });
  }

  /** Events of one note; returns how many it yielded (0 when no amending act was found). */
  addNote(note: AmendmentNote): number {
    const joined = note.note;
    const { file } = joined.source;
    const exported = note.format === 'adilet';
    const grammar = note.language === 'ru' ? RUSSIAN_NOTES : KAZAKH_NOTES;
    const clauses = exported ? splitExportClauses(joined.text, grammar) : splitClauses(joined.text);
    if (clauses.length === 0) {
      // A commencement or validity note by this act's own article is read (it amends nothing) and kept as an editorial note.
      if (!(exported && isSelfAuthorityNote(joined.text, grammar)))
        this.warn(file, joined.source.startLine, 'amendment-note', `no amending act found in the note \`${joined.text}\``);
      return 0;
    }
    // The PDF text's clauses start the note; the export's target stands before its first act.
    const lead = exported ? '' : joined.text.slice(0, clauses[0]?.start ?? 0).trim();
    if (lead !== '') this.warn(file, joined.source.startLine, 'amendment-note', `text before the first act is not understood: \`${lead}\``);
    for (const clause of clauses) {
      const source = spanAt(joined, clause.start, clause.end);
      for (const p of clause.problems) this.warn(file, source.startLine, p.rule, p.reason);
      const act = this.acts.add(clauseAct(clause));
      const target = resolveTarget(clause.target, note);
      if (target.unresolved)
        this.warn(
          file,
          source.startLine,
          'amendment-target-unresolved',
          `cannot resolve \`${clause.targetLabel ?? '(no target)'}\`: ${target.unresolved}`,
        );
      if (clause.effectiveFrom && clause.date && clause.effectiveFrom < clause.date) {
        this.warn(
          file,
          source.startLine,
          'amendment-effective-before-act',
          `effective date ${clause.effectiveFrom} is earlier than the act's date ${clause.date}; kept as printed`,
        );
      }
      const base = amendmentId(note.documentId, target.eId, clause.number, clause.date ?? clause.printedDate);
      this.amendments.push({
        id: this.uniqueId(base),
        documentId: note.documentId,
        actId: act.id,
        action: clause.action,
        scope: target.scope,
        targetId: target.eId ? provisionId(note.documentId, target.eId) : null,
        targetLabel: clause.targetLabel,
        effectiveFrom: clause.effectiveFrom,
        raw: joined.text,
        source: clauses.length > 1 ? source : joined.source,
      });
    }
    return clauses.length;
  }

  result(): AmendmentsResult {
    return { amendments: this.amendments, relations: this.relations, acts: this.acts.list(), diagnostics: this.diagnostics };
  }
}
