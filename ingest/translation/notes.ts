/**
 * Reconciling the amendment notes of the Kazakh and the Russian text of one version: each text prints its own notes
 * (`Ескерту. …`, `Сноска. …`), parsed into the same events, so every event of one should have an event of the other
 * with the same act and target. Each disagreement is a diagnostic at the Kazakh note (the Russian one's place in its
 * reason): an event with no counterpart, an act numbered differently on the same date and target (a typo in one
 * text), or the same act and target with another action or effective date.
 */
import type { Amendment, Diagnostic, SourceSpan } from '../../model/index.ts';

const at = (span: SourceSpan) => `${span.file}:${span.startLine}`;
/** The provision an event targets; events of no provision (the table of contents, `Мазмұны`/`Оглавление`) share one key. */
const target = (a: Amendment) => a.targetId ?? 'no provision';
/** The target as a message names it. */
const where = (a: Amendment) => a.targetId ?? `\`${a.targetLabel ?? 'no target'}\``;
/** The act's kind and date: its id without the number (`/akn/kz/act/law/2021-12-20`). */
const actDate = (a: Amendment) => a.actId.slice(0, a.actId.lastIndexOf('/'));
const actNumber = (a: Amendment) => a.actId.slice(a.actId.lastIndexOf('/') + 1);

export function reconcileNotes(kazakh: readonly Amendment[], russian: readonly Amendment[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const warn = (span: SourceSpan, reason: string) =>
    diagnostics.push({ reason, file: span.file, line: span.startLine, rule: 'translation-note', fatal: false });
  const unmatched = [...russian];
  const take = (test: (r: Amendment) => boolean): Amendment | null => {
    const i = unmatched.findIndex(test);
    return i < 0 ? null : (unmatched.splice(i, 1)[0] ?? null);
  };
  const pending: Amendment[] = [];
  // Same act and target first, so an act's two events on one target pair up in order.
  for (const kk of kazakh) {
    const ru = take((r) => r.actId === kk.actId && target(r) === target(kk));
    if (!ru) {
      pending.push(kk);
      continue;
    }
    if (ru.action !== kk.action)
      warn(kk.source, `${where(kk)} by ${actNumber(kk)}: ${kk.action} in Kazakh, ${ru.action} in Russian (${at(ru.source)})`);
    else if (ru.effectiveFrom !== kk.effectiveFrom)
      warn(
        kk.source,
        `${where(kk)} by ${actNumber(kk)}: in force from ${kk.effectiveFrom ?? 'no date'} in Kazakh, ${ru.effectiveFrom ?? 'no date'} in Russian (${at(ru.source)})`,
      );
  }
  for (const kk of pending) {
    const ru = take((r) => actDate(r) === actDate(kk) && target(r) === target(kk) && r.action === kk.action);
    if (ru)
      warn(
        kk.source,
        `${where(kk)}: the Kazakh note names act ${actNumber(kk)}, the Russian ${actNumber(ru)} (${at(ru.source)}), of the same date`,
      );
    else warn(kk.source, `${where(kk)}: ${kk.action} by ${actNumber(kk)} in the Kazakh notes only`);
  }
  for (const ru of unmatched) warn(ru.source, `${where(ru)}: ${ru.action} by ${actNumber(ru)} in the Russian notes only`);
  return diagnostics;
}
