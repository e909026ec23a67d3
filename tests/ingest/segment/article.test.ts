/** The journal article (seed 003), against what reading it gives (docs/formats.md A1–A3, corpus lines cited). */
import { describe, expect, it } from 'vitest';
import { FILES, segmented } from './documents-fixture.ts';

const article = segmented(FILES.article);

describe('journal article 003', () => {
  it('has the two-line all-caps title as the preface heading (1-2)', () => {
    expect(article.node('preface').heading).toBe(
      'АЗАМАТТАРДЫҢ СОТТА ҚОРҒАЛУ ҚҰҚЫҒЫН ҚАМТАМАСЫЗ ЕТУ ЖӘНЕ СОТ ТӨРЕЛІГІНЕ ҚОЛ ЖЕТІМДІЛІКТІҢ ЖҮЗЕГЕ АСЫРЫЛУЫ',
    );
  });

  it('has three abstracts, Kazakh, Russian and English, each marked with its language (4, 23, 41)', () => {
    const abstracts = ['abstract_kk', 'abstract_ru', 'abstract_en'].map((e) => article.node(e));
    expect(abstracts.map((a) => [a.heading, a.language, a.source.startLine])).toEqual([
      ['Аңдатпа', 'kk', 4],
      ['Аннотация', 'ru', 23],
      ['Abstract', 'en', 41],
    ]);
    expect(article.children('abstract_ru').every((p) => p.language === 'ru')).toBe(true);
  });

  it('joins an abstract line cut off from its continuation by a blank line (5→7)', () => {
    expect(article.node('abstract_kk__subpara_1').text).toContain('соның ішінде сот төрелігіне қол жетімділік, азаматтардың');
  });

  it('gives each abstract its keywords, in its language (20-21, 38-39, 56-57)', () => {
    expect(article.node('abstract_kk__keywords').text.startsWith('Тірек сөздер: сот төрелігіне қолжетімділік,')).toBe(true);
    expect(article.node('abstract_ru__keywords').text.endsWith('закон, гарантии.')).toBe(true);
    expect(article.node('abstract_en__keywords').language).toBe('en');
    expect(article.node('abstract_en__keywords').text).toContain('Information Technology in the judiciary');
  });

  it('has the introduction, the trilingual rubric over the body and the conclusions (59, 66-68, 410)', () => {
    expect(article.node('intro').heading).toBe('Кіріспе');
    expect(article.node('hcontainer_1').heading).toBe(
      'СОТ ТӨРЕЛІГІН ЖҮЗЕГЕ АСЫРУДЫҢ ҚАЗІРГІ МӘСЕЛЕЛЕРІ СОВРЕМЕННЫЕ ПРОБЛЕМЫ ОСУЩЕСТВЛЕНИЯ ПРАВОСУДИЯ CURRENT ISSUES IN JUSTICE ADMINISTRATION',
    );
    expect(article.node('conclusions').heading).toBe('Тұжырымдар мен ұсыныстар');
  });

  it('lists Біріншіден … Жетіншіден as the seven items of the conclusions (428-447)', () => {
    const items = article.children('conclusions').filter((p) => p.type === 'item');
    expect(items.map((i) => i.text.split(',')[0])).toEqual([
      'Біріншіден',
      'Екіншіден',
      'Үшіншіден',
      'Төртіншіден',
      'Бесіншіден',
      'Алтыншыдан',
      'Жетіншіден',
    ]);
    expect(items.map((i) => i.source.startLine)).toEqual([428, 432, 436, 440, 443, 446, 447]);
  });

  it('turns the running headers (title in sentence case, authors) into page artefacts', () => {
    const artefacts = article.result.editorialNotes.filter((n) => n.kind === 'pageArtefact').map((n) => n.source.startLine);
    expect(artefacts).toEqual([134, 266, 270, 271, 397, 401, 402]);
  });

  it('continues a sentence across a running header printed in its middle (132→137)', () => {
    const para = article.result.provisions.find((p) => p.text.includes('Конституцияның мәтінінде «әркім» туралы айтылатын болса'));
    expect(para?.source.startLine).toBe(130);
  });

  it('keeps the Constitution and source citations in the text for the citations stage ([13-бап 1-бөлік] [3], 119)', () => {
    expect(article.result.sites.some((s) => s.text.text.includes('[13-бап 1-бөлік] [3]'))).toBe(true);
  });

  it('reports that the sources cited by number are never listed', () => {
    expect(article.result.diagnostics.find((d) => d.rule === 'bibliographyMissing')?.line).toBe(96);
  });
});
