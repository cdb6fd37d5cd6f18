import { ACCEPT_ALL_THRESHOLD } from '../../shared/suggest/calibration';
import type { GroupScore } from './evaluate';
import { prf } from './score';

export interface Figures {
  p: number;
  r: number;
  f1: number;
}
export interface GroupSummary {
  articles: number;
  quotes: { gold: number; found: number; overlap: Figures; exact: Figures };
  speakers: { gold: number; found: number; overlap: Figures; exact: Figures };
  /** Share of found gold quotes whose suggested speaker is the right entity. */
  attribution: { accuracy: number; correct: number; matched: number; goldQuotes: number };
  /** Figures found as the issue counts them (overlap ≥ 0.5, or without their counted noun). */
  figures: { gold: number; found: number; overlap: Figures; exact: Figures };
  figureValues: { accuracy: number; correct: number; matched: number };
  /** What Accept all would store at the default threshold, and how much of it is right. */
  acceptAll: {
    threshold: number;
    offered: number;
    accepted: number;
    leftForReview: number;
    precision: number;
    byType: Record<'quote' | 'speaker' | 'figure', { accepted: number; correct: number; precision: number }>;
    /** Found quotes that Accept all would store with a speaker, and how many of those speakers are right. */
    attribution: { linked: number; correct: number; precision: number };
  };
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export function summarize(g: GroupScore, threshold = ACCEPT_ALL_THRESHOLD): GroupSummary {
  const accepted = g.outcomes.filter((o) => o.suggestion.confidence >= threshold);
  const byType = Object.fromEntries(
    (['quote', 'speaker', 'figure'] as const).map((t) => {
      const mine = accepted.filter((o) => o.suggestion.type === t);
      const correct = mine.filter((o) => o.correct).length;
      return [t, { accepted: mine.length, correct, precision: ratio(correct, mine.length) }];
    }),
  ) as GroupSummary['acceptAll']['byType'];
  const links = accepted.filter((o) => o.linkCorrect !== undefined);
  const rightLinks = links.filter((o) => o.linkCorrect).length;
  return {
    articles: g.articles,
    quotes: { gold: g.quote.gold, found: g.quote.predicted, overlap: prf(g.quote, 'overlap'), exact: prf(g.quote, 'exact') },
    speakers: { gold: g.speaker.gold, found: g.speaker.predicted, overlap: prf(g.speaker, 'overlap'), exact: prf(g.speaker, 'exact') },
    attribution: { accuracy: ratio(g.attribution.correct, g.attribution.matched), ...g.attribution, goldQuotes: g.attribution.gold },
    figures: { gold: g.figure.gold, found: g.figure.predicted, overlap: prf(g.figure, 'overlap'), exact: prf(g.figure, 'exact') },
    figureValues: { accuracy: ratio(g.values.correct, g.values.matched), ...g.values },
    acceptAll: {
      threshold,
      offered: g.outcomes.length,
      accepted: accepted.length,
      leftForReview: g.outcomes.length - accepted.length,
      precision: ratio(accepted.filter((o) => o.correct).length, accepted.length),
      byType,
      attribution: { linked: links.length, correct: rightLinks, precision: ratio(rightLinks, links.length) },
    },
  };
}

const pct = (n: number) => (Number.isFinite(n) ? (n * 100).toFixed(1) : '–');
const prfText = (f: Figures) => `${pct(f.p)} / ${pct(f.r)} / ${pct(f.f1)}`;

/** One column per group, one row per measure: what `eval:suggest -- --gold DIR` prints. */
export function summaryTable(groups: Array<[string, GroupSummary]>): Record<string, Record<string, string>> {
  const rows: Record<string, Record<string, string>> = {};
  const row = (label: string, value: (s: GroupSummary) => string) => {
    rows[label] = Object.fromEntries(groups.map(([key, s]) => [key, value(s)]));
  };
  row('articles', (s) => String(s.articles));
  row('quote P/R/F1 (overlap)', (s) => prfText(s.quotes.overlap));
  row('quote P/R/F1 (exact)', (s) => prfText(s.quotes.exact));
  row('quotes gold / found', (s) => `${s.quotes.gold} / ${s.quotes.found}`);
  row('speaker P/R/F1 (overlap)', (s) => prfText(s.speakers.overlap));
  row('speaker P/R/F1 (exact)', (s) => prfText(s.speakers.exact));
  row('speakers gold / found', (s) => `${s.speakers.gold} / ${s.speakers.found}`);
  row('attribution accuracy', (s) => `${pct(s.attribution.accuracy)} (${s.attribution.correct}/${s.attribution.matched})`);
  row('figure P/R/F1 (as the issue counts)', (s) => prfText(s.figures.overlap));
  row('figure P/R/F1 (exact)', (s) => prfText(s.figures.exact));
  row('figures gold / found', (s) => `${s.figures.gold} / ${s.figures.found}`);
  row('figure value accuracy', (s) => `${pct(s.figureValues.accuracy)} (${s.figureValues.correct}/${s.figureValues.matched})`);
  row('Accept all: precision', (s) => `${pct(s.acceptAll.precision)} (≥ ${s.acceptAll.threshold})`);
  row('Accept all: accepted / left', (s) => `${s.acceptAll.accepted} / ${s.acceptAll.leftForReview}`);
  for (const t of ['quote', 'speaker', 'figure'] as const) {
    row(
      `Accept all: ${t} precision`,
      (s) => `${pct(s.acceptAll.byType[t].precision)} (${s.acceptAll.byType[t].correct}/${s.acceptAll.byType[t].accepted})`,
    );
  }
  row(
    'Accept all: attribution precision',
    (s) => `${pct(s.acceptAll.attribution.precision)} (${s.acceptAll.attribution.correct}/${s.acceptAll.attribution.linked})`,
  );
  return rows;
}
