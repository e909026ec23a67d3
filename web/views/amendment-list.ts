/** Amendment events as a timeline: date, action, amending act (with its title), target, the note as printed. */
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import { actLabel, documentShortName, unitPath, type ActName, type DocumentName } from './labels.ts';

export interface AmendmentItem {
  id: string;
  action: string;
  effectiveFrom: string | null;
  targetLabel: string | null;
  raw: string;
  act: ActName;
  target: { id: string; type: string; number: string | null; ancestors?: { type: string; number: string | null }[] } | null;
  document?: DocumentName & { id: string };
  /** The target's wording in the last version held before the change and the first on or after it, when asked for */
  before?: Wording | null;
  after?: Wording | null;
}

interface Wording {
  validFrom: string;
  validTo: string | null;
  heading: string | null;
  text: string;
}

export interface TimelineOptions {
  /** The provision whose page shows the list: its own id is not linked again */
  pageId?: string;
  /** The list is of one act's amendments: the act is named above it, not on every line */
  oneAct?: boolean;
  /** Show each change's wording before and after, where the versions held give them */
  wordings?: boolean;
}

export function amendmentTimeline(
  ctx: PageContext,
  amendments: readonly AmendmentItem[],
  { pageId, oneAct = false, wordings = false }: TimelineOptions = {},
): Html {
  const { t } = ctx;
  return html`<ol class="timeline">${amendments.map((a) => {
    const target = a.target
      ? a.target.id === pageId
        ? unitPath(t, a.target)
        : html`<a href="${ctx.href(a.target.id)}">${a.document ? `${documentShortName(a.document)} ` : ''}${unitPath(t, a.target)}</a>`
      : (a.targetLabel ?? '—');
    return html`<li>
      <p><time${a.effectiveFrom ? html` datetime="${a.effectiveFrom}"` : null}>${a.effectiveFrom ?? t.amendments.noDate}</time>
        <span class="action action-${a.action.toLowerCase()}">${t.action[a.action] ?? a.action}</span> ${target}</p>
      ${oneAct ? null : html`<p class="act"><a href="${ctx.href(a.act.id)}">${actLabel(a.act)}</a></p>`}
      <blockquote class="note" lang="kk" aria-label="${t.amendments.note}">${a.raw}</blockquote>
      ${wordings && (a.before || a.after) ? beforeAfter(ctx, a) : null}
    </li>`;
  })}</ol>`;
}

/** The wording before and after a change, each with the period it was in force. */
function beforeAfter(ctx: PageContext, a: AmendmentItem): Html {
  const { t } = ctx;
  const wording = (label: string, w: Wording | null | undefined) =>
    html`<dt>${label}${w ? html` <span class="period">(${t.provision.period(w.validFrom, w.validTo)})</span>` : null}</dt>
      <dd lang="kk">${w ? [w.heading ? html`<strong>${w.heading}</strong> ` : null, w.text] : html`<em>${t.provision.notHeld}</em>`}</dd>`;
  return html`<details class="wording"><summary>${t.provision.wording}</summary><dl>
    ${wording(t.provision.before, a.before)}${wording(t.provision.after, a.after)}
  </dl></details>`;
}
