/**
 * The acts a text that quotes acts (a policy paper, an article, a textbook) has named so far: the context
 * from which references that do not name their act take it. The rules, in the order the resolver applies them:
 * 1. Sites are read in document order; every act anchor (`ӘҚБтК-нің`, `«…» Заңы`, `Конституциясы`), with or
 *    without a chain, names its act, and every resolved chain cites an article of it.
 * 2. The context lasts through one division of the text (a textbook topic, a policy paper's section, the whole
 *    article): a reference does not take its act from another topic.
 * 3. A bare chain (`[13-бап 1-бөлік]`, `(786-бап)`) cites the act last named among the acts that have articles
 *    (constitution, constitutional law, code, law, treaty: a concept, a decree or an order is not cited by article).
 * 4. A generic word (`кодекске`, `Конвенцияның`, `Тұжырымдамада`) and `осы Кодекстің` / `осы Заңның` inside quoted
 *    text name the act of that kind last named.
 * 5. `осы баптың` (of this article) inside quoted text is the article whose label the text printed last (`(786-бап)`,
 *    a bare chain before quoting the article's text), unless a named reference to that act came after the label:
 *    after `ӘҚБтК: 651, …, 681-баптары` the quoted text may be any article, so the article stays unknown.
 * A Citation or ActMention whose act came from here carries `actFromContext: true`.
 */
import type { ActKind } from '../../model/index.ts';
import type { ActEntry } from '../acts/registry.ts';
import type { CitationSite, Place } from '../stages.ts';

const CITED_BY_ARTICLE: ReadonlySet<ActKind> = new Set<ActKind>(['constitution', 'constitutionalLaw', 'code', 'law', 'treaty']);

export class ReferenceContext {
  private division: string | null = null;
  private named: ActEntry[] = [];
  private readonly lastArticle = new Map<string, string>();

  /** Start reading a site: a site of another division starts an empty context (rule 2). */
  enter(site: CitationSite): void {
    const division = site.place.chapter ?? site.place.section ?? '';
    if (division === this.division) return;
    this.division = division;
    this.named = [];
    this.lastArticle.clear();
  }

  /** An act anchor named `act` (rule 1). */
  name(act: ActEntry): void {
    this.named = [...this.named.filter((a) => a.id !== act.id), act];
  }

  /** A chain cited an article of an act; `label` when it was a bare chain, the label of quoted text (rule 5). */
  cite(actId: string, article: string | null, label: boolean): void {
    if (label && article) this.lastArticle.set(actId, article);
    else this.lastArticle.delete(actId);
  }

  /** The act a bare chain cites (rule 3), or null when the text has named none here. */
  forBareChain(): ActEntry | null {
    return [...this.named].reverse().find((a) => CITED_BY_ARTICLE.has(a.kind)) ?? null;
  }

  /** The act a generic word or a quoted `осы Кодекстің` names (rule 4). */
  ofKind(kind: ActKind): ActEntry | null {
    return [...this.named].reverse().find((a) => a.kind === kind) ?? null;
  }

  /** Where quoted `осы баптың` stands: the article last labelled of the act last named (rule 5). */
  quotedPlace(): Place {
    const act = this.forBareChain();
    return { section: null, chapter: null, article: act ? (this.lastArticle.get(act.id) ?? null) : null, part: null, subparagraph: null };
  }
}
