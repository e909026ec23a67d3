/**
 * GraphiQL at `/graphql` from local files: yoga's renderer loads its scripts and styles from a
 * public CDN, which a machine without internet cannot reach. This page loads the same GraphiQL
 * build (@graphql-yoga/render-graphiql's bundle, served by assets.ts) from this server, and opens
 * with the README's example queries as tabs.
 */
import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { assetUrl } from './assets.ts';
import { escapeHtml, jsonScript } from './html.ts';

const README = new URL('../README.md', import.meta.url);

export interface ExampleTab {
  query: string;
}

/**
 * The ```graphql blocks of the README's API section, each named by the sentence before it
 * (`Everything law 241-VIII changed, …` → `query EverythingLaw241VIIIChanged`), so GraphiQL's tab
 * titles say what each does. The README stays the one place the examples are written; an example
 * that does not parse fails here (and in tests/web/routes.test.ts).
 */
export function readmeExamples(readme: string = readFileSync(README, 'utf8')): ExampleTab[] {
  const api = readme.split(/^## /m).find((section) => section.startsWith('API'));
  if (!api) return [];
  const tabs: ExampleTab[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  for (let match = block.exec(api); match; match = block.exec(api)) {
    const query = (match[1] as string).trim();
    const sentence = sentenceBefore(api.slice(0, match.index).trimEnd().split('\n'));
    // Printed by graphql-js: the README's one-liners open one field per line, as GraphiQL's prettify would.
    tabs.push({ query: print(parse(query.startsWith('{') ? `query ${operationName(sentence)} ${query}` : query)) });
  }
  return tabs;
}

/** The paragraph just above a code block, joined into one line. */
function sentenceBefore(lines: readonly string[]): string {
  const paragraph: string[] = [];
  for (let i = lines.length - 1; i >= 0 && (lines[i] as string).trim() !== ''; i--) paragraph.unshift((lines[i] as string).trim());
  return paragraph.join(' ');
}

/** A GraphQL operation name from the first words of a sentence: letters and digits of ASCII words, PascalCase. */
export function operationName(sentence: string): string {
  const words = sentence
    .replace(/`[^`]*`/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z_]/.test(name) ? name : `Example${name}`;
}

let examples: ExampleTab[] | null = null;

/** yoga's `renderGraphiQL` option. */
export function renderGraphiQL(options: GraphiQLOptions): string {
  examples ??= readmeExamples();
  const boot = {
    graphiql: { ...options, defaultTabs: options.defaultTabs ?? examples },
    workers: {
      editorWorkerService: assetUrl('graphiql/editor.worker.js'),
      json: assetUrl('graphiql/json.worker.js'),
      graphql: assetUrl('graphiql/graphql.worker.js'),
    },
  };
  const title = escapeHtml(options.title ?? 'zangraph GraphiQL');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${assetUrl('graphiql/favicon.ico')}">
<link rel="stylesheet" href="${assetUrl('graphiql/graphiql.css')}">
<script src="${assetUrl('graphiql/graphiql.js')}" defer></script>
<script src="${assetUrl('graphiql-boot.js')}" defer></script>
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. Queries can still be sent with POST /graphql.</noscript>
<main id="root"></main>
${jsonScript('graphiql-options', boot).value}
</body>
</html>`;
}
