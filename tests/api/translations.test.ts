/**
 * The Russian text through the API (yoga.fetch), after importing the shared exports into a temporary data dir beside
 * the real seed corpus: `Provision.text(language:)`, `heading(language:)`, `translations`, `document(id, language)`.
 * The code's Russian text is of its 2024-01-01 version, older than the seed's 2026-01-01 text; the cinema law's
 * Russian text is of its one version.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../api/index.ts';
import { importAct } from '../../app/index.ts';
import { createBackends, type Backends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';
import { adiletPath } from '../shared-dir.ts';
import { graphql } from './graphql-client.ts';

const SEED = fileURLToPath(new URL('../../corpus/', import.meta.url));

interface Translation {
  language: string;
  heading: string | null;
  text: string;
  validFrom: string;
  validTo: string | null;
  source: { file: string; startLine: number };
}

describe('the Russian text through the API', () => {
  let work: string;
  let backends: Backends;
  let query: <T>(q: string) => Promise<T>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'zangraph-api-ru-'));
    const config = loadConfig({ ZANGRAPH_DATA_DIR: join(work, 'data') });
    const settings = { ...config.corpus, corpusDir: SEED };
    backends = await createBackends(config);
    await importAct(adiletPath('appc-350-VI'), settings, backends);
    await importAct(adiletPath('law-2019-cinema'), settings, backends);
    const yoga = await createServer({ graph: backends.graph, search: backends.search });
    query = async <T>(q: string) => {
      const { data, errors } = await graphql<T>(yoga.fetch, q);
      expect(errors).toBeUndefined();
      return data as T;
    };
  }, 120_000);

  afterAll(async () => {
    await backends.close();
    await rm(work, { recursive: true, force: true });
  });

  it('gives a provision its text in Russian beside the Kazakh, and the Kazakh by default', async () => {
    const { article } = await query<{ article: { heading: string; ru: string; text: string; textRu: string; kk: string } }>(
      `{ article(document: "212-VI", number: "7") { heading ru: heading(language: RU) text textRu: text(language: RU) kk: text(language: KK) } }`,
    );
    expect(article.heading).toBe('Фильмді прокаттау және көрсету');
    expect(article.ru).toBe('Прокат и показ фильма');
    expect(article.kk).toBe(article.text);
    const { provision } = await query<{ provision: { text: string; ru: string; children: Array<{ number: string; ru: string }> } }>(
      `{ provision(id: "212-VI/~art_7__para_4") { text ru: text(language: RU) children { number ru: text(language: RU) } } }`,
    );
    expect(provision.text).toBe('Прокаттау куәлігін алу үшін жеке немесе заңды тұлға:');
    expect(provision.ru).toBe('Для получения прокатного удостоверения физическому или юридическому лицу необходимо представить:');
    expect(provision.children[0]).toEqual({ number: '1', ru: 'заявление на имя руководителя уполномоченного органа;' });
  });

  it('reads the Russian wording in force on the date asked for with asOf, none today when only an earlier version holds it', async () => {
    const { dated, today } = await query<{ dated: { ru: string | null; translations: Translation[] }; today: { ru: string | null } }>(
      `{ dated: provision(id: "350-VI/~art_3__para_3__point_4", asOf: "2024-06-01") { ru: text(language: RU) translations { text validFrom validTo } }
         today: provision(id: "350-VI/~art_3__para_3__point_4") { ru: text(language: RU) } }`,
    );
    const held = dated.translations.find((w) => w.validFrom <= '2024-06-01' && (w.validTo === null || '2024-06-01' < w.validTo));
    expect(held?.text).toContain('Конституционного Суда');
    expect(dated.ru).toBe(held?.text);
    expect(today.ru).toBeNull();
  });

  it('lists the Russian wording under translations, with its period and its place in rus.md', async () => {
    const { article } = await query<{ article: { translations: Translation[] } }>(
      `{ article(document: "212-VI", number: "7") { translations { language heading text validFrom validTo source { file startLine } } } }`,
    );
    expect(article.translations).toEqual([
      {
        language: 'RU',
        heading: 'Прокат и показ фильма',
        text: '',
        validFrom: '2024-08-20',
        validTo: null,
        source: { file: 'law-2019-cinema/2024-08-20/rus.md', startLine: 179 },
      },
    ]);
  });

  it('reads a whole document in Russian with document(id, language: RU)', async () => {
    const { document } = await query<{ document: { id: string; language: string; articles: Array<{ number: string; heading: string }> } }>(
      `{ document(id: "212-VI", language: RU) { id language articles { number heading } } }`,
    );
    expect(document.language).toBe('ru');
    expect(document.articles.find((a) => a.number === '7')?.heading).toBe('Прокат и показ фильма');
    expect(document.articles).toHaveLength(20);
    const { kk } = await query<{ kk: { language: string; articles: Array<{ heading: string }> } }>(
      `{ kk: document(id: "212-VI", language: KK) { language articles { heading } } }`,
    );
    expect(kk.language).toBe('kk');
    expect(kk.articles).toHaveLength(20);
    expect(kk.articles.find((a) => a.heading === 'Фильмді прокаттау және көрсету')).toBeDefined();
  });

  it('gives an act held in Russian its Russian title (meta.yaml title.rus), and the title read in Russian', async () => {
    const { cinema, cinemaRu, code } = await query<{
      cinema: { title: string; titleRu: string | null };
      cinemaRu: { title: string };
      code: { title: string; titleRu: string | null };
    }>(
      `{ cinema: document(id: "212-VI") { title titleRu } cinemaRu: document(id: "212-VI", language: RU) { title }
         code: document(id: "350-VI") { title titleRu } }`,
    );
    // law-2019-cinema/2024-08-20/meta.yaml: title.kaz `Кинематография туралы`, title.rus `О кинематографии`
    expect(cinema).toEqual({ title: 'Кинематография туралы', titleRu: 'О кинематографии' });
    expect(cinemaRu.title).toBe('О кинематографии');
    // the seed's manifest title stays the code's; its 2024-01-01 export's meta.yaml gives the Russian one
    expect(code).toEqual({
      title: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі',
      titleRu: 'АДМИНИСТРАТИВНЫЙ ПРОЦЕДУРНО-ПРОЦЕССУАЛЬНЫЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН',
    });
  });

  it('holds the code’s Russian text as the wording of its 2024-01-01 version: not the text in force, and no Russian document', async () => {
    const { article, document } = await query<{
      article: { heading: string; ru: string | null; translations: Translation[] };
      document: { id: string } | null;
    }>(
      `{ article(document: "350-VI", number: "24") { heading ru: heading(language: RU) translations { language heading validFrom validTo source { file startLine } } }
         document(id: "350-VI", language: RU) { id } }`,
    );
    expect(article.heading).toBe('Соттың құрамы');
    expect(article.ru).toBeNull();
    expect(article.translations.map(({ text: _text, ...t }) => t)).toEqual([
      {
        language: 'RU',
        heading: 'Состав суда',
        validFrom: '2024-01-01',
        validTo: '2026-01-01',
        source: { file: 'appc-350-VI/2024-01-01/rus.md', startLine: 473 },
      },
    ]);
    expect(document).toBeNull();
  });
});
