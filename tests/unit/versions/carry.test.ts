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

describe('words that recur in the new version', () => {
  const SAID = 'Rescue teams are still searching for survivors under the rubble';
  const OLD = [
    'Schools will stay closed until further notice, the civil defence spokesman explained.',
    `The health minister pledged 192 million dollars in emergency aid for those affected. ${SAID}, the city governor added. Satellite images show heavy damage to at least 894 buildings.`,
    `${SAID}, the mayor added. The mayor denied reports that the border crossing had been closed.`,
  ].join('\n\n');
  const DELETED = OLD.split('\n\n')[1] as string;
  const NEW = OLD.replace(`\n\n${DELETED}`, '');

  it('never keeps or moves a deleted paragraph’s words onto their copy in the next one without a flag', () => {
    // The word diff pairs the deleted sentence's words with the same words one paragraph down.
    const gone = mark(OLD, 'teams are still searching for');
    const result = carryAnnotations(OLD, NEW, [gone], 2);
    expect(['changed', 'orphaned']).toContain(result.entries[0]?.status);
  });

  it('flags a recurring name found again with other words around it, even where the diff pairs it', () => {
    const before = 'Officials promised aid. The mayor said roads were open.\n\nThe mayor said 812 families fled.';
    const after = 'Officials promised aid.\n\nThe mayor said 42 families fled. The mayor said roads were open.';
    const start = before.lastIndexOf('The mayor');
    const name = makeAnnotation(before, 'speaker', start, start + 'The mayor'.length);
    const result = carryAnnotations(before, after, [name], 2);
    expect(result.entries[0]?.status).not.toBe('kept');
    if (result.entries[0]?.status === 'moved') {
      // Moved only onto the mention whose context reads exactly as recorded.
      const placed = result.placed[0]!;
      expect(after.slice(placed.start - name.prefix.length, placed.start)).toBe(name.prefix);
    }
  });

  it('flags the surviving copy too: which of the two was deleted is a guess the journalist confirms', () => {
    const start = OLD.lastIndexOf(SAID);
    const survivor = makeAnnotation(OLD, 'quote', start, start + SAID.length);
    const result = carryAnnotations(OLD, NEW, [survivor], 2);
    expect(result.entries[0]?.status).toBe('changed');
    expect(result.placed[0]?.start).toBe(NEW.lastIndexOf(SAID));
  });

  it('still moves a recurring sentence without a flag when the words either side are unchanged', () => {
    const added = `Update: this article was corrected.\n\n${OLD}`;
    const both = [OLD.indexOf(SAID), OLD.lastIndexOf(SAID)].map((at) => makeAnnotation(OLD, 'quote', at, at + SAID.length));
    const result = carryAnnotations(OLD, added, both, 2);
    expect(result.entries.map((e) => e.status)).toEqual(['moved', 'moved']);
    const shift = added.length - OLD.length;
    expect(result.placed.map((p) => p.start)).toEqual(both.map((b) => b.start + shift));
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
