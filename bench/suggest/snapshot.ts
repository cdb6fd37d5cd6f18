// `npx tsx bench/suggest/snapshot.ts OUT`: every suggestion the engine gives on every gold
// article we may study (the TypeScript sets and the blind-*-dev folders, never a sealed set)
// and on the suggest bench's long articles, written to OUT one line per run. A speed change
// must leave OUT byte-identical: compare the file from main with the one from the changed tree.
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationType } from '../../shared/domain/annotation';
import { suggest, type SuggestOptions } from '../../shared/suggest';
import { normalizeText } from '../../shared/text/normalize';
import { resolveGold } from '../eval/conventions';
import { GOLD } from '../eval/evaluate';
import { readGoldDir } from '../eval/gold-dir';
import type { GoldArticle } from '../eval/gold/types';
import { KB, longArticle } from './texts';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx bench/suggest/snapshot.ts OUT');
  process.exit(2);
}

const goldRoot = fileURLToPath(new URL('../eval/gold/', import.meta.url));
const devDirs = readdirSync(goldRoot)
  .filter((d) => /^blind-.*-dev$/u.test(d))
  .sort();
const articles: GoldArticle[] = [...GOLD];
for (const dir of devDirs) articles.push(...(await readGoldDir(join(goldRoot, dir))));

const lines: string[] = [];
const record = (label: string, text: string, options: SuggestOptions) => {
  lines.push(`${label}\t${JSON.stringify(suggest(text, options))}`);
};

for (const a of articles) {
  const text = normalizeText(a.text);
  const { excluded } = resolveGold(a, text);
  record(`${a.id}`, text, { excluded });
  record(`${a.id} raw`, text, { excluded, rawConfidence: true });
}
const TYPES: Array<readonly AnnotationType[]> = [['quote'], ['speaker'], ['figure'], ['quote', 'speaker'], []];
for (const language of ['ar', 'en', 'mixed'] as const) {
  const text = longArticle(language, 50 * KB);
  record(`${language} 50 KB`, text, {});
  for (const types of TYPES) record(`${language} 50 KB ${types.join('+') || 'none'}`, text, { types });
  // An excluded stretch in the middle (boilerplate), cutting through whatever is there.
  record(`${language} 50 KB excluded`, text, { excluded: [{ start: 10_000, end: 14_321 }] });
}
record('ar 200 KB', longArticle('ar', 200 * KB), {});
record('en 200 KB', longArticle('en', 200 * KB), {});

const body = `${lines.join('\n')}\n`;
writeFileSync(out, body);
console.log(`${lines.length} runs, ${articles.length} gold articles; sha256 ${createHash('sha256').update(body).digest('hex')}`);
