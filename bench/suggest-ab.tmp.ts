import { performance } from 'node:perf_hooks';
import { suggest as now } from '../shared/suggest';
import { suggest as before } from '/tmp/hs5/base/shared/suggest';
import { normalizeText } from '../shared/text/normalize';
import { ARABIC } from './eval/gold/ar';
import { ENGLISH } from './eval/gold/en';
import type { GoldArticle } from './eval/gold/types';
import { cpuMs, loadLine, percentile } from './util';
function article(source: GoldArticle[], chars: number): string {
  const parts: string[] = []; let length = 0;
  for (let i = 0; length < chars; i++) { const t = normalizeText((source[i % source.length] as GoldArticle).text); parts.push(t); length += t.length + 2; }
  return parts.join('\n\n');
}
console.log(loadLine());
for (const [label, text] of [['ar 50KB', article(ARABIC, 51200)], ['en 50KB', article(ENGLISH, 51200)], ['mixed 50KB', article([...ARABIC, ...ENGLISH], 51200)]] as const) {
  const res: Record<string, number[]> = { before: [], now: [] };
  for (let i = 0; i < 5; i++) { before(text); now(text); }
  for (let i = 0; i < 40; i++) for (const [k, f] of [['before', before], ['now', now]] as const) { const u = process.cpuUsage(); f(text); res[k]!.push(cpuMs(u)); }
  console.log(label, 'CPU p50 before', percentile(res.before!, 50).toFixed(1), 'now', percentile(res.now!, 50).toFixed(1), 'min', Math.min(...res.before!).toFixed(1), Math.min(...res.now!).toFixed(1));
}
console.log(loadLine());
