import { suggest } from '../shared/suggest';
import { normalizeText } from '../shared/text/normalize';
import { ARABIC } from './eval/gold/ar';
import { ENGLISH } from './eval/gold/en';
const parts: string[] = []; let n = 0;
for (let i = 0; n < 51200; i++) { const t = normalizeText([...ARABIC, ...ENGLISH][i % (ARABIC.length + ENGLISH.length)]!.text); parts.push(t); n += t.length + 2; }
const text = parts.join('\n\n');
for (let i = 0; i < 60; i++) suggest(text);
