/**
 * What replacing a stored document with a new parse of its text would lose: the articles, parts and
 * amendment events the stored version has and the new one lacks, and the structural warnings the
 * new parse carries that the stored one did not (a text cut off, a text with no structure the grammar
 * knows, two units with one number). A damaged text must not silently replace good data: the corpus
 * sync refuses such a replacement unless the operator accepts the loss (app/corpus-sync.ts, app/graph-sync.ts).
 * Pure: the stored version is read by the caller.
 */
import type { Amendment, Diagnostic, IngestedDocument, Provision } from '../model/index.ts';

/** The stored version of a document, as far as the comparison needs it. */
export interface StoredVersion {
  provisions: readonly Provision[];
  amendments: readonly Amendment[];
  diagnostics: readonly Diagnostic[];
}

/** Rules of the ingest diagnostics that mean the text's structure is damaged. */
export const STRUCTURAL_RULES: readonly string[] = ['truncated', 'no-structure', 'duplicate-eid'];

export interface ReplacementLoss {
  documentId: string;
  file: string;
  /** eIds of the stored articles the new version lacks */
  articles: string[];
  /** eIds of the stored parts (бөлік) the new version lacks */
  parts: string[];
  /** Ids of the stored amendment events the new version lacks */
  amendments: string[];
  /** Structural warnings of the new parse that the stored version did not have */
  warnings: Diagnostic[];
}

/** The loss, or null when the new version keeps everything and adds no structural warning. */
export function replacementLoss(stored: StoredVersion, next: IngestedDocument): ReplacementLoss | null {
  const nextEIds = new Set(next.provisions.map((p) => p.eId));
  const missing = (type: Provision['type']) => stored.provisions.filter((p) => p.type === type && !nextEIds.has(p.eId)).map((p) => p.eId);
  const nextAmendments = new Set(next.amendments.map((a) => a.id));
  const storedRules = new Set(stored.diagnostics.map((d) => d.rule));
  const loss: ReplacementLoss = {
    documentId: next.document.id,
    file: next.document.file,
    articles: missing('article'),
    parts: missing('part'),
    amendments: stored.amendments.filter((a) => !nextAmendments.has(a.id)).map((a) => a.id),
    warnings: next.diagnostics.filter((d) => STRUCTURAL_RULES.includes(d.rule) && !storedRules.has(d.rule)),
  };
  const lost = loss.articles.length + loss.parts.length + loss.amendments.length + loss.warnings.length;
  return lost > 0 ? loss : null;
}

/** Up to `n` items, then how many more. */
function some(items: readonly string[], n = 10): string {
  return items.length <= n ? items.join(', ') : `${items.slice(0, n).join(', ')} and ${items.length - n} more`;
}

/** One line saying what would be lost, for logs and errors. */
export function describeLoss(loss: ReplacementLoss): string {
  const parts = [
    loss.articles.length && `${loss.articles.length} articles (${some(loss.articles)})`,
    loss.parts.length && `${loss.parts.length} parts (${some(loss.parts)})`,
    loss.amendments.length && `${loss.amendments.length} amendment events`,
    ...loss.warnings.map((w) => `${w.rule} at ${w.file}:${w.line}: ${w.reason}`),
  ].filter(Boolean);
  return `${loss.file} (${loss.documentId}): ${parts.join('; ')}`;
}

/** Thrown by the corpus sync when a replacement would lose data and the loss was not accepted; nothing was written. */
export class ReplacementRefused extends Error {
  constructor(readonly losses: readonly ReplacementLoss[]) {
    super(
      `refused to replace ${losses.length} stored document(s) with texts that lose data or look damaged; nothing was written ` +
        `(check the texts, or accept the loss: npm run ingest -- --accept-loss, reingest(acceptLoss: true)):\n${losses.map(describeLoss).join('\n')}`,
    );
    this.name = 'ReplacementRefused';
  }
}
