// The corpus the export and import-back benches share: 500 Arabic documents × 200 annotations
// (100,000), with astral characters before the spans, quotes linked to speakers and verdicts.
import { contentHash } from '../electron/services/corpus/store';
import type { Annotation } from '../shared/domain/annotation';
import type { Document } from '../shared/domain/document';
import { spanContext } from '../shared/text/offsets';

export const DOCUMENTS = 500;
export const PER_DOCUMENT = 200;
export const STAMP = '2024-01-01T00:00:00.000Z';

export function benchDocument(i: number): Document {
  const lines: string[] = [];
  const annotations: Annotation[] = [];
  let text = '';
  const types = ['speaker', 'quote', 'figure'] as const;
  for (let j = 0; j < PER_DOCUMENT; j++) {
    const span = j % 3 === 0 ? `المتحدث رقم ${j}` : j % 3 === 1 ? `«الوضع تحت السيطرة ${j}»` : `${j * 7} مصاباً`;
    const line = `قال 😀 المصدر في الخبر ${i} إن ${span} بحسب البيان.\n`;
    const start = text.length + line.indexOf(span);
    text += line;
    lines.push(line);
    const type = types[j % 3] as (typeof types)[number];
    const attributes =
      type === 'speaker'
        ? { name: span, role: '', affiliation: '', sameAs: null, registryId: null }
        : type === 'quote'
          ? { kind: 'direct', cue: 'قال', speakerId: `a${i}-${j - 1}` }
          : { raw: span, value: j * 7, unit: 'person', kind: 'count', counts: 'injured' };
    annotations.push({
      id: `a${i}-${j}`,
      type,
      start,
      end: start + span.length,
      text: span,
      prefix: '',
      suffix: '',
      attributes,
      verdict: {
        status: j % 5 === 0 ? 'verified' : 'unchecked',
        note: j % 10 === 0 ? 'تم التحقق' : '',
        evidence: [],
        checkedBy: '',
        checkedAt: '',
        // Reviewed claims have their published fact-check, so the ClaimReview export writes them.
        ...(j % 5 === 0 ? { reviewUrl: `https://example.org/fact-checks/${i}-${j}` } : {}),
      },
      origin: 'manual',
      createdAt: STAMP,
      updatedAt: STAMP,
    } as Annotation);
  }
  for (const a of annotations) Object.assign(a, spanContext(text, a.start, a.end));
  return {
    id: `d${String(i).padStart(4, '0')}`,
    title: `الخبر ${i}`,
    lang: 'ar',
    dir: 'rtl',
    source: { outlet: 'الأسبوع', url: '', publishedAt: '2024-01-01', author: '' },
    contentHash: contentHash(text),
    createdAt: STAMP,
    updatedAt: STAMP,
    revision: 1,
    text,
    annotations,
    regions: [],
    links: [],
    rejectedSuggestions: [],
  };
}
