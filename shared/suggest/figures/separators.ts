import type { Token } from '../tokens';
import type { FigureCandidate } from './context';
import type { Quantity } from './quantity';

/**
 * In Arabic papers of the Maghreb and the Levant a dot groups thousands: 7.000 دج, 612.847
 * صوتاً, 14.500 وحدة. A dot before exactly three digits is read as a thousands separator when
 * the number counts whole things (a counted noun follows) or is money in a currency of
 * hundredths, where three decimals cannot be; a currency of thousandths (1.250 دينار كويتي),
 * a plain dinar, a scale word, a percent or a measure keep the dot as a decimal point.
 */
const THOUSANDTHS = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'IQD', 'LYD', 'TND', 'dinar']);
const DOTTED = /^\d{1,3}(?:\.\d{3})+$/;

export function readDottedThousands(f: FigureCandidate, q: Quantity, tokens: Token[], lang: 'ar' | 'en'): void {
  if (lang !== 'ar' || q.words || q.scaled || typeof f.value !== 'number') return;
  const text = (tokens[q.first] as Token).text;
  if (!DOTTED.test(text) || f.value !== Number(text)) return;
  const whole = f.kind === 'count' ? f.counts !== null : f.kind === 'money' && !THOUSANDTHS.has(f.unit);
  if (whole) f.value = Number(text.replace(/\./g, ''));
}
