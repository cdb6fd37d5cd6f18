import { Annotation } from '../../shared/domain/annotation';
import { spanContext } from '../../shared/text/offsets';
import type { Fixture } from './fixtures';

// The fault suite's seeded generator: every run makes the same articles and edits.
export { seeded } from '../../tests/faults/processes';

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export function article(r: Random, f: Fixture, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = int(r, 2, 4); s > 0; s--) {
      sentences.push(
        pick(r, f.sentences)
          .replace('{S}', pick(r, f.speakers))
          .replace('{N}', String(int(r, 2, 950))),
      );
    }
    out.push(sentences.join(' '));
  }
  return out.join('\n\n');
}

/** Where an annotation should end up: its span in the edited text, or how an edit touched it. */
export interface Truth {
  id: string;
  start: number;
  end: number;
  /** intact: its text is still there (at start–end); changed: an edit touched it; deleted: its text is gone. */
  fate: 'intact' | 'changed' | 'deleted';
}

let next = 0;
function annotation(text: string, type: Annotation['type'], start: number, end: number): Annotation {
  return Annotation.parse({
    id: `b${++next}`,
    type,
    start,
    end,
    text: text.slice(start, end),
    ...spanContext(text, start, end),
    attributes: {},
    verdict: {},
    origin: 'manual',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

/** Speakers, figures and quote-like clauses, as a journalist would mark them; never overlapping. */
export function annotate(r: Random, text: string, f: Fixture, wanted: number): Annotation[] {
  const candidates: Array<[Annotation['type'], number, number]> = [];
  for (const name of f.speakers)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) candidates.push(['speaker', at, at + name.length]);
  for (const m of text.matchAll(/\d+/g)) candidates.push(['figure', m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/[^.!?\n]+[.!?]/g)) {
    const words = [...m[0].matchAll(/\S+/g)];
    if (words.length < 8) continue;
    const from = int(r, 0, words.length - 6);
    const first = words[from] as RegExpMatchArray;
    const last = words[from + int(r, 3, 5)] as RegExpMatchArray;
    candidates.push(['quote', m.index + (first.index ?? 0), m.index + (last.index ?? 0) + last[0].length]);
  }
  const chosen: Annotation[] = [];
  const taken: Array<[number, number]> = [];
  for (let tries = 0; chosen.length < wanted && tries < wanted * 20; tries++) {
    const [type, start, end] = pick(r, candidates);
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    taken.push([start, end]);
    chosen.push(annotation(text, type, start, end));
  }
  return chosen;
}

export type EditKind = 'typo' | 'insert' | 'reword' | 'figure' | 'delete';

/** Replaces [from, to) with `by`, moving every truth through the change. */
function replace(text: string, truths: Truth[], from: number, to: number, by: string): string {
  const delta = by.length - (to - from);
  for (const t of truths) {
    if (t.end <= from && !(t.end === from && from === to && t.start === t.end)) continue;
    if (t.start >= to) {
      t.start += delta;
      t.end += delta;
    } else if (from <= t.start && to >= t.end && by === '') {
      t.fate = 'deleted';
    } else if (t.fate !== 'deleted') {
      t.fate = 'changed';
      t.start = Math.min(t.start, from);
      t.end = Math.max(t.end + delta, from + by.length);
    }
  }
  return text.slice(0, from) + by + text.slice(to);
}

/** One seeded edit of the kind asked; returns the new text (truths are updated in place). */
export function edit(r: Random, text: string, truths: Truth[], f: Fixture, kind: EditKind): string {
  const paragraphs = [...text.matchAll(/[^\n]+/g)];
  if (kind === 'insert') {
    const p = pick(r, paragraphs);
    return replace(text, truths, p.index, p.index, `${pick(r, f.inserts)}\n\n`);
  }
  if (kind === 'delete') {
    const p = pick(r, paragraphs.slice(1));
    return replace(text, truths, p.index - 2, p.index + p[0].length, '');
  }
  if (kind === 'figure') {
    const figures = [...text.matchAll(/\d+/g)];
    const m = pick(r, figures);
    return replace(text, truths, m.index, m.index + m[0].length, String(Number(m[0]) + int(r, 1, 40)));
  }
  if (kind === 'reword') {
    const [from, to] = pick(r, f.rewords.filter(([w]) => text.includes(w)).concat([[f.rewords[0]![0], f.rewords[0]![1]]]));
    const at = text.indexOf(from);
    return at < 0 ? text : replace(text, truths, at, at + from.length, to);
  }
  // A typo fixed: one letter of a longer word changes.
  const words = [...text.matchAll(f.lang === 'ar' ? /[\u0621-\u064a]{5,}/g : /[a-z]{6,}/g)];
  const w = pick(r, words);
  const i = w.index + int(r, 1, w[0].length - 2);
  const letter = f.lang === 'ar' ? (text[i] === 'ت' ? 'ث' : 'ت') : text[i] === 'e' ? 'a' : 'e';
  return replace(text, truths, i, i + 1, letter);
}
