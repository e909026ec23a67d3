/** What every page handler gets: the request's URL and locale, the GraphQL client, and link building. */
import type { GraphQLClient } from './client.ts';
import { chooseLocale, DEFAULT_LOCALE, messages, type Locale, type Messages } from './i18n.ts';

export interface PageContext {
  url: URL;
  locale: Locale;
  t: Messages;
  client: GraphQLClient;
  /** A same-site link keeping the locale; params with empty values are left out */
  href(path: string, params?: Record<string, string | number | null | undefined>): string;
}

export function createPageContext(request: Request, url: URL, client: GraphQLClient): PageContext {
  const locale = chooseLocale(url, request.headers.get('accept-language'));
  return {
    url,
    locale,
    t: messages(locale),
    client,
    href: (path, params = {}) => link(path, { ...params, lang: locale === DEFAULT_LOCALE ? null : locale }),
  };
}

/** `path?params` with the params in the given order, empty ones dropped. Akoma Ntoso ids are paths already. */
export function link(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${encodeURI(path)}?${text}` : encodeURI(path);
}
