import { suggest } from '../../shared/suggest';
import { normalizeText } from '../../shared/text/normalize';
import { resolveGold } from './conventions';
import { ARABIC } from './gold/ar';
import { ENGLISH } from './gold/en';
import { HELD_OUT } from './gold/heldout';
import { HELD_OUT_B } from './gold/heldout-b';
import { HELD_OUT_C } from './gold/heldout-c';
import { HELD_OUT_D } from './gold/heldout-d';
import { HELD_OUT_E } from './gold/heldout-e';
import type { GoldArticle } from './gold/types';
import { type ArticleScore, type Counts, type Outcome, addCounts, scoreArticle } from './score';

/** Our own gold sets, written before the annotation guidelines (see conventions.ts). */
export const GOLD: GoldArticle[] = [
  ...ARABIC,
  ...ENGLISH,
  ...HELD_OUT.map((a) => ({ ...a, batch: 'A' as const })),
  ...HELD_OUT_B.map((a) => ({ ...a, batch: 'B' as const })),
  ...HELD_OUT_C.map((a) => ({ ...a, batch: 'C' as const })),
  ...HELD_OUT_D.map((a) => ({ ...a, batch: 'D' as const })),
  ...HELD_OUT_E.map((a) => ({ ...a, batch: 'E' as const })),
].map((a) => ({ ...a, conventions: 'v1' as const }));

export interface GroupScore {
  articles: number;
  quote: Counts;
  speaker: Counts;
  figure: Counts;
  attribution: { matched: number; correct: number; gold: number };
  values: { matched: number; correct: number };
  outcomes: Outcome[];
}

const zero = (): Counts => ({ gold: 0, predicted: 0, exact: 0, overlap: 0 });

/** `rawConfidence`: the rules' own scores, before calibration (what calibrate.ts tallies). */
export function runArticle(article: GoldArticle, rawConfidence = false): ArticleScore {
  const text = normalizeText(article.text);
  const resolved = resolveGold(article, text);
  return scoreArticle(article, text, suggest(text, { excluded: resolved.excluded, rawConfidence }), resolved);
}

/** The old sets' groups: language × tuning / held-out batch, held-out, all. */
export function batchGroups(article: GoldArticle): string[] {
  const keys = [`${article.lang} ${article.heldOut ? `held-out ${article.batch}` : 'tuning'}`, `${article.lang} all`, 'all'];
  if (article.heldOut) keys.push(`${article.lang} held-out`);
  return keys;
}

/** Scores every gold article and sums them per group. */
export function evaluate(
  articles: GoldArticle[] = GOLD,
  groupsOf: (article: GoldArticle) => string[] = batchGroups,
  rawConfidence = false,
): { groups: Map<string, GroupScore>; perArticle: Map<GoldArticle, ArticleScore> } {
  const groups = new Map<string, GroupScore>();
  const perArticle = new Map<GoldArticle, ArticleScore>();
  for (const article of articles) {
    const score = runArticle(article, rawConfidence);
    perArticle.set(article, score);
    for (const key of groupsOf(article)) {
      const g = groups.get(key) ?? {
        articles: 0,
        quote: zero(),
        speaker: zero(),
        figure: zero(),
        attribution: { matched: 0, correct: 0, gold: 0 },
        values: { matched: 0, correct: 0 },
        outcomes: [],
      };
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
      g.outcomes.push(...score.outcomes);
      groups.set(key, g);
    }
  }
  return { groups, perArticle };
}
