import type { Country } from '../schema/scenario.js';
import type { ConventionConduct } from './conduct.js';
import {
  type ElementEffect,
  isOffenceArticle,
  OFFENCE_ARTICLES,
  type OffenceArticle,
  type OffenceArticleId,
  type OffenceElement,
  REAL_TIME_ARTICLE,
} from './offence-elements.js';

/** One choice a country made: on this conduct, this element has this effect, under this article. */
export interface ElementOption {
  article: OffenceArticleId;
  conduct: ConventionConduct;
  element: OffenceElement;
  effect: ElementEffect;
}

type Law = Pick<Country['law'], 'criminalises' | 'reservations'>;

/** The options a country took, element by element (Arts 7-15). */
export function elementOptions(law: Pick<Law, 'reservations'>): ElementOption[] {
  return law.reservations.flatMap((reservation) => {
    if (!isOffenceArticle(reservation.article)) return [];
    const article: OffenceArticle = OFFENCE_ARTICLES[reservation.article];
    const chosen = (reservation.elements ?? []).flatMap((element) => {
      const effect = article.elements[element];
      return effect ? [[element, effect] as const] : [];
    });
    const fixed = Object.entries(article.fixed ?? {}) as [OffenceElement, ElementEffect][];
    return [...chosen, ...fixed].map(
      ([element, effect]): ElementOption => ({
        article: reservation.article as OffenceArticleId,
        conduct: article.conduct,
        element,
        effect,
      }),
    );
  });
}

/** Elements that reach a conduct only where a State extends it to them (Art. 15: a person believed to be a child). */
const EXTENSIONS: readonly { conduct: string; element: OffenceElement }[] = Object.values(
  OFFENCE_ARTICLES as Record<string, OffenceArticle>,
).flatMap((article) =>
  (Object.entries(article.elements) as [OffenceElement, ElementEffect][])
    .filter(([, effect]) => effect === 'extends')
    .map(([element]) => ({ conduct: article.conduct, element })),
);

/**
 * Whether a conduct is a crime in a country, given the elements the facts meet: it criminalises
 * the conduct (under any name, Art. 35), every element its options require is met, none it
 * excludes is, and an element that only an extension reaches is one it extended to.
 */
export function conductCriminalIn(law: Law, conduct: string, elements: readonly string[]): boolean {
  if (law.criminalises[conduct] === undefined) return false;
  const options = elementOptions(law).filter((option) => option.conduct === conduct);
  for (const option of options) {
    const met = elements.includes(option.element);
    if (option.effect === 'requires' && !met) return false;
    if (option.effect === 'excludes' && met) return false;
  }
  return EXTENSIONS.every(
    (extension) =>
      extension.conduct !== conduct ||
      !elements.includes(extension.element) ||
      options.some((option) => option.effect === 'extends' && option.element === extension.element),
  );
}

/** The articles that let an element be chosen for a conduct (an offence's element must qualify one of its conducts). */
export function articlesOfElement(
  element: string,
): { article: OffenceArticleId; conduct: ConventionConduct }[] {
  return (Object.entries(OFFENCE_ARTICLES) as [OffenceArticleId, OffenceArticle][])
    .filter(
      ([, article]) =>
        Object.hasOwn(article.elements, element) || Object.hasOwn(article.fixed ?? {}, element),
    )
    .map(([article, { conduct }]) => ({ article, conduct }));
}

/**
 * The conduct for which a country keeps real-time collection of traffic data under an Art. 23
 * reservation, or undefined when it made none (recalled; model BC 14(3)(a)).
 */
export function realTimeCollectionFor(law: Pick<Law, 'reservations'>): readonly string[] | undefined {
  return law.reservations.find((reservation) => reservation.article === REAL_TIME_ARTICLE)
    ?.realTimeCollectionFor;
}
