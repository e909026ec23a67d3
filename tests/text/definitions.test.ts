/** Defined terms read off the real code: its definitions article (4-бап, line 866) and sentences that define. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { DEFINITIONS_HEADING, definedTermOf, shortFormOf } from '../../text/index.ts';
import { ingestedCode, provision } from '../contract/corpus-fixture.ts';

describe('defined terms', () => {
  let code: IngestedDocument;
  beforeAll(async () => {
    code = await ingestedCode();
  });

  it('finds the definitions article by its heading, and only it', () => {
    const articles = code.provisions.filter((p) => p.type === 'article' && DEFINITIONS_HEADING.test(p.heading ?? ''));
    expect(articles.map((a) => a.id)).toEqual([provision('art_4')]);
  });

  it('reads the term of every subparagraph of the definitions article', () => {
    const points = code.provisions.filter((p) => p.type === 'subparagraph' && p.id.startsWith(`${provision('art_4')}__`));
    // 45 numbered subparagraphs `N) term - …` from line 866 on (some repealed ones carry a note instead of a term)
    const terms = points.map((p) => definedTermOf(p.text)).filter((t) => t !== null);
    expect(terms.length).toBeGreaterThanOrEqual(40);
    // lines 877 (2) and 891 (4)
    expect(definedTermOf(code.provisions.find((p) => p.id === provision('art_4__para_1__point_2'))?.text ?? '')).toBe('арыз иесі');
    expect(definedTermOf(code.provisions.find((p) => p.id === provision('art_4__para_1__point_4'))?.text ?? '')).toBe('әкімшілік акт');
  });

  it('reads the short form a definition introduces, and none where it introduces none', () => {
    // line 950: `14) берілген функциялардың мониторингі (бұдан әрі - мониторинг) - …` (monitoring of transferred functions)
    const monitoring = code.provisions.find((p) => p.id === provision('art_4__para_1__point_14'))?.text ?? '';
    expect(definedTermOf(monitoring)).toBe('берілген функциялардың мониторингі');
    expect(shortFormOf(monitoring)).toBe('мониторинг');
    expect(shortFormOf(code.provisions.find((p) => p.id === provision('art_4__para_1__point_4'))?.text ?? '')).toBeNull();
  });

  it('reads a term defined with дегеніміз, and no term from a sentence that only uses a dash', () => {
    expect(definedTermOf('Медиация дегеніміз – тараптардың келісімге келуі')).toBe('Медиация');
    expect(definedTermOf('Шағым беру мерзімі өткен жағдайда, шағым қайтарылады.')).toBeNull();
    expect(
      definedTermOf(
        'Осы Кодекстің 22-бабының бірінші бөлігінде көзделген мән-жайлар болған кезде, сот, егер тараптар осы мәселе бойынша сот талқылауына келмесе - іс қарайды.',
      ),
    ).toBeNull();
  });
});

describe('defined terms in the access to information law (401-V, version 2026-06-11; subparagraphs of article 1 quoted)', () => {
  it('leaves an exception clause out of the term, before it in Kazakh and after it in Russian', () => {
    expect(
      definedTermOf(
        'мемлекет жүз пайыз қатысатын тұлғаларды қоспағанда, квазимемлекеттік сектор субъектілері бірінші басшыларының блог-платформасы – азаматтардың сұрау салуды жіберу … мүмкіндігін қамтамасыз ететін ақпараттандыру объектісі;',
      ),
    ).toBe('квазимемлекеттік сектор субъектілері бірінші басшыларының блог-платформасы');
    expect(
      definedTermOf(
        'блог-платформа первых руководителей субъектов квазигосударственного сектора, за исключением лиц со стопроцентным участием государства – объект информатизации, …',
      ),
    ).toBe('блог-платформа первых руководителей субъектов квазигосударственного сектора');
  });

  it('reads no term from a commencement note printed where a definition is still to come', () => {
    expect(definedTermOf('алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі - ҚР 09.01.2026 № 256-VIII Заңымен;')).toBeNull();
  });
});
