/**
 * Meilisearch filter expressions from the port's typed SearchFilter. Attribute names are
 * ours (never user text); every value is a double-quoted string literal, escaped for the
 * filter parser, so no value can end its literal and add a condition (`" OR kind = "x`).
 */
import type { SearchFilter, SearchLanguage } from '../port.ts';

/** The Meilisearch attribute each filter field tests. */
const ATTRIBUTES: Record<keyof SearchFilter, string> = {
  document: 'documentId',
  kind: 'kind',
  chapter: 'chapter',
  status: 'status',
};

/**
 * A Meilisearch string literal. The parser takes `\"` as a quote inside the literal, then
 * unescapes backslash sequences (`\\` → `\`), so backslashes are doubled first and quotes
 * escaped after; any other character, newlines included, may stand as it is.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `documentId = "…" AND kind = "code"`, in the fields' fixed order; null when nothing restricts. */
export function buildSearchFilter(filter: SearchFilter | undefined): string | null {
  if (!filter) return null;
  const conditions: string[] = [];
  for (const field of Object.keys(ATTRIBUTES) as (keyof SearchFilter)[]) {
    const value = filter[field];
    if (value === undefined || value === null) continue;
    conditions.push(`${ATTRIBUTES[field]} = ${quoteFilterValue(value)}`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : null;
}

/** `documentId IN ["…", "…"]`: the search documents of these corpus documents. */
export function documentIdsFilter(documentIds: readonly string[]): string {
  return `documentId IN [${documentIds.map(quoteFilterValue).join(', ')}]`;
}

/**
 * The rows of one language: `language = "ru"` for the Russian text; for Kazakh, every row not Russian, since rows
 * written before the Russian text was indexed carry no language and are all Kazakh.
 */
export function languageFilter(language: SearchLanguage): string {
  return language === 'ru' ? `language = "ru"` : `language != "ru"`;
}
