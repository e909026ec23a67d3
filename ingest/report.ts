/**
 * The ingest report: what was extracted from each document and what went wrong, as plain text.
 * Pure (documents in, string out), so the ingest script, `npm start` and tests share it.
 */
import type { Diagnostic, IngestedDocument } from '../model/index.ts';

/** How many places a group of repeated warnings lists before it says "and N more". */
const PLACES_SHOWN = 8;

export function formatReport(documents: readonly IngestedDocument[]): string {
  const out: string[] = [];
  for (const doc of documents) out.push(...documentReport(doc), '');
  return out.join('\n').trimEnd();
}

function documentReport(doc: IngestedDocument): string[] {
  const { document, provisions, amendments, citations } = doc;
  const repealed = provisions.filter((p) => p.status === 'repealed').length;
  const resolved = citations.filter((c) => c.resolved).length;
  const amendingActs = new Set(amendments.map((a) => a.actId));
  const tocMismatches = doc.diagnostics.filter((d) => d.rule === 'toc-mismatch');
  const warnings = doc.diagnostics.filter((d) => d.rule !== 'toc-mismatch');
  return [
    `${document.title}`,
    `  ${document.id} (${document.file})`,
    `  provisions: ${provisions.length} — ${tally(provisions.map((p) => p.type))}; repealed: ${repealed}`,
    `  amendments: ${amendments.length} — ${tally(amendments.map((a) => a.action))}; distinct amending acts: ${amendingActs.size}; unresolved targets: ${amendments.filter((a) => a.targetId === null).length}`,
    `  relations: ${doc.relations.length} — ${tally(doc.relations.map((r) => r.type))}`,
    `  citations: ${citations.length} — resolved ${resolved}, unresolved ${citations.length - resolved}; act mentions: ${doc.mentions.length}; acts: ${doc.acts.length}`,
    `  editorial notes: ${doc.editorialNotes.length} — ${tally(doc.editorialNotes.map((n) => n.kind))}`,
    `  TOC/body mismatches: ${tocMismatches.length}`,
    ...tocMismatches.map((d) => `    ${d.file}:${d.line} ${d.reason}`),
    `  diagnostics: ${warnings.length}${warnings.some((d) => d.fatal) ? ' (some fatal)' : ''}`,
    ...groupDiagnostics(warnings),
  ];
}

/** `a 3, b 1`, most frequent first. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
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
