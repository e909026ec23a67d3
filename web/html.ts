/**
 * HTML templates as tagged template literals: every interpolated value is escaped unless it is
 * already `Html` (the output of another template), so a page cannot carry markup from the data.
 */

/** Markup that is safe to send as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template accepts: text (escaped), markup, lists of either; null, undefined and false render nothing. */
export type Fragment = Html | string | number | null | undefined | false | readonly Fragment[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function render(fragment: Fragment): string {
  if (fragment === null || fragment === undefined || fragment === false) return '';
  if (fragment instanceof Html) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join('');
  return escapeHtml(String(fragment));
}

export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += render(values[i] as Fragment) + (strings[i + 1] as string);
  return new Html(out);
}

/**
 * Markup the API already escaped: search snippets are HTML-escaped text with `<mark>` around the
 * matched words (SearchHit.snippet). Anything but `<mark>`/`</mark>` is escaped again.
 */
export function markedSnippet(snippet: string): Html {
  return new Html(snippet.replace(/<(?!\/?mark>)/g, '&lt;'));
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so the data cannot close
 * the element, whatever text it holds.
 */
export function jsonScript(id: string, value: unknown): Html {
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);
}
