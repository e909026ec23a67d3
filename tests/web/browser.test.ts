/**
 * The web interface end to end in a real browser: Debian's chromium driven by playwright-core,
 * against the real server on loopback over the ingested seed corpus. Every request the browser
 * makes is recorded, so a page that reached for another host fails its test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ID } from '../acts.ts';
import { LAW_241_ID } from '../contract/corpus-fixture.ts';
import { readmeExamples } from '../../web/graphiql.ts';
import { serveInPieces } from './arriving-in-pieces.ts';
import { serveWeb, type WebServer } from './fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTICLE_22 = `${CODE_ID}/~art_22`;
const PHONE = { width: 390, height: 844 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!existsSync(CHROMIUM))(`the web interface in chromium (${CHROMIUM}; .ci/run installs it)`, () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Every URL the pages of the current test requested */
  let requested: string[] = [];

  beforeAll(async () => {
    web = await serveWeb({ listen: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-domain-reliability', '--no-pings'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  /** `origin` is the server's own unless a test puts a proxy in front of it */
  async function open(path: string, viewport = { width: 1280, height: 900 }, origin = web.origin): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport });
    context.on('request', (request) => requested.push(request.url().replace(origin, web.origin)));
    const page = await context.newPage();
    await page.goto(origin + path);
    return page;
  }
  afterEach(async () => {
    // Whatever a test did, no request may have left the machine.
    for (const url of requested) expect(url.startsWith(`${web.origin}/`) || /^(data|blob):/.test(url), url).toBe(true);
    requested = [];
    await context?.close();
  });

  it('searches with a filter, pages on, and opens a hit', async () => {
    const page = await open('/');
    await page.fill('#q', 'сотқа шағым');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=/);
    await page.locator('.facet a', { hasText: 'ӘРПК — ' }).click();
    await page.waitForURL(/document=/);
    const titles = page.locator('.hit-title');
    expect(await titles.count()).toBe(10);
    for (const place of await page.locator('.hit .place').allTextContents()) expect(place.startsWith('ӘРПК')).toBe(true);
    const firstOfPage1 = await titles.first().getAttribute('href');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/after=/);
    expect(new URL(page.url()).searchParams.get('document')).toBe(CODE_ID);
    expect(await page.locator('ol.hits').getAttribute('start')).toBe('11');
    expect(await titles.first().getAttribute('href')).not.toBe(firstOfPage1);
    const href = (await titles.first().getAttribute('href')) as string;
    await titles.first().click();
    await page.waitForURL((url) => url.pathname === href);
    // A hit is an article, or the part of it the match lies in (`161-бап 2-бөлік`): its title starts with the article
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^\d+(-\d+)?-бап[. ]/);
  });

  it('follows a cited-by link and a citation back, and draws the neighbourhood', async () => {
    const page = await open(ARTICLE_22);
    await page.waitForSelector('#graph canvas');
    const citing = page.locator('[aria-labelledby="cited-by"] a').first();
    const source = (await citing.getAttribute('href')) as string;
    await citing.click();
    await page.waitForURL((url) => url.pathname === source);
    const back = page.locator(`a.ref[href^="${ARTICLE_22}"], [aria-labelledby="cites"] a[href^="${ARTICLE_22}"]`).first();
    await back.click();
    await page.waitForURL((url) => url.pathname.startsWith(ARTICLE_22));
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
  });

  it('opens an act’s amendments from a provision’s timeline', async () => {
    const page = await open(ARTICLE_22);
    await page.locator('.timeline .act a').first().click();
    await page.waitForURL((url) => url.pathname === LAW_241_ID);
    await expect(page.locator('h1').textContent()).resolves.toContain('241-VIII');
    expect(await page.locator('.timeline > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart').count()).toBe(2);
  });

  it('narrows a search to a year of last amendment from its facet', async () => {
    const page = await open(`/?q=${encodeURIComponent('сотқа шағым')}`);
    const facet = page.locator('.facet', { has: page.locator('h2', { hasText: 'Соңғы өзгеріс жылы' }) });
    const first = facet.locator('li a').first();
    const year = (await first.textContent())?.trim() as string;
    const count = Number(await facet.locator('li .count').first().textContent());
    expect(year).toMatch(/^\d{4}$/);
    await first.click();
    await page.waitForURL(/lastAmended=\d{4}/);
    await expect(page.locator('#results-summary').textContent()).resolves.toContain(`${count} нәтиже`);
    const dates = await page.locator('.hit .meta').allTextContents();
    expect(dates.length).toBe(Math.min(count, 10));
    for (const text of dates) expect(text).toContain(`Соңғы өзгеріс: ${year}-`);
    expect(await facet.locator('a[aria-current="true"]').textContent()).toBe(year);
  });

  it('pages through a document’s amendments oldest first and narrows the explorer to a year from its chart', async () => {
    const page = await open(`/amendments?document=${encodeURIComponent(CODE_ID)}&order=oldest`);
    const firstPage = await page.locator('.timeline time').allTextContents();
    expect(firstPage).toHaveLength(50);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/after=/);
    const secondPage = await page.locator('.timeline time').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(await page.locator('select[name="order"]').inputValue()).toBe('oldest');
    const yearBar = page.locator('.chart').first().locator('li a').first();
    const year = (await yearBar.textContent())?.trim() as string;
    const count = Number(await page.locator('.chart').first().locator('.bar-count').first().textContent());
    await yearBar.click();
    await page.waitForURL(/from=\d{4}-01-01/);
    expect(await page.locator('input[name="from"]').inputValue()).toBe(`${year}-01-01`);
    await expect(page.locator('.summary').first().textContent()).resolves.toContain(`${count} өзгеріс`);
    for (const date of await page.locator('.timeline time').allTextContents()) expect(date.startsWith(year)).toBe(true);
  });

  it('shows a provision as of a chosen date, beside its Russian text, and compares two versions', async () => {
    const point4 = `${CODE_ID}/~art_3__para_3__point_4`;
    const page = await open(point4);
    await page.fill('input[name="asOf"]', '2024-06-01');
    await page
      .locator('form', { has: page.locator('input[name="asOf"]') })
      .locator('button')
      .click();
    await page.waitForURL(/asOf=2024-06-01/);
    await expect(page.locator('.notice').textContent()).resolves.toContain('2024-06-01');
    await page.locator('.switch a', { hasText: 'Қатар' }).click();
    await page.waitForURL(/text=both/);
    const russian = page.locator('section.text[lang="ru"]');
    await expect(russian.textContent()).resolves.toContain('Конституционного Суда');
    const columns = await page
      .locator('.bilingual > section')
      .evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().left));
    expect(columns).toHaveLength(2);
    expect(columns[1]).toBeGreaterThan(columns[0] as number);
    await page.selectOption('select[name="from"]', '2022-12-30');
    await page.selectOption('select[name="to"]', '2024-01-01');
    await page
      .locator('form', { has: page.locator('select[name="to"]') })
      .locator('button')
      .click();
    await page.waitForURL(/from=2022-12-30/);
    // Marked by more than colour: struck through and underlined.
    const del = page.locator('.diff del').first();
    const ins = page.locator('.diff ins').first();
    await expect(del.evaluate((e) => getComputedStyle(e).textDecorationLine)).resolves.toBe('line-through');
    await expect(ins.evaluate((e) => getComputedStyle(e).textDecorationLine)).resolves.toBe('underline');
    await expect(del.textContent()).resolves.toContain('Кеңесі');
    await expect(ins.textContent()).resolves.toContain('Соты');
    await page.locator('.wording summary').first().click();
    await expect(page.locator('.wording dl').first().isVisible()).resolves.toBe(true);
  });

  it('serves an Atom feed a browser parses as XML', async () => {
    const page = await open(LAW_241_ID);
    const feedHref = (await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')) as string;
    const parsed = await page.evaluate(async (href) => {
      const xml = new DOMParser().parseFromString(await (await fetch(href)).text(), 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const entries = [...xml.getElementsByTagNameNS(ns, 'entry')];
      return {
        errors: xml.getElementsByTagName('parsererror').length,
        root: xml.documentElement.localName,
        entries: entries.length,
        complete: entries.every((e) =>
          ['id', 'title', 'updated', 'link', 'content'].every((n) => e.getElementsByTagNameNS(ns, n).length > 0),
        ),
      };
    }, feedHref);
    expect(parsed).toMatchObject({ errors: 0, root: 'feed', complete: true });
    expect(parsed.entries).toBeGreaterThan(0);
  });

  it('renders GraphiQL’s editor with the README examples as tabs, every file from this server', async () => {
    const page = await open('/graphql');
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 30_000 });
    await expect(page.locator('.graphiql-tab').count()).resolves.toBe(readmeExamples().length);
    expect(requested.some((url) => url.includes('/assets/graphiql/graphiql.js'))).toBe(true);
  });

  it('goes to the search box with "/" and through the hits with j, k and Enter', async () => {
    const page = await open(`/?q=${encodeURIComponent('әкімшілік акт')}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(second).toBe(await page.locator('.hit-title').nth(1).getAttribute('href'));
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/akn/'));
  });

  it('paints every page in its final layout while it arrives, and fits a phone screen without sideways scrolling', async () => {
    const slow = await serveInPieces(web.origin);
    try {
      for (const path of [`/?q=${encodeURIComponent('сотқа шағым')}`, ARTICLE_22, `/amendments?document=${encodeURIComponent(CODE_ID)}`])
        for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
          const page = await open(path, viewport, slow.origin);
          await page.waitForLoadState('networkidle');
          const shift = await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                let total = 0;
                new PerformanceObserver((list) => {
                  for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
                    if (!entry.hadRecentInput) total += entry.value;
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => resolve(total), 200);
              }),
          );
          expect(shift, `${path} at ${viewport.width} px`).toBeLessThan(0.05);
          if (viewport === PHONE)
            expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
        }
    } finally {
      await slow.close();
    }
  });

  // One test a page, each with its own time budget, so a slow page names itself (its path decoded).
  const axePages = [
    '/',
    `/?q=${encodeURIComponent('сотқа шағым')}&document=${encodeURIComponent(CODE_ID)}`,
    ARTICLE_22,
    `${ARTICLE_22}?lang=ru`,
    `${CODE_ID}/~art_3?asOf=2024-06-01&text=both&from=2022-12-30&to=2024-01-01`,
    CODE_ID,
    '/amendments',
    `/amendments?document=${encodeURIComponent(CODE_ID)}&order=oldest`,
    `/?q=${encodeURIComponent('сотқа шағым')}&lastAmended=2025`,
    LAW_241_ID,
    `${CODE_ID}/~art_9999`,
    '/graphql',
  ];
  it.each(axePages.map((path) => [decodeURIComponent(path), path]))(
    'has no serious accessibility violations (axe-core) on %s',
    async (_, path) => {
      const page = await open(path);
      // GraphiQL is ready when its editor is drawn: its editor workers may keep the network busy past that, so
      // waiting for the network to go quiet there timed out now and then; our own pages are ready when it is quiet.
      if (path === '/graphql') await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 30_000 });
      else await page.waitForLoadState('networkidle');
      await page.evaluate(AXE);
      // GraphiQL's own tab bar puts a close button inside each tab (axe: nested-interactive); that markup is
      // the vendored GraphiQL build's, not ours, so only that rule is left out, and only on its page.
      const rules = path === '/graphql' ? { 'nested-interactive': { enabled: false } } : {};
      const violations = await page.evaluate(async (options) => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Document,
                options: object,
              ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { rules: options });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      }, rules);
      expect(violations, path).toEqual([]);
    },
  );
});
