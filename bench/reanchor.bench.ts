// `npm run bench -- reanchor`: carrying annotations onto new versions of articles
// (shared/versions/carry.ts). 200 seeded articles, Arabic and English, each edited with a
// typo fix, an inserted paragraph, a reworded sentence, a changed figure and a deleted
// paragraph; then a 200 KB document with 2,000 annotations, timed. Figures, no assertions.
import { performance } from 'node:perf_hooks';
import { type CarryOutcome, carryAnnotations, countOutcomes } from '../shared/versions/carry';
import { diffTexts, tokens } from '../shared/versions/text-diff';
import { ARABIC, ENGLISH } from './reanchor/fixtures';
import { type EditKind, type Truth, annotate, article, edit, seeded } from './reanchor/generate';
import { loadLine, ms, table } from './util';

const KINDS: EditKind[] = ['typo', 'insert', 'reword', 'figure', 'delete'];
const r = seeded(20261206);

interface Tally {
  intact: number;
  intactPlaced: number;
  intactFlagged: number;
  affected: number;
  affectedFlagged: number;
  misplaced: number;
  ontoCopy: number;
  statuses: Record<CarryOutcome, number>;
}
const tally: Tally = {
  intact: 0,
  intactPlaced: 0,
  intactFlagged: 0,
  affected: 0,
  affectedFlagged: 0,
  misplaced: 0,
  ontoCopy: 0,
  statuses: { kept: 0, moved: 0, changed: 0, orphaned: 0 },
};
const misplacedExamples: string[] = [];

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

for (let n = 0; n < 200; n++) {
  const fixture = n % 2 === 0 ? ARABIC : ENGLISH;
  const before = article(r, fixture, 8 + (n % 5));
  const annotations = annotate(r, before, fixture, 20);
  const truths: Truth[] = annotations.map((a) => ({ id: a.id, start: a.start, end: a.end, fate: 'intact' }));
  let after = before;
  for (const kind of shuffle([...KINDS])) after = edit(r, after, truths, fixture, kind);
  const result = carryAnnotations(before, after, annotations, 2);
  const placed = new Map(result.placed.map((a) => [a.id, a]));
  for (const entry of result.entries) {
    tally.statuses[entry.status]++;
    const truth = truths.find((t) => t.id === entry.id) as Truth;
    const at = placed.get(entry.id);
    const flagged = entry.status === 'changed' || entry.status === 'orphaned';
    if (truth.fate === 'intact') {
      tally.intact++;
      if (flagged) tally.intactFlagged++;
      else if (at && at.start === truth.start && at.end === truth.end) tally.intactPlaced++;
      else {
        tally.misplaced++;
        misplacedExamples.push(`${fixture.lang} intact "${at?.text}" at ${at?.start}, expected ${truth.start}`);
      }
    } else {
      tally.affected++;
      if (flagged) tally.affectedFlagged++;
      else if (!(at && at.start >= truth.start && at.end <= truth.end)) {
        // Placed on a verbatim copy: the same words with the same context either side (the
        // fixtures' sentences recur); no anchoring can tell such copies apart. Counted apart.
        const original = annotations.find((a) => a.id === entry.id);
        if (at && original && at.prefix === original.prefix && at.suffix === original.suffix) {
          tally.ontoCopy++;
          continue;
        }
        tally.misplaced++;
        misplacedExamples.push(`${fixture.lang} ${truth.fate} "${at?.text}" placed ${entry.status} at ${at?.start}`);
      }
    }
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
const total = tally.intact + tally.affected;
console.log(`200 articles (100 Arabic, 100 English), ${total} annotations, 5 seeded edits each. ${loadLine()}`);
table([
  {
    figure: 'text still there: kept or moved correctly',
    value: `${tally.intactPlaced}/${tally.intact} (${pct(tally.intactPlaced, tally.intact)})`,
  },
  { figure: 'text still there: flagged for review instead', value: `${tally.intactFlagged} (${pct(tally.intactFlagged, tally.intact)})` },
  {
    figure: 'text touched by an edit: flagged (changed/orphaned)',
    value: `${tally.affectedFlagged}/${tally.affected} (${pct(tally.affectedFlagged, tally.affected)})`,
  },
  {
    figure: 'all flagged (changed + orphaned)',
    value: `${tally.statuses.changed + tally.statuses.orphaned} (${pct(tally.statuses.changed + tally.statuses.orphaned, total)})`,
  },
  { figure: 'MISPLACED WITHOUT A FLAG (target 0)', value: tally.misplaced },
  { figure: 'deleted text placed on a verbatim copy (same words and context)', value: tally.ontoCopy },
  {
    figure: 'statuses',
    value: Object.entries(tally.statuses)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  },
]);
for (const example of misplacedExamples.slice(0, 10)) console.log(`  misplaced: ${example}`);

// A 200 KB document with 2,000 annotations, the five edits, timed three times.
const big = seeded(7);
let bigText = '';
while (bigText.length < 200_000) bigText += (bigText ? '\n\n' : '') + article(big, ARABIC, 20);
const bigAnnotations = annotate(big, bigText, ARABIC, 2_000);
const bigTruths: Truth[] = bigAnnotations.map((a) => ({ id: a.id, start: a.start, end: a.end, fate: 'intact' }));
let bigAfter = bigText;
for (const kind of KINDS) bigAfter = edit(big, bigAfter, bigTruths, ARABIC, kind);
const times: number[] = [];
let last = null as ReturnType<typeof carryAnnotations> | null;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  last = carryAnnotations(bigText, bigAfter, bigAnnotations, 2);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const counts = last ? countOutcomes(last.entries) : {};
console.log(
  `\n${(bigText.length / 1024).toFixed(0)} KB Arabic document, ${bigAnnotations.length} annotations: carried in ${ms(times[1] as number)} (median of 3; min ${ms(times[0] as number)}), ${JSON.stringify(counts)}`,
);

// Before/after, side by side: Intl.Segmenter walking the whole text at once (before) against
// cut in pieces at safe word boundaries (after; shared/versions/text-diff.ts). Both texts of
// a version are cut, then diffed. The whole-text walk grows far faster than the text: on
// 2026-12-06 (load 11 on 2 cores) 50 KB took 0.7 s, 100 KB 389 s and 200 KB over 12 minutes,
// so it is timed up to WHOLE_MAX_KB (ISNAD_BENCH_WHOLE_KB raises it).
const WHOLE_MAX_KB = Number(process.env.ISNAD_BENCH_WHOLE_KB ?? 50);
const rows: Array<Record<string, string>> = [];
for (const kb of [12.5, 25, 50, 100, 200]) {
  const chars = kb * 1024;
  const before = bigText.slice(0, chars);
  const after = bigAfter.slice(0, chars);
  const t0 = performance.now();
  const pieces = tokens(before);
  tokens(after);
  const cut = performance.now() - t0;
  const t1 = performance.now();
  diffTexts(before, after);
  const diffed = performance.now() - t1;
  let whole = '(not run: minutes or more)';
  let same = '';
  if (kb <= WHOLE_MAX_KB) {
    const t2 = performance.now();
    const all = tokens(before, 'und', Number.POSITIVE_INFINITY);
    tokens(after, 'und', Number.POSITIVE_INFINITY);
    whole = ms(performance.now() - t2);
    same = all.length === pieces.length && all.every((t, i) => t === pieces[i]) ? 'yes' : 'NO';
  }
  rows.push({
    size: `${kb} KB`,
    'before: words, whole text': whole,
    'after: words, in pieces': ms(cut),
    'after: words + diff': ms(diffed),
    'same words': same,
  });
}
console.log(`\nWord tokens of both versions (and the diff), before and after. ${loadLine()}`);
table(rows);
console.log(`At end: ${loadLine()} (shared with other developers).`);
