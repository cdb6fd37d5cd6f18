// `npm run eval:train-mention-tagger [-- --check]`: trains the Arabic speaker-mention tagger
// (shared/suggest/mention-tagger) and writes its weights to shared/suggest/mention-tagger/weights.ts.
// Data: the tune parts (dev-split.ts) of every blind-*-dev set, Arabic articles only; check parts are
// never used. The bars are chosen on out-of-fold scores (folds are whole development sets, so a writer
// is never scored by a model that saw them), then the model is fitted on all of it. --check prints only;
// --without f1,f2 leaves features out (weight 0).
import { readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { suggest } from '../../shared/suggest';
import { MENTION_FEATURES } from '../../shared/suggest/mention-tagger/features';
import type { MentionModel } from '../../shared/suggest/mention-tagger/model';
import type { MentionSample } from '../../shared/suggest/mention-tagger/tagger';
import { normalizeText } from '../../shared/text/normalize';
import { resolveGold } from './conventions';
import { devPart } from './dev-split';
import type { GoldArticle } from './gold/types';
import { readGoldDir } from './gold-dir';
import { additions, fitWeights, isRight, type LabelledQuote, replacements, type Scored, scoreQuote, sparse } from './mention-fit';
import { match, OVERLAP_THRESHOLD, overlapRatio, type Span } from './score';

const WEIGHTS = 'shared/suggest/mention-tagger/weights.ts';
const FOLDS = 5;

/**
 * Left out by default: whether a span is the rules' own pick. On these articles the rules pick the gold mention
 * 96% of the time (they were written on them), so with it the model learns only to copy the rules; what the
 * rules' phrase reader reads from a span's start (the reader* features) still carries their grammar.
 */
const RULES_OWN = ['rulePick', 'rulePickOverlap', 'trackerMention', 'rulesNone'];
const { check, without: left } = parseArgs({
  options: { check: { type: 'boolean' }, without: { type: 'string', default: RULES_OWN.join(',') } },
}).values;
/** Features left out (weight 0), for ablations. */
const without = (left as string).split(',').filter(Boolean);
const sets = readdirSync('bench/eval/gold')
  .filter((d) => d.startsWith('blind-') && d.endsWith('-dev'))
  .sort();

function labelled(
  article: GoldArticle,
  set: string,
): Array<LabelledQuote & { spans: Span[]; pickSpan: Span | null; text: string; quoteSpan: Span }> {
  const text = normalizeText(article.text);
  const resolved = resolveGold(article, text);
  const samples: MentionSample[] = [];
  suggest(text, { excluded: resolved.excluded, mentionTagger: 'rules', onMentionSample: (s) => samples.push(s) });
  const pairs = match(
    resolved.quotes.map((q) => q.span),
    samples.map((s) => s.quote),
    'overlap',
  );
  const goldOf = new Map<number, number>([...pairs].map(([g, p]) => [p, g]));
  return samples.map((s, j) => {
    const g = goldOf.has(j) ? resolved.quotes[goldOf.get(j) as number] : undefined;
    const mentions = g?.speaker ? resolved.speakers.filter((m) => m.name === g.speaker).map((m) => m.span) : [];
    // The gold mention that is this quote's source: of the speaker's gold mentions a candidate reaches, the
    // nearest to the quote (a speaker named early and again beside a later quote is marked there too).
    const gap = (m: Span) => (m.end <= s.quote.start ? s.quote.start - m.end : Math.max(0, m.start - s.quote.end));
    const reached = mentions
      .filter((m) => s.candidates.some((c) => overlapRatio(m, c.range) >= OVERLAP_THRESHOLD))
      .sort((x, y) => gap(x) - gap(y));
    const target = reached[0];
    const fit = (r: Span) => (target ? overlapRatio(target, r) : Math.max(0, ...mentions.map((m) => overlapRatio(m, r))));
    let positive = -1;
    let bestFit = OVERLAP_THRESHOLD;
    if (target)
      s.candidates.forEach((c, k) => {
        const f = fit(c.range);
        if (f >= bestFit && (positive < 0 || f > bestFit)) {
          positive = k;
          bestFit = f;
        }
      });
    const near = new Set<number>();
    if (positive >= 0) s.candidates.forEach((c, k) => k !== positive && fit(c.range) >= OVERLAP_THRESHOLD && near.add(k));
    const pick = s.rulePick ? s.candidates.findIndex((c) => c.range.start === s.rulePick?.start && c.range.end === s.rulePick?.end) : -1;
    const rows = s.candidates.map((c) => sparse(c.features));
    return {
      set,
      index: rows.map((r) => r.index),
      value: rows.map((r) => r.value),
      positive,
      near,
      pick,
      pickRight: s.rulePick ? fit(s.rulePick) >= OVERLAP_THRESHOLD : !g?.speaker,
      goldSpeaker: !!g?.speaker,
      spans: s.candidates.map((c) => c.range),
      text,
      quoteSpan: s.quote,
      pickSpan: s.rulePick,
    };
  });
}

const quotes: Array<ReturnType<typeof labelled>[number]> = [];
let articles = 0;
for (const set of sets) {
  for (const article of await readGoldDir(`bench/eval/gold/${set}`)) {
    if (article.lang !== 'ar' || devPart(article.id) !== 'tune') continue;
    articles++;
    quotes.push(...labelled(article, set));
  }
}
const overlapsPickOf = (q: (typeof quotes)[number]) => (c: number) => {
  const span = q.spans[c] as Span;
  return !!q.pickSpan && span.start < q.pickSpan.end && q.pickSpan.start < span.end;
};
const candidates = quotes.reduce((n, q) => n + q.index.length, 0);
const none = quotes.filter((q) => q.pick < 0);
console.log(
  `${articles} Arabic tune articles, ${quotes.length} quotes found, ${candidates} candidates; ` +
    `${quotes.filter((q) => q.positive >= 0).length} quotes with the gold mention among candidates; ` +
    `rules gave no speaker to ${none.length} (${none.filter((q) => q.positive >= 0).length} reachable); ` +
    `rules' pick is not the source mention of ${quotes.filter((q) => q.pick >= 0 && !q.pickRight).length} (${quotes.filter((q) => q.pick >= 0 && !q.pickRight && q.positive >= 0).length} reachable)`,
);

// Out-of-fold scores: each set scored by a model fitted on the other folds.
const oof: Scored[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (q: LabelledQuote) => sets.indexOf(q.set) % FOLDS === fold;
  const { bias, weights } = fitWeights(
    quotes.filter((q) => !inFold(q)),
    without,
  );
  for (const q of quotes.filter(inFold)) oof.push(scoreQuote(weights, bias, q, overlapsPickOf(q as (typeof quotes)[number])));
}

if (process.env.DEBUG)
  for (const s of oof) {
    const q = s.q as (typeof quotes)[number];
    if (q.pick < 0 || q.pickRight || q.positive < 0) continue;
    const show = (c: number) => (c < 0 ? '—' : q.text.slice((q.spans[c] as Span).start, (q.spans[c] as Span).end));
    const cue = q.text.slice(Math.max(0, q.quoteSpan.start - 120), q.quoteSpan.start).replace(/\n/g, ' ⏎ ');
    console.log(
      `pick «${show(q.pick)}» ${s.pickScore.toFixed(2)} | gold «${show(q.positive)}» | best «${show(s.best)}» ${s.bestScore.toFixed(2)}\n    …${cue}`,
    );
  }
const top = oof.filter((s) => s.q.positive >= 0);
console.log(
  `out of fold, the best candidate is the gold mention for ${top.filter(isRight).length} of ${top.length} quotes ` +
    `(the rules' pick: ${top.filter((s) => s.q.pickRight).length})`,
);
/*
 * The bars are probabilities fixed beforehand, not fitted: out of fold on these articles the rules pick the
 * gold mention far more often (they were written on them) than on writers they have not seen, so a bar
 * chosen by beating them here would leave the tagger off wherever it could help. The rules' speaker is
 * replaced only when the model gives another span ≥ 0.7 and theirs < 0.2 (and only a speaker the rules carried
 * over from outside the cue's sentence, tagger.ts). Adding a speaker where the rules gave none is off (above 1):
 * the rules withhold on purpose (a title abbreviation, a verb whose gender fits no one near, a relay), which
 * their unit tests hold them to; out of fold it is right 3 times in 15.
 */
const ADD_ABOVE = 2;
const REPLACE_ABOVE = 0.7;
const REPLACE_BELOW = 0.2;
// How well the model's probability carries (out of fold): of the best spans scored in each band, how many are right.
for (const [lo, hi] of [
  [0, 0.3],
  [0.3, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.01],
] as const) {
  const band = oof.filter((s) => s.bestScore >= lo && s.bestScore < hi);
  console.log(`best span scored ${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)}: ${band.filter(isRight).length} of ${band.length} right`);
}
const added = additions(oof, ADD_ABOVE);
const swapped = replacements(oof, REPLACE_ABOVE, REPLACE_BELOW);
console.log(
  `out of fold: adding at ≥ ${ADD_ABOVE}: ${added.right} right, ${added.wrong} wrong; replacing at ≥ ${REPLACE_ABOVE} / < ${REPLACE_BELOW}: ` +
    `${swapped.fixed} fixed, ${swapped.broken} broken, ${swapped.still} wrong for wrong`,
);

const { bias, weights } = fitWeights(quotes, without);
if (process.env.WEIGHTS_TABLE) console.table(Object.fromEntries(MENTION_FEATURES.map((f, i) => [f, weights[i]])));
const model: MentionModel = {
  features: [...MENTION_FEATURES],
  bias,
  weights,
  addAbove: ADD_ABOVE,
  replaceAbove: REPLACE_ABOVE,
  replaceBelow: REPLACE_BELOW,
};
if (!check) {
  const body = `// Written by \`npm run eval:train-mention-tagger\` (bench/eval/train-mention-tagger.ts); do not edit by hand.
// Trained on ${articles} Arabic articles: the tune parts of ${sets.length} blind development sets.
import type { MentionModel } from './model';

export const MENTION_MODEL: MentionModel = ${JSON.stringify(model, null, 2)};
`;
  // Formatted as prettier leaves it, so a retrain shows only changed numbers; written whole, then moved.
  const formatted = await format(body, { ...(await resolveConfig(WEIGHTS)), filepath: WEIGHTS });
  await writeFile(`${WEIGHTS}.tmp`, formatted);
  await rename(`${WEIGHTS}.tmp`, WEIGHTS);
  console.log(`wrote ${WEIGHTS}`);
}
