/**
 * Where a cue's quote goes: the quotation after a colon or a "marked" cue, the one just before a
 * postposed cue, a clause that is one quotation (direct) or holds quoted fragments (indirect with
 * partial quotes). Also which quotations are names or titles, not words quoted (لـ«الراي», the “Blue Card”).
 */
import { foldedSet, words } from '../lexicon/util';
import type { Analysis, Cue, MarkedSpan, Range } from '../types';
import { tokenIndexAt } from '../ranges';
import type { Token } from '../tokens';

/** Words that introduce a title or a name, not a quotation: بعنوان «…», titled "…". */
export const TITLE_INTRO = foldedSet(
  words(`بعنوان عنوان كتاب رواية فيلم مسلسل برنامج قناة صحيفة جريدة مجلة وكالة موقع حركة حزب عملية شعار وسم هاشتاغ
  هاشتاج مبادرة مشروع حملة مسرحية أغنية ألبوم معرض تحت اسم باسم لقب كلمة عبارة مصطلح يسمى المسمى المسماة
  titled entitled called named dubbed book film movie show series programme program exhibition newspaper magazine
  hashtag slogan campaign operation song album play novel known so-called word words term phrase`),
);
/** Prepositions before a one-word quotation that make it a name: لـ«الراي»، مع «الوطن»، عبر «إكس». */
const NAME_PREPOSITIONS = foldedSet(words('ل لـ مع عبر على في من عن الى إلى ب بـ و to on via in at from with by for of'));

/** Where a cue's quote goes: its span, and for a clause the quoted fragments inside it. */
export interface Placement {
  range: Range;
  kind: 'direct' | 'indirect';
  fragments: MarkedSpan[];
}

/** The words inside a quotation's marks. */
export const innerText = (a: Analysis, m: MarkedSpan) => a.text.slice(m.start + 1, m.end - 1);

/** How many words (with a letter or digit) a text holds. */
export const wordCount = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Where the quote of `cue` goes, marking the quotations it takes in `consumed` so no later cue takes them again. */
export function placeCue(a: Analysis, consumed: Set<MarkedSpan>, cue: Cue): Placement | null {
  const outer = a.outer;
  if (cue.mode === 'marked') {
    const m = nextMarked(a, consumed, cue.searchFrom ?? cue.cue.end, cue.at);
    // "described the show as a “conversation”": a term in marks, not words quoted.
    if (!m || (cue.quoteOnly && nameInMarks(a, m))) return null;
    consumed.add(m);
    return { range: { start: m.start, end: m.end }, kind: 'direct', fragments: [] };
  }
  if (cue.mode === 'before') {
    const m = markedJustBefore(a, consumed, cue);
    if (m) {
      consumed.add(m);
      return { range: { start: m.start, end: m.end }, kind: 'direct', fragments: [] };
    }
  }
  if (cue.mode === 'colon') {
    const m = cue.content ? nextMarked(a, consumed, cue.content.start, cue.at) : null;
    if (m && cue.content && m.start <= cue.content.start + 1) {
      consumed.add(m);
      return { range: { start: m.start, end: m.end }, kind: 'direct', fragments: [] };
    }
  }
  const content = cue.content;
  if (!content) return null;
  // A name in marks (والذي وافقت عليه «حماس»، لـ«الراي») is not a quoted fragment.
  const within = outer.overlapping(content).filter((m) => !nameInMarks(a, m));
  const whole = within.find((m) => m.start <= content.start + 1 && m.end >= content.end - 1);
  if (whole && within.length === 1) {
    consumed.add(whole);
    return { range: { start: whole.start, end: whole.end }, kind: 'direct', fragments: [] };
  }
  if (within.length > 0) {
    for (const m of within) consumed.add(m);
    const end = Math.max(content.end, ...within.map((m) => m.end));
    return { range: { start: content.start, end }, kind: 'indirect', fragments: within };
  }
  return { range: content, kind: cue.mode === 'colon' ? 'direct' : 'indirect', fragments: [] };
}

/**
 * A quotation that names something rather than quotes someone: after a word introducing
 * a title or a so-called (منصة «إكس»، the so-called "recovery plan"), a plan named by its
 * year («رؤية 2030»), a title-case English name (the “Blue Card”), or one word after a
 * preposition or glued to the word before (لـ«الراي»، مع «الوطن»).
 */
export function nameInMarks(a: Analysis, m: MarkedSpan): boolean {
  const text = innerText(a, m).trim();
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const before = a.tokens[tokenIndexAt(a.tokens, m.start) - 1];
  const introduced = !!before && before.kind === 'word' && TITLE_INTRO.has(before.lower);
  // A plan or event named by its year («رؤية 2030»), not words that end with one («لم يتغير منذ 2001», "since 2023").
  const sinceYear = /^(since|until|by|before|after|in|from)\s/i.test(text);
  if (introduced || (/\b(19|20)\d\d$/u.test(text) && words.length <= 3 && !sinceYear)) return true;
  const latin = words.filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (latin.length > 0 && latin.length <= 6 && latin.every((w) => /^[A-Z]/.test(w)) && !/[.!?,]$/.test(text)) return true;
  if (words.length !== 1) return false;
  if (!before || before.kind !== 'word') return false;
  // "a “conversation” between eras": a term the writer marks, with its article outside.
  return NAME_PREPOSITIONS.has(before.lower) || /^(a|an|the)$/.test(before.lower) || before.end === m.start;
}

/** The first unused quotation after the cue: in its sentence, or opening the next paragraph after a colon. */
function nextMarked(a: Analysis, consumed: Set<MarkedSpan>, after: number, at: number): MarkedSpan | null {
  const sentence = a.sentences[a.sentenceOf[at] as number];
  const limit = sentence ? (a.tokens[sentence.last] as Token).end : after;
  for (const m of a.outer.from(after)) {
    if (consumed.has(m)) continue;
    if (m.start < limit) return m;
    const gap = a.text.slice(limit, m.start);
    return /^[\s:]*$/.test(gap) && a.text.slice(after, limit).trim().endsWith(':') ? m : null;
  }
  return null;
}

/** The unused quotation right before a postposed cue (and its subject): "…,” the minister said. */
export function markedJustBefore(a: Analysis, consumed: Set<MarkedSpan>, cue: Cue): MarkedSpan | null {
  const stop = Math.min(cue.cue.start, cue.subject && cue.subject.mention.end <= cue.cue.start ? cue.subject.mention.start : Infinity);
  const m = a.outer.lastBefore(stop);
  if (!m || consumed.has(m)) return null;
  const gap = a.text.slice(m.end, stop).replace(/\b(he|she|they|it|the|a|an)\b/gi, '');
  // The gap may hold the rest of the subject phrase ("…,” central bank governor X said).
  const subjectGap = cue.subject ? a.text.slice(m.end, cue.subject.mention.start) : gap;
  return /^[\s,،:—–-]*$/u.test(gap) || (cue.subject && /^[\s,،:—–-]*[\p{L}\s'’-]{0,60}$/u.test(subjectGap) && !/[.!?؟]/.test(subjectGap))
    ? m
    : null;
}

/** The quotation that follows a postposed cue after a comma: "…," she said, "…". */
export function nextMarkedRightAfter(a: Analysis, cue: Cue): MarkedSpan | null {
  const from = Math.max(cue.cue.end, cue.subject ? cue.subject.mention.end : 0);
  const m = a.outer.firstFrom(from);
  if (!m) return null;
  const gap = a.text.slice(from, m.start);
  // Only commas, or an appositive between commas: "…," says Abu Khalid, who owns a stall, "…".
  const plain = /^[\s,،]*$/u.test(gap) && /[,،]/u.test(gap);
  const appositive = /^[\s]*[,،][^.!?؟«»"“”\n]{1,120}[,،]\s*$/u.test(gap);
  return plain || appositive ? m : null;
}
