/** The frame of every page: skip link, header with the search box and navigation, language switch, main. */
import { assetUrl } from '../assets.ts';
import type { PageContext } from '../context.ts';
import { html, type Fragment, type Html } from '../html.ts';
import { LOCALES } from '../i18n.ts';

export interface PageFrame {
  title: string;
  body: Fragment;
  /** Extra scripts (asset names), loaded deferred after the site script */
  scripts?: readonly string[];
  /** Alternate representations (JSON, Atom) to announce in the head */
  alternates?: readonly { type: string; href: string; title: string }[];
  /** The search box's value */
  query?: string;
}

export function layout(ctx: PageContext, frame: PageFrame): Html {
  const { t } = ctx;
  const other = LOCALES.find((l) => l !== ctx.locale) ?? ctx.locale;
  const switched = new URL(ctx.url);
  switched.searchParams.set('lang', other);
  return html`<!doctype html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · ${t.siteName}</title>
<link rel="stylesheet" href="${assetUrl('site.css')}">
${(frame.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}" title="${a.title}">`)}
<script src="${assetUrl('site.js')}" defer></script>
${(frame.scripts ?? []).map((s) => html`<script src="${assetUrl(s)}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site">
  <a class="brand" href="${ctx.href('/')}"><strong>${t.siteName}</strong> <span>${t.tagline}</span></a>
  <form class="search-box" role="search" action="/" method="get">
    <label class="visually-hidden" for="q">${t.search.label}</label>
    <input id="q" name="q" type="search" value="${frame.query ?? ''}" placeholder="${t.search.placeholder}" autocomplete="off" maxlength="500" accesskey="s">
    ${ctx.locale === 'kk' ? null : html`<input type="hidden" name="lang" value="${ctx.locale}">`}
    <button type="submit">${t.search.submit}</button>
  </form>
  <nav aria-label="${t.nav.label}">
    <a href="${ctx.href('/amendments')}">${t.nav.amendments}</a>
    <a href="/graphql">${t.nav.graphiql}</a>
    <a href="${switched.pathname + switched.search}" hreflang="${other}" lang="${other}">${t.otherLocaleName}</a>
  </nav>
</header>
<main id="main" tabindex="-1">
${frame.body}
</main>
</body>
</html>`;
}
