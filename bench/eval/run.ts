// `npm run eval:suggest [-- --details[=D]]`: scores the suggestion engine against our gold set.
// --details lists misses for the tuning articles only. --details=D lists them for one
// held-out batch only, and only once that batch's first score is recorded in
// FIRST-SCORES.md: a held-out batch is never shown before it has given its unseen figure.
import { OVERLAP_THRESHOLD, prf } from './score';
import { evaluate, type GroupScore } from './evaluate';

const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(1)}` : '–');
const { groups, perArticle } = evaluate();

const order = ['ar tuning', 'ar held-out A', 'ar held-out B', 'ar held-out C', 'ar held-out D', 'ar held-out E', 'ar held-out', 'ar all', 'en tuning', 'en held-out A', 'en held-out B', 'en held-out C', 'en held-out D', 'en held-out E', 'en held-out', 'en all', 'all'];
const rows: Array<Record<string, string | number>> = [];
for (const key of order) {
  const g = groups.get(key) as GroupScore | undefined;
  if (!g) continue;
  for (const type of ['quote', 'speaker', 'figure'] as const) {
    const exact = prf(g[type], 'exact');
    const overlap = prf(g[type], 'overlap');
    rows.push({
      group: `${key} (${g.articles})`,
      type,
      gold: g[type].gold,
      found: g[type].predicted,
      'P exact': pct(exact.p),
      'R exact': pct(exact.r),
      'F1 exact': pct(exact.f1),
      'P ovl': pct(overlap.p),
      'R ovl': pct(overlap.r),
      'F1 ovl': pct(overlap.f1),
    });
  }
}
console.log(`Suggestion engine on the gold set (precision/recall/F1 in %; "ovl" = overlap ≥ ${OVERLAP_THRESHOLD} as intersection/union)`);
console.table(rows);
const accuracy: Array<Record<string, string>> = [];
for (const key of order) {
  const g = groups.get(key);
  if (!g) continue;
  accuracy.push({
    group: key,
    'speaker accuracy (found quotes)': `${pct(g.attribution.correct / g.attribution.matched)} (${g.attribution.correct}/${g.attribution.matched})`,
    'speaker accuracy (all gold quotes)': `${pct(g.attribution.correct / g.attribution.gold)} (${g.attribution.correct}/${g.attribution.gold})`,
    'figure value accuracy (found figures)': `${pct(g.values.correct / g.values.matched)} (${g.values.correct}/${g.values.matched})`,
  });
}
console.table(accuracy);
const details = process.argv.find((a) => a === '--details' || a.startsWith('--details='));
const batch = details?.split('=')[1];
const STUDIED = ['B', 'C', 'D'];
if (batch !== undefined && !STUDIED.includes(batch)) {
  console.error(`--details=${batch}: only batches whose first score is recorded can be shown (${STUDIED.join(', ')})`);
  process.exit(2);
}
if (details) {
  for (const [article, score] of perArticle) {
    if ((batch ? !article.heldOut || article.batch !== batch : article.heldOut) || score.misses.length === 0) continue;
    console.log(`\n${article.id}`);
    for (const m of score.misses) console.log(`  ${m}`);
  }
}
