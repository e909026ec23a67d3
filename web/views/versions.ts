/**
 * A provision's versions on its page: the wording in force on a date (a date picker and a link per
 * version), and two versions compared word by word. Inserted and deleted runs are `<ins>` and `<del>`,
 * underlined and struck through and named for screen readers, so the difference is never told by colour alone.
 */
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import type { Compared, ProvisionData, ProvisionView } from '../routes/akn.ts';
import { actLabel, unitLabel } from './labels.ts';

type Provision = NonNullable<ProvisionData['provision']>;

export function versionsPanel(ctx: PageContext, p: Provision, view: ProvisionView, compared: Compared | null): Html {
  const { t } = ctx;
  const text = view.text === 'kk' ? null : view.text;
  // The versions of the document: the provision as each of them words it.
  const versions = p.document.versions;
  const shown = p.asOf
    ? versions.find((v) => v.validFrom <= (p.asOf as string) && (!v.validTo || (p.asOf as string) < v.validTo))
    : versions.at(-1);
  return html`<section class="panel" aria-labelledby="versions"><h2 id="versions">${t.provision.versions} <span class="count">${versions.length}</span></h2>
  <ol class="versions">${versions.map(
    (v) =>
      html`<li>${
        v === shown
          ? html`<span aria-current="true" class="current">${t.provision.period(v.validFrom, v.validTo)}</span>`
          : html`<a href="${ctx.href(p.id, { asOf: v.validFrom, text })}">${t.provision.period(v.validFrom, v.validTo)}</a>`
      }</li>`,
  )}</ol>
  <form class="filters" method="get" action="${ctx.href(p.id)}">
    ${ctx.locale === 'kk' ? null : html`<input type="hidden" name="lang" value="${ctx.locale}">`}
    ${text ? html`<input type="hidden" name="text" value="${text}">` : null}
    <label>${t.provision.asOf} <input type="date" name="asOf" value="${p.asOf ?? ''}" min="${versions[0]?.validFrom ?? ''}"></label>
    <button type="submit">${t.provision.show}</button>
  </form>
  ${compared ? comparison(ctx, p, view, compared) : null}
</section>`;
}

function comparison(ctx: PageContext, p: Provision, view: ProvisionView, compared: Compared): Html {
  const { t } = ctx;
  const select = (name: 'from' | 'to', label: string, value: string) =>
    html`<label>${label} <select name="${name}">${p.document.versions.map(
      (v) => html`<option value="${v.validFrom}"${v.validFrom === value ? ' selected' : ''}>${v.validFrom}</option>`,
    )}</select></label>`;
  return html`<h3 id="compare">${t.provision.compare}</h3>
  <form class="filters" method="get" action="${ctx.href(p.id)}#compare">
    ${ctx.locale === 'kk' ? null : html`<input type="hidden" name="lang" value="${ctx.locale}">`}
    ${p.asOf ? html`<input type="hidden" name="asOf" value="${p.asOf}">` : null}
    ${view.text === 'kk' ? null : html`<input type="hidden" name="text" value="${view.text}">`}
    ${select('from', t.provision.from, compared.from)} ${select('to', t.provision.to, compared.to)}
    <button type="submit">${t.provision.show}</button>
  </form>
  ${
    compared.changes.length > 0
      ? html`<p class="hint">${t.provision.legend}</p>
  <ol class="changes">${compared.changes.map(
    (change) => html`<li><p><strong>${unitLabel(t, change)}</strong> <span class="action">${t.change[change.kind] ?? change.kind}</span></p>
    <p class="diff" lang="${p.document.language}">${change.runs.map((run, i) => [
      i > 0 && spaced(change.runs[i - 1]?.text ?? '', run.text) ? ' ' : '',
      run.kind === 'INSERTED'
        ? html`<ins><span class="visually-hidden">[${t.provision.inserted}: </span>${run.text}<span class="visually-hidden">]</span></ins>`
        : run.kind === 'DELETED'
          ? html`<del><span class="visually-hidden">[${t.provision.deleted}: </span>${run.text}<span class="visually-hidden">]</span></del>`
          : run.text,
    ])}</p>
    ${change.acts.length > 0 ? html`<p class="act">${change.acts.map((a, i) => html`${i > 0 ? '; ' : ''}<a href="${ctx.href(a.id)}">${actLabel(a)}</a>`)}</p>` : null}</li>`,
  )}</ol>`
      : html`<p>${t.provision.unchanged}</p>`
  }`;
}

/** Whether a space stands between two runs: the API's runs are words without the spaces between them, and no space goes before closing punctuation or after an opening bracket. */
function spaced(previous: string, next: string): boolean {
  return !/^[,.;:!?)»\]]/.test(next) && !/[(«[]$/.test(previous);
}
