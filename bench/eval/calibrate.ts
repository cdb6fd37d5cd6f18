// `npm run eval:suggest:calibrate [-- --gold DIR]`: the table shared/suggest/calibration.ts holds.
// For each suggestion type and raw rule score, the share of suggestions that were right on the
// tune part of the development set (dev-split.ts), smoothed as (right + 1) / (offered + 2) so a
// score seen a handful of times is not trusted; the check part shows how well that carries over.
import { parseArgs } from 'node:util';
import { devPart } from './dev-split';
import { evaluate } from './evaluate';
import type { Outcome } from './score';
import { readGoldDir } from './gold-dir';

const { gold } = parseArgs({ options: { gold: { type: 'string', default: 'bench/eval/gold/blind-f-dev' } } }).values;
const articles = await readGoldDir(gold as string);
const { groups } = evaluate(articles, (a) => [devPart(a.id)], true);

function tally(outcomes: readonly Outcome[]) {
  const t = new Map<string, Map<number, { offered: number; right: number }>>();
  for (const o of outcomes) {
    const byScore = t.get(o.suggestion.type) ?? new Map();
    const cell = byScore.get(o.suggestion.confidence) ?? { offered: 0, right: 0 };
    cell.offered++;
    if (o.correct) cell.right++;
    byScore.set(o.suggestion.confidence, cell);
    t.set(o.suggestion.type, byScore);
  }
  return t;
}

const tune = tally(groups.get('tune')?.outcomes ?? []);
const check = tally(groups.get('check')?.outcomes ?? []);
const table: Record<string, Record<string, number>> = {};
for (const [type, byScore] of tune) {
  table[type] = {};
  for (const [raw, { offered, right }] of [...byScore].sort((x, y) => x[0] - y[0])) {
    const calibrated = Math.round(((right + 1) / (offered + 2)) * 100) / 100;
    (table[type] as Record<string, number>)[raw.toFixed(2)] = calibrated;
    const c = check.get(type)?.get(raw);
    console.log(
      `${type.padEnd(8)} raw ${raw.toFixed(2)} → ${calibrated.toFixed(2)}   tune ${right}/${offered}   check ${c ? `${c.right}/${c.offered}` : '–'}`,
    );
  }
}
console.log(`\nRAW_TO_CALIBRATED = ${JSON.stringify(table, null, 2)}`);
