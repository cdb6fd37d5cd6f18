// `npm run eval:suggest:calibrate [-- --gold DIR ...]`: the tables shared/suggest/calibration.ts and
// shared/suggest/link-certainty.ts hold. For each suggestion type and raw rule score (and for each
// raw quote–speaker link score), the share that were right on the tune part of the development
// sets (dev-split.ts), smoothed as (right + 1) / (offered + 2) so a score seen a handful of times
// is not trusted; the check part shows how well that carries over.
import { parseArgs } from 'node:util';
import { devPart } from './dev-split';
import { evaluate } from './evaluate';
import type { Outcome } from './score';
import { readGoldDir } from './gold-dir';

const { gold } = parseArgs({
  options: { gold: { type: 'string', multiple: true, default: ['bench/eval/gold/blind-f-dev', 'bench/eval/gold/blind-e2-dev'] } },
}).values;
const articles = (await Promise.all((gold as string[]).map((dir) => readGoldDir(dir)))).flat();
const { groups } = evaluate(articles, (a) => [devPart(a.id)], true);

type Tally = Map<string, Map<number, { offered: number; right: number }>>;
function tally(outcomes: readonly Outcome[]): Tally {
  const t: Tally = new Map();
  const add = (type: string, raw: number, right: boolean) => {
    const byScore = t.get(type) ?? new Map();
    const cell = byScore.get(raw) ?? { offered: 0, right: 0 };
    cell.offered++;
    if (right) cell.right++;
    byScore.set(raw, cell);
    t.set(type, byScore);
  };
  for (const o of outcomes) {
    add(o.suggestion.type, o.suggestion.confidence, o.correct);
    const link = o.suggestion.type === 'quote' ? o.suggestion.attributes.speakerConfidence : undefined;
    if (o.linkCorrect !== undefined && link !== undefined) add('link', link, o.linkCorrect);
  }
  return t;
}

const tune = tally(groups.get('tune')?.outcomes ?? []);
const check = tally(groups.get('check')?.outcomes ?? []);
const table: Record<string, Record<string, number>> = {};
for (const [type, byScore] of tune) {
  const row: Record<string, number> = {};
  table[type] = row;
  for (const [raw, { offered, right }] of [...byScore].sort((x, y) => x[0] - y[0])) {
    const calibrated = Math.round(((right + 1) / (offered + 2)) * 100) / 100;
    row[raw.toFixed(2)] = calibrated;
    const c = check.get(type)?.get(raw);
    console.log(
      `${type.padEnd(8)} raw ${raw.toFixed(2)} → ${calibrated.toFixed(2)}   tune ${right}/${offered}   check ${c ? `${c.right}/${c.offered}` : '–'}`,
    );
  }
}
const { link, ...rest } = table;
console.log(`\nRAW_TO_CALIBRATED = ${JSON.stringify(rest, null, 2)}`);
console.log(`\nRAW_LINK_TO_CALIBRATED = ${JSON.stringify(link ?? {}, null, 2)}`);
