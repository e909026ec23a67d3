/**
 * Screenshots of each page type of the web interface, for docs/screenshots/ (linked from the
 * README). Takes them from a running server (`npm start`) with Debian's chromium:
 *
 *   npx tsx scripts/web-screenshots.ts [--origin http://localhost:4000] [--out docs/screenshots]
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseCommandLine } from './cli.ts';

const { values: flags } = parseCommandLine({
  usage: 'npx tsx scripts/web-screenshots.ts',
  summary: "Take the README's screenshots of each page type from a running server with Debian's chromium.",
  flags: {
    origin: { type: 'string', value: '<url>', description: 'the running server', default: 'http://localhost:4000' },
    out: { type: 'string', value: '<dir>', description: 'where the PNG files go', default: 'docs/screenshots' },
  },
  variables: [],
});
const values = { origin: String(flags.origin), out: String(flags.out) };
const CODE = '/akn/kz/act/code/2020-06-29/350-VI';

/** Name, path and viewport of each screenshot: every page type wide, and the main ones on a phone. */
const SHOTS: { name: string; path: string; phone?: boolean; wait?: string; scrollTo?: string; run?: boolean }[] = [
  { name: 'search-landing', path: '/' },
  { name: 'search-results', path: `/?q=${encodeURIComponent('сотқа шағым')}&document=${encodeURIComponent(CODE)}` },
  { name: 'search-results-phone', path: `/?q=${encodeURIComponent('сотқа шағым')}`, phone: true },
  { name: 'search-last-amended', path: `/?q=${encodeURIComponent('сотқа шағым')}&lastAmended=2025` },
  { name: 'provision', path: `${CODE}/~art_22`, wait: '#graph canvas' },
  { name: 'provision-citations', path: `${CODE}/~art_23`, wait: '#graph canvas', scrollTo: '#cites' },
  { name: 'provision-phone', path: `${CODE}/~art_22`, phone: true, wait: '#graph canvas' },
  { name: 'provision-ru', path: `${CODE}/~art_4?lang=ru`, wait: '#graph canvas' },
  // With the code's earlier versions imported (`npm run import -- ../shared/adilet/appc-350-VI`)
  { name: 'provision-bilingual', path: `${CODE}/~art_3?asOf=2024-06-01&text=both`, wait: '#graph canvas' },
  { name: 'provision-diff', path: `${CODE}/~art_3?from=2022-12-30&to=2024-01-01`, wait: '#graph canvas', scrollTo: '#versions' },
  { name: 'document', path: CODE },
  { name: 'amendments', path: `/amendments?document=${encodeURIComponent(CODE)}` },
  { name: 'act', path: '/akn/kz/act/law/2025-12-17/241-VIII' },
  { name: 'graphiql', path: '/graphql', wait: '.graphiql-container .monaco-editor', run: true },
];

await mkdir(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage(
      shot.phone
        ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true }
        : { viewport: { width: 1280, height: 900 } },
    );
    await page.goto(values.origin + shot.path, { waitUntil: 'networkidle' });
    if (shot.wait) await page.waitForSelector(shot.wait, { timeout: 15_000 });
    if (shot.run) {
      // GraphiQL with its first tab's query run, so the picture shows an answer
      await page.locator('.graphiql-execute-button').click();
      await page.waitForSelector('.result-window .view-lines:has-text("data")', { timeout: 15_000 });
    }
    if (shot.scrollTo) await page.locator(shot.scrollTo).evaluate((element) => element.scrollIntoView());
    const file = join(values.out, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
