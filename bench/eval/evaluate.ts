import { suggest } from '../../shared/suggest';
import { normalizeText } from '../../shared/text/normalize';
import { ARABIC } from './gold/ar';
import { ENGLISH } from './gold/en';
import { HELD_OUT } from './gold/heldout';
import { HELD_OUT_B } from './gold/heldout-b';
import { HELD_OUT_C } from './gold/heldout-c';
import { HELD_OUT_D } from './gold/heldout-d';
import { HELD_OUT_E } from './gold/heldout-e';
import type { GoldArticle } from './gold/types';
import { type ArticleScore, type Counts, addCounts, locate, scoreArticle } from './score';

const GOLD: GoldArticle[] = [
  ...ARABIC,
  ...ENGLISH,
  ...HELD_OUT.map((a) => ({ ...a, batch: 'A' as const })),
  ...HELD_OUT_B.map((a) => ({ ...a, batch: 'B' as const })),
  ...HELD_OUT_C.map((a) => ({ ...a, batch: 'C' as const })),
  ...HELD_OUT_D.map((a) => ({ ...a, batch: 'D' as const })),
  ...HELD_OUT_E.map((a) => ({ ...a, batch: 'E' as const })),
];

export interface GroupScore {
  articles: number;
  quote: Counts;
  speaker: Counts;
  figure: Counts;
  attribution: { matched: number; correct: number; gold: number };
  values: { matched: number; correct: number };
}

const zero = (): Counts => ({ gold: 0, predicted: 0, exact: 0, overlap: 0 });

function runArticle(article: GoldArticle): ArticleScore {
  const text = normalizeText(article.text);
  const excluded = (article.excluded ?? []).map((span) => locate(article.id, text, span));
  return scoreArticle(article, text, suggest(text, { excluded }));
}

/** Scores every gold article and sums them per group (language × tuning/held-out). */
export function evaluate(articles: GoldArticle[] = GOLD): { groups: Map<string, GroupScore>; perArticle: Map<GoldArticle, ArticleScore> } {
  const groups = new Map<string, GroupScore>();
  const perArticle = new Map<GoldArticle, ArticleScore>();
  for (const article of articles) {
    const score = runArticle(article);
    perArticle.set(article, score);
    for (const key of [`${article.lang} ${article.heldOut ? `held-out ${article.batch}` : 'tuning'}`, `${article.lang} held-out`, `${article.lang} all`, 'all'].filter((k, i) => i !== 1 || article.heldOut)) {
      const g = groups.get(key) ?? { articles: 0, quote: zero(), speaker: zero(), figure: zero(), attribution: { matched: 0, correct: 0, gold: 0 }, values: { matched: 0, correct: 0 } };
      g.articles++;
      g.quote = addCounts(g.quote, score.quote);
      g.speaker = addCounts(g.speaker, score.speaker);
      g.figure = addCounts(g.figure, score.figure);
      g.attribution = {
        matched: g.attribution.matched + score.attribution.matched,
        correct: g.attribution.correct + score.attribution.correct,
        gold: g.attribution.gold + score.attribution.gold,
      };
      g.values = { matched: g.values.matched + score.values.matched, correct: g.values.correct + score.values.correct };
      groups.set(key, g);
    }
  }
  return { groups, perArticle };
}
