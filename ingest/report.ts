/**
 * The ingest report: what was extracted from each document and what went wrong, as data (the
 * `--json` report) and as plain text. Pure (documents in, report out), so the ingest script, `npm start` and tests share it.
 */
import type { Diagnostic, IngestedDocument } from '../model/index.ts';
import type { PeriodReconciliation } from './versions/reconcile.ts';

/** How many places a group of repeated warnings lists before it says "and N more". */
const PLACES_SHOWN = 8;

/** What the ingest extracted from one document and what went wrong: the `--json` report, one per document. */
export interface DocumentSummary {
  id: string;
  title: string;
  file: string;
  provisions: { total: number; byType: Record<string, number>; repealed: number };
  amendments: { total: number; byAction: Record<string, number>; amendingActs: number; unresolvedTargets: number };
  relations: { total: number; byType: Record<string, number> };
  citations: { total: number; resolved: number; unresolved: number; actMentions: number; acts: number };
  editorialNotes: { total: number; byKind: Record<string, number> };
  tocMismatches: Diagnostic[];
  diagnostics: Diagnostic[];
  /** The reconciliation of each pair of consecutive versions held of the work, oldest first; empty with one version */
  reconciliation: PeriodReconciliation[];
}

/** The documents' summaries; `reconciliations` holds, by document id, the reconciliation of the versions held of a work. */
export function summarizeDocuments(
  documents: readonly IngestedDocument[],
  reconciliations: ReadonlyMap<string, readonly PeriodReconciliation[]> = new Map(),
): DocumentSummary[] {
  return documents.map((doc) => {
    const { document, provisions, amendments, citations } = doc;
    const resolved = citations.filter((c) => c.resolved).length;
    return {
      id: document.id,
      title: document.title,
      file: document.file,
      provisions: {
        total: provisions.length,
        byType: counts(provisions.map((p) => p.type)),
        repealed: provisions.filter((p) => p.status === 'repealed').length,
      },
      amendments: {
        total: amendments.length,
        byAction: counts(amendments.map((a) => a.action)),
        amendingActs: new Set(amendments.map((a) => a.actId)).size,
        unresolvedTargets: amendments.filter((a) => a.targetId === null).length,
      },
      relations: { total: doc.relations.length, byType: counts(doc.relations.map((r) => r.type)) },
      citations: {
        total: citations.length,
        resolved,
        unresolved: citations.length - resolved,
        actMentions: doc.mentions.length,
        acts: doc.acts.length,
      },
      editorialNotes: { total: doc.editorialNotes.length, byKind: counts(doc.editorialNotes.map((n) => n.kind)) },
      tocMismatches: doc.diagnostics.filter((d) => d.rule === 'toc-mismatch'),
      diagnostics: doc.diagnostics.filter((d) => d.rule !== 'toc-mismatch'),
      reconciliation: [...(reconciliations.get(document.id) ?? [])],
    };
  });
}

export function formatReport(
  documents: readonly IngestedDocument[],
  reconciliations: ReadonlyMap<string, readonly PeriodReconciliation[]> = new Map(),
): string {
  const out: string[] = [];
  for (const summary of summarizeDocuments(documents, reconciliations)) out.push(...documentReport(summary), '');
  return out.join('\n').trimEnd();
}

function documentReport(s: DocumentSummary): string[] {
  const warnings = s.diagnostics;
  return [
    `${s.title}`,
    `  ${s.id} (${s.file})`,
    `  provisions: ${s.provisions.total} — ${tally(s.provisions.byType)}; repealed: ${s.provisions.repealed}`,
    `  amendments: ${s.amendments.total} — ${tally(s.amendments.byAction)}; distinct amending acts: ${s.amendments.amendingActs}; unresolved targets: ${s.amendments.unresolvedTargets}`,
    `  relations: ${s.relations.total} — ${tally(s.relations.byType)}`,
    `  citations: ${s.citations.total} — resolved ${s.citations.resolved}, unresolved ${s.citations.unresolved}; act mentions: ${s.citations.actMentions}; acts: ${s.citations.acts}`,
    `  editorial notes: ${s.editorialNotes.total} — ${tally(s.editorialNotes.byKind)}`,
    `  TOC/body mismatches: ${s.tocMismatches.length}`,
    ...s.tocMismatches.map((d) => `    ${d.file}:${d.line} ${d.reason}`),
    `  diagnostics: ${warnings.length}${warnings.some((d) => d.fatal) ? ' (some fatal)' : ''}`,
    ...groupDiagnostics(warnings),
    ...s.reconciliation.flatMap(periodReport),
  ];
}

/** A period's figures, then its unexplained changes and unconfirmed notes by cause, the first few of each. */
function periodReport(p: PeriodReconciliation): string[] {
  const out = [
    `  versions ${p.from} → ${p.to}: notes ${p.notes}, changed provisions ${p.changes} (explained ${p.explainedChanges}); confirmed ${p.confirmed}, unexplained changes ${p.unexplained}, unconfirmed notes ${p.unconfirmed}; typesetting differences folded: ${p.artefactsFolded.length}`,
  ];
  const open = p.cases.filter((c) => c.outcome !== 'confirmed');
  const groups = new Map<string, typeof open>();
  for (const c of open) groups.set(`${c.outcome} ${c.cause}`, [...(groups.get(`${c.outcome} ${c.cause}`) ?? []), c]);
  for (const [key, group] of groups) {
    out.push(`    [${key}] ×${group.length}`);
    for (const c of group.slice(0, PLACES_SHOWN)) out.push(`      ${c.file}:${c.line} ${c.eId ?? '?'}: ${c.detail ?? ''}`);
    if (group.length > PLACES_SHOWN) out.push(`      … and ${group.length - PLACES_SHOWN} more`);
  }
  return out;
}

/** How often each value occurs. */
function counts(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** `a 3, b 1`, most frequent first. */
function tally(counted: Readonly<Record<string, number>>): string {
  return (
    Object.entries(counted)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none'
  );
}

/** One block per rule: its count, then each place with its reason, the first few only. */
function groupDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const out: string[] = [];
  for (const [rule, group] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`    [${rule}] ×${group.length}${group.some((d) => d.fatal) ? ' fatal' : ''}`);
    for (const d of group.slice(0, PLACES_SHOWN)) out.push(`      ${d.file}:${d.line} ${d.reason}`);
    if (group.length > PLACES_SHOWN) out.push(`      … and ${group.length - PLACES_SHOWN} more`);
  }
  return out;
}
