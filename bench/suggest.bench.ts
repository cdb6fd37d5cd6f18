// Suggestion engine time on long articles (target: < 50 ms for 50 KB), Arabic and English
// side by side in one run. Texts are our own gold articles repeated, so no shared data.
// Beside each: a baseline measured in the same run on the same text, one pass splitting it into
// words (what any text tool does at least), and the load average.
import { performance } from 'node:perf_hooks';
import { suggest } from '../shared/suggest';
import { normalizeText } from '../shared/text/normalize';
import { ARABIC } from './eval/gold/ar';
import { ENGLISH } from './eval/gold/en';
import type { GoldArticle } from './eval/gold/types';
import { cpuMs, loadLine, ms, peakRssMb, percentile, table } from './util';

const RUNS = 40;

/** At least `chars` UTF-16 units (so at least that many bytes in any encoding). */
function article(source: GoldArticle[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = normalizeText((source[i % source.length] as GoldArticle).text);
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

function measure(label: string, text: string) {
  for (let i = 0; i < 5; i++) suggest(text); // warm-up: JIT and lexicon folding
  const times: number[] = [];
  const cpu: number[] = [];
  const floor: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    if (text.split(/\s+/u).length === 0) throw new Error('no words');
    floor.push(performance.now() - t0);
    const used = process.cpuUsage();
    const start = performance.now();
    count = suggest(text).length;
    times.push(performance.now() - start);
    cpu.push(cpuMs(used));
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  return {
    text: label,
    'UTF-16 units': text.length,
    'UTF-8 KB': (bytes / 1024).toFixed(1),
    suggestions: count,
    'wall p50': ms(percentile(times, 50)),
    'wall p95': ms(percentile(times, 95)),
    'wall min': ms(Math.min(...times)),
    'CPU p50': ms(percentile(cpu, 50)),
    'word split p50 (baseline)': ms(percentile(floor, 50)),
    'wall ÷ baseline p50': `${(percentile(times, 50) / percentile(floor, 50)).toFixed(1)}×`,
  };
}

console.log(loadLine());
const KB50 = 50 * 1024;
const rows = [
  measure('Arabic, 50 KB', article(ARABIC, KB50)),
  measure('English, 50 KB', article(ENGLISH, KB50)),
  measure('Arabic + English, 50 KB', article([...ARABIC, ...ENGLISH], KB50)),
  measure('Arabic, 500 KB (long document)', article(ARABIC, 10 * KB50)),
];
table(rows);
console.log(
  `${RUNS} runs each after warm-up; target < 50 ms for 50 KB. These texts are denser in quotes and figures than ` +
    `real articles (one suggestion per ~32 characters). Wall time suffers when other processes share the CPU; ` +
    `"wall min" is the uncontended figure. Peak RSS ${peakRssMb().toFixed(0)} MB. At end: ${loadLine()}.`,
);
