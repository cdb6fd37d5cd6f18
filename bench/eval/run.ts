// `npm run eval:suggest [-- --details[=D]] [--json]`: scores the suggestion engine against our gold sets.
// `npm run eval:suggest -- --gold DIR [--json] [--split] [--details]`: against a folder of JSON gold
// articles written to the annotation guidelines (one file per article; see gold-dir.ts).
// --details lists misses for the tuning articles only. --details=D lists them for one
// held-out batch only, and only once that batch's first score is recorded in
// FIRST-SCORES.md: a held-out batch is never shown before it has given its unseen figure.
// With --gold, --split adds the development set's tune/check parts (dev-split.ts) and
// --details (which needs --split) lists misses of the tune part only.
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { devPart } from './dev-split';
import { evaluate, type GroupScore } from './evaluate';
import { readGoldDir } from './gold-dir';
import { summarize, summaryTable } from './report';
import { OVERLAP_THRESHOLD, prf } from './score';

const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(1)}` : '–');

function fail(message: string): never {
  console.error(`eval:suggest: ${message}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { gold: { type: 'string' }, json: { type: 'boolean' }, split: { type: 'boolean' }, details: { type: 'string' } },
    args: process.argv.slice(2).map((a) => (a === '--details' ? '--details=' : a)),
    strict: true,
  });
}
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}
const { gold, json, split, details } = args.values;

if (gold !== undefined) await scoreFolder(gold);
else scoreOwnSets();

async function scoreFolder(dir: string) {
  if (details !== undefined && !split) fail('--details with --gold needs --split: only the tune part of the development set is shown');
  // A sealed test set is scored, never studied: its misses are not printed, whatever the flags.
  if (details !== undefined && basename(resolve(dir)).startsWith('sealed-'))
    fail(`--details: ${dir} is a sealed test set; its misses are never shown`);
  const articles = await readGoldDir(dir).catch((error: Error) => fail(error.message));
  const { groups, perArticle } = evaluate(articles, (a) => [a.lang, 'all', ...(split ? [`${a.lang} ${devPart(a.id)}`] : [])]);
  const order = ['ar', 'en', 'all', 'ar tune', 'ar check', 'en tune', 'en check'];
  const summaries = order.flatMap((k) =>
    groups.has(k) ? [[k, summarize(groups.get(k) as GroupScore)] as [string, ReturnType<typeof summarize>]] : [],
  );
  if (json) {
    console.log(JSON.stringify({ gold: dir, overlapThreshold: OVERLAP_THRESHOLD, groups: Object.fromEntries(summaries) }, null, 2));
  } else {
    console.log(
      `Suggestion engine on ${articles.length} gold articles in ${dir} (P / R / F1 in %; overlap = intersection/union ≥ ${OVERLAP_THRESHOLD})`,
    );
    console.table(summaryTable(summaries));
  }
  if (details !== undefined) {
    for (const [article, score] of perArticle) {
      if (devPart(article.id) !== 'tune' || score.misses.length === 0) continue;
      console.log(`\n${article.id}`);
      for (const m of score.misses) console.log(`  ${m}`);
    }
  }
}

function scoreOwnSets() {
  const { groups, perArticle } = evaluate();
  const order = [
    'ar tuning',
    'ar held-out A',
    'ar held-out B',
    'ar held-out C',
    'ar held-out D',
    'ar held-out E',
    'ar held-out',
    'ar all',
    'en tuning',
    'en held-out A',
    'en held-out B',
    'en held-out C',
    'en held-out D',
    'en held-out E',
    'en held-out',
    'en all',
    'all',
  ];
  if (json) {
    console.log(
      JSON.stringify(
        {
          overlapThreshold: OVERLAP_THRESHOLD,
          groups: Object.fromEntries(order.flatMap((k) => (groups.has(k) ? [[k, summarize(groups.get(k) as GroupScore)]] : []))),
        },
        null,
        2,
      ),
    );
    return;
  }
  const rows: Array<Record<string, string | number>> = [];
  for (const key of order) {
    const g = groups.get(key);
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
  console.log(
    `Suggestion engine on our gold sets (precision/recall/F1 in %; "ovl" = overlap ≥ ${OVERLAP_THRESHOLD} as intersection/union;`,
  );
  console.log('figures also count a number without its counted noun; older conventions translated as bench/eval/conventions.ts says)');
  console.table(rows);
  const accuracy: Array<Record<string, string>> = [];
  for (const key of order) {
    const g = groups.get(key);
    if (!g) continue;
    const s = summarize(g);
    accuracy.push({
      group: key,
      'speaker accuracy (found quotes)': `${pct(g.attribution.correct / g.attribution.matched)} (${g.attribution.correct}/${g.attribution.matched})`,
      'speaker accuracy (all gold quotes)': `${pct(g.attribution.correct / g.attribution.gold)} (${g.attribution.correct}/${g.attribution.gold})`,
      'figure value accuracy (found figures)': `${pct(g.values.correct / g.values.matched)} (${g.values.correct}/${g.values.matched})`,
      [`Accept all ≥ ${s.acceptAll.threshold}: precision (accepted)`]: `${pct(s.acceptAll.precision)} (${s.acceptAll.accepted}/${s.acceptAll.offered})`,
    });
  }
  console.table(accuracy);
  const batch = details === undefined || details === '' ? undefined : details;
  const STUDIED = ['B', 'C', 'D'];
  if (batch !== undefined && !STUDIED.includes(batch))
    fail(`--details=${batch}: only batches whose first score is recorded can be shown (${STUDIED.join(', ')})`);
  if (details !== undefined) {
    for (const [article, score] of perArticle) {
      if ((batch ? !article.heldOut || article.batch !== batch : article.heldOut) || score.misses.length === 0) continue;
      console.log(`\n${article.id}`);
      for (const m of score.misses) console.log(`  ${m}`);
    }
  }
}
