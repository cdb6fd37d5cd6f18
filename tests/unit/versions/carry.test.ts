import { describe, expect, it } from 'vitest';
import { carryAnnotations, countOutcomes } from '../../../shared/versions/carry';
import { OffsetMap, diffTexts } from '../../../shared/versions/text-diff';
import { makeAnnotation } from '../../helpers/annotation-fixtures';

const at = (text: string, part: string) => text.indexOf(part);
function mark(text: string, part: string, type: 'quote' | 'speaker' | 'figure' = 'quote', over = {}) {
  const start = at(text, part);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return makeAnnotation(text, type, start, start + part.length, over);
}

const AR_OLD =
  'قال وزير الصحة إن 25 شخصا قتلوا في القصف 😢 على المدينة.\n\nوأضاف أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض.\n\nوقالت منظمة الصحة العالمية إن المستشفيات ممتلئة.';

describe('carrying annotations onto a new version', () => {
  it('keeps what is unchanged and moves what shifted after an inserted paragraph (Arabic, emoji)', () => {
    const newText = 'فقرة جديدة أضيفت في أعلى المقال 🙂.\n\n' + AR_OLD;
    const a = mark(AR_OLD, 'وزير الصحة', 'speaker');
    const b = mark(AR_OLD, 'القصف 😢 على المدينة');
    const result = carryAnnotations(AR_OLD, newText, [a, b], 2);
    expect(result.entries.map((e) => e.status)).toEqual(['moved', 'moved']);
    for (const p of result.placed) expect(newText.slice(p.start, p.end)).toBe(p.text);
    expect(result.placed.find((p) => p.id === b.id)?.text).toBe('القصف 😢 على المدينة');
  });

  it('keeps an annotation before the edit at the same offsets', () => {
    const newText = AR_OLD.replace('المستشفيات ممتلئة', 'المستشفيات لم تعد تستقبل جرحى');
    const a = mark(AR_OLD, 'وزير الصحة', 'speaker');
    const [entry] = carryAnnotations(AR_OLD, newText, [a], 2).entries;
    expect(entry?.status).toBe('kept');
  });

  it('marks a changed figure as changed, on the new figure, and flags its verdict for re-checking', () => {
    const newText = AR_OLD.replace('25 شخصا', '27 شخصا');
    const fig = mark(AR_OLD, '25', 'figure', { verdict: { status: 'verified' } });
    const result = carryAnnotations(AR_OLD, newText, [fig], 3);
    const placed = result.placed[0];
    expect(result.entries[0]?.status).toBe('changed');
    expect(placed?.text).toBe('27');
    expect(placed?.carried).toMatchObject({ status: 'changed', version: 3, previousText: '25', recheck: true });
  });

  it('orphans an annotation whose paragraph was deleted, never placing it elsewhere', () => {
    const newText = AR_OLD.replace('وأضاف أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض.\n\n', '');
    const gone = mark(AR_OLD, 'فرق الإنقاذ ما زالت تبحث');
    const result = carryAnnotations(AR_OLD, newText, [gone], 2);
    expect(result.entries[0]?.status).toBe('orphaned');
    expect(result.orphans[0]).toEqual(gone);
    expect(result.placed).toEqual([]);
  });

  it('finds a fuzzily reworded quote and marks it changed with the old text', () => {
    const en = 'The minister said: "We will rebuild every school before the winter comes." Critics doubt it.';
    const after = 'The minister said: "We will rebuild all schools before the winter comes." Critics doubt it.';
    const q = mark(en, 'We will rebuild every school before the winter comes.');
    const result = carryAnnotations(en, after, [q], 2);
    expect(result.entries[0]?.status).toBe('changed');
    expect(result.placed[0]?.carried?.previousText).toBe(q.text);
    expect(result.placed[0]?.text).toContain('all schools');
  });

  it('never splits an emoji when text around it changes', () => {
    const before = 'Fans cheered 🎉🎉 loudly at the match yesterday evening.';
    const after = 'Fans cheered 🎉🎉🎉 loudly at the match on Sunday evening.';
    const e = mark(before, '🎉🎉 loudly');
    const result = carryAnnotations(before, after, [e], 2);
    for (const p of result.placed) {
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(p.text)).toBe(false);
      expect(after.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('clears a link to an orphaned speaker but keeps the orphan whole', () => {
    const newText = AR_OLD.replace('وقالت منظمة الصحة العالمية إن المستشفيات ممتلئة.', 'انتهى.');
    const who = mark(AR_OLD, 'منظمة الصحة العالمية', 'speaker', { id: 'who' });
    const q = mark(AR_OLD, 'قتلوا في القصف', 'quote', { attributes: { speakerId: 'who' } });
    const result = carryAnnotations(AR_OLD, newText, [who, q], 2);
    expect(countOutcomes(result.entries)).toMatchObject({ orphaned: 1, kept: 1 });
    const quote = result.placed[0];
    expect(quote?.type === 'quote' && quote.attributes.speakerId).toBe(null);
    expect(result.orphans[0]?.id).toBe('who');
  });
});

describe('word diff of two versions', () => {
  it('rebuilds both texts and maps offsets across an insertion', () => {
    const before = 'قال الوزير إن 25 شخصا قتلوا';
    const after = 'قال الوزير اليوم إن 27 شخصا قتلوا';
    const pieces = diffTexts(before, after, 'ar');
    expect(
      pieces
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      pieces
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    expect(pieces.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['25']);
    const map = new OffsetMap(pieces);
    expect(map.map(before.indexOf('شخصا'), 'start')).toEqual({ at: after.indexOf('شخصا'), removed: false });
  });
});
