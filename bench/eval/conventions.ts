import type { FigureKind, FigureValue, QuoteKind } from '../../shared/domain/annotation';
import type { GoldArticle } from './gold/types';
import type { Span } from '../../shared/agreement/spans';
import { locate } from './locate';
import { foldWord } from '../../shared/suggest/fold';
import { ABBREVIATED_TITLES, HONORIFICS } from '../../shared/suggest/lexicon/ar-people';
import { EN_HONORIFICS } from '../../shared/suggest/lexicon/en';
import { RANGE_SPREAD_CUES } from '../../shared/suggest/lexicon/units';

/**
 * Gold spans resolved to offsets, in the conventions of the annotation guidelines
 * (docs/annotation-guidelines.md). The blind JSON sets are written to the guidelines and
 * are taken as they are. Our older TypeScript gold sets (tuning, batches A–E) were written
 * before the guidelines, with three differences, translated here so both are scored the same
 * way (nothing is dropped or added but what each rule says):
 *
 * 1. Direct quotes included their quotation marks (and a comma or full stop before the
 *    closing mark): the guidelines span the words only, so the marks are trimmed off.
 * 2. A partial quote was one span of kind `partial` (the clause with its quoted fragment):
 *    the guidelines make it two, the clause as indirect and each fragment (two words or
 *    more) as direct, both by the same speaker. A `partial` that is only a quotation
 *    ("called it “a dangerous escalation”") becomes that direct fragment.
 * 3. Coordinated clauses ("إن A، وإن B", "that A, and that B") were separate quotes: the
 *    guidelines make them one span, so consecutive quotes by the same speaker joined only
 *    by "، وأن" / "and that" are merged.
 * 4. A direct quote running over paragraphs was one span: the guidelines annotate each
 *    paragraph's fragment, so it is cut at line breaks (each piece trimmed like rule 1).
 * 5. A month named alone (في فيفري) was not a figure; the guidelines make it a date
 *    (--MM). These sets have no such gold, so a suggested bare month that overlaps no gold
 *    figure is left out of the count rather than counted as an extra.
 * 6. A count's span was the number alone; the guidelines add a one-word counted noun
 *    (٩ مدارس). Exact matching accepts the number with or without that one word.
 * 7. A range's span began with بين / between; the guidelines leave it outside. Exact
 *    matching accepts the range with or without it.
 * 9. A reported clause opening a sentence («ويبلغ عدد …، بحسب …») began with the sentence's و:
 *    the guidelines are silent and the blind development writers leave it out (12 times to 1 on the
 *    tune parts), so it is trimmed off before a verb (و + ي/ت/ن) or a negation (ولا، ولم، ولن).
 * 10. An unnamed speaker's mention (a role, a body described in lower-case words) left its article
 *    out ("company" in "the company said"); the guidelines' examples keep it ("the company", "a
 *    neighbour") and the blind writers do. Exact matching accepts the mention with or without it.
 * 11. A change written "from X to Y" («ارتفع من 200 ألف إلى 250 ألف», "fell from 48,000 to 31,500") was
 *    one range with "from" inside; the guidelines are silent and the blind writers mark the two ends
 *    as two figures (every one of some twenty such changes in the tune parts of batches E2–P, by 15
 *    writers), keeping one range only after a spread word (ranging from, anywhere from). So such a
 *    range is split into its two ends, each with its own value.
 *
 * One rule applies to the blind JSON sets, from an annotation decision taken after some of them
 * were written (some writers marked both):
 *
 * 8. A title or role beside a name is one mention, not two. When two gold mentions of the same
 *    person stand side by side, with only whitespace and punctuation between them («،», ",")
 *    or an honorific or nationality word that opens the name («…، المهندسة سلمى …», "…, Dr Ruth
 *    Obi"), only the one holding the name is kept: the one sharing more words with the
 *    person's canonical name (honorifics aside). The title/role one is dropped; a title with no
 *    name beside it stays a mention.
 */
export interface ResolvedQuote {
  span: Span;
  kind: QuoteKind;
  speaker: string | null;
  text: string;
}
export interface ResolvedSpeaker {
  span: Span;
  name: string;
  text: string;
}
export interface ResolvedFigure {
  span: Span;
  value: FigureValue;
  kind: FigureKind;
  text: string;
}
export interface ResolvedGold {
  quotes: ResolvedQuote[];
  speakers: ResolvedSpeaker[];
  figures: ResolvedFigure[];
  excluded: Span[];
  /** Written before the guidelines: rules 5 and 6 apply when scoring. */
  v1: boolean;
}

const OPEN = '«“„‘‹"\'';
const CLOSE = '»”“’›"\'';
const COORDINATION = /^\s*[,،]?\s*(?:و\s?[أإا]ن(?:ه|ها|هم)?|and that)\s+$/u;

/** The words inside a quoted span: marks and a comma/full stop before the closing mark trimmed. */
export function innerSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (start < end && OPEN.includes(text[start] as string) && CLOSE.includes(text[end - 1] as string)) {
    start++;
    end--;
  }
  while (end > start && /[\s,.،]/u.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Rule 9: a clause opening a sentence, without the sentence's و. */
function withoutSentenceWaw(text: string, span: Span): Span {
  const opensSentence = span.start === 0 || /(?:^|[\n.!?؟])\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start));
  return opensSentence && /^و(?:[يتن]\p{L}|(?:لا|لم|لن)\s)/u.test(text.slice(span.start, span.start + 4))
    ? { start: span.start + 1, end: span.end }
    : span;
}

/** A span cut at line breaks, each piece without its reopening or closing marks. */
function paragraphs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let k = span.start; k <= span.end; k++) {
    if (k < span.end && text[k] !== '\n') continue;
    let s = start;
    let e = k;
    if (out.length > 0 || k < span.end) {
      while (s < e && /[\s«“"‘'„]/u.test(text[s] as string)) s++;
      while (e > s && /[\s,.،»”"’']/u.test(text[e - 1] as string)) e--;
    }
    if (/[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
    start = k + 1;
  }
  return out;
}

/** Quotations of two words or more inside a span: the fragments of a partial quote. */
function fragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /«([^«»]+)»|“([^“”]+)”|"([^"]+)"|‘([^‘’]+)’|'([^']+)'/gu;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    if (inner.trim().split(/\s+/).length < 2) continue;
    out.push(innerSpan(text, { start: span.start + m.index, end: span.start + m.index + m[0].length }));
  }
  return out;
}

function toGuidelines(text: string, quotes: ResolvedQuote[]): ResolvedQuote[] {
  const out: ResolvedQuote[] = [];
  for (const q of quotes) {
    if (q.kind === 'direct') {
      for (const part of paragraphs(text, q.span)) out.push({ ...q, span: innerSpan(text, part), text: text.slice(part.start, part.end) });
      continue;
    }
    if (q.kind === 'partial') {
      const parts = fragments(text, q.span);
      const inner = innerSpan(text, q.span);
      const onlyQuotation = parts.length === 1 && parts[0]?.start === inner.start && parts[0]?.end === inner.end;
      if (!onlyQuotation) out.push({ ...q, kind: 'indirect' });
      for (const p of parts) out.push({ ...q, kind: 'direct', span: p, text: text.slice(p.start, p.end) });
      continue;
    }
    out.push({ ...q, span: withoutSentenceWaw(text, q.span) });
  }
  out.sort((x, y) => x.span.start - y.span.start);
  const merged: ResolvedQuote[] = [];
  for (const q of out) {
    // The clause before, skipping fragments nested in it.
    let k = merged.length - 1;
    while (
      k >= 0 &&
      merged[k]?.kind === 'direct' &&
      merged
        .slice(0, k)
        .some((o) => o.span.start <= (merged[k] as ResolvedQuote).span.start && o.span.end >= (merged[k] as ResolvedQuote).span.end)
    )
      k--;
    const last = merged[k];
    if (
      last &&
      q.kind === 'indirect' &&
      last.kind === 'indirect' &&
      last.speaker === q.speaker &&
      q.span.start > last.span.end &&
      COORDINATION.test(text.slice(last.span.end, q.span.start))
    ) {
      last.span = { start: last.span.start, end: q.span.end };
      last.text = text.slice(last.span.start, last.span.end);
      continue;
    }
    merged.push({ ...q });
  }
  return merged;
}

const nameWords = (s: string): string[] =>
  foldWord(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !HONORIFICS.has(w));
const enHonorifics = new Set([...EN_HONORIFICS].map((w) => w.toLowerCase()));
/** A word that may open a name in apposition: an honorific (الدكتور, Dr., د.) or a nationality (البرتغالي). */
function opensName(word: string): boolean {
  const bare = word.replace(/\.$/u, '');
  if (bare !== word && ABBREVIATED_TITLES.has(foldWord(bare))) return true;
  return HONORIFICS.has(foldWord(bare)) || enHonorifics.has(bare.toLowerCase()) || /^ال\p{L}{2,}(?:ي|ية)$/u.test(foldWord(word));
}

/** Between two mentions in apposition: spaces, commas, and at most two words that open a name; never a sentence or line end. */
function apposed(gap: string): boolean {
  if (/[\n!?؟؛]/u.test(gap)) return false;
  const words = gap.split(/[\s,،:–—-]+/u).filter(Boolean);
  return words.length <= 2 && words.every(opensName);
}

/** Rule 8: of a title and a name side by side for one person, the name's mention only. */
export function oneMentionPerApposition(text: string, speakers: ResolvedSpeaker[]): ResolvedSpeaker[] {
  const sorted = [...speakers].sort((a, b) => a.span.start - b.span.start);
  const dropped = new Set<ResolvedSpeaker>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [x, y] = [sorted[i] as ResolvedSpeaker, sorted[i + 1] as ResolvedSpeaker];
    if (x.name !== y.name || y.span.start < x.span.end || !apposed(text.slice(x.span.end, y.span.start))) continue;
    const canonical = new Set(nameWords(x.name));
    const share = (m: ResolvedSpeaker) => nameWords(m.text).filter((w) => canonical.has(w)).length;
    const [sx, sy] = [share(x), share(y)];
    if (sx === sy) continue;
    dropped.add(sx > sy ? y : x);
  }
  return speakers.filter((s) => !dropped.has(s));
}

/** Finds every gold span in the text and states it in the guidelines' conventions. */
export function resolveGold(article: GoldArticle, text: string): ResolvedGold {
  const at = (s: { text: string; nth?: number }) => locate(article.id, text, s);
  const quotes = article.quotes.map((q) => ({ span: at(q), kind: q.kind, speaker: q.speaker, text: q.text }));
  const guidelines = article.conventions === 'guidelines';
  const speakers = article.speakers.map((s) => ({ span: at(s), name: s.name, text: s.text }));
  return {
    quotes: guidelines ? quotes : toGuidelines(text, quotes),
    speakers: guidelines ? oneMentionPerApposition(text, speakers) : speakers,
    figures: article.figures.flatMap((f) => {
      const figure = { span: at(f), value: f.value, kind: f.kind, text: f.text };
      return guidelines ? [figure] : changeEnds(text, figure);
    }),
    excluded: (article.excluded ?? []).map(at),
    v1: article.conventions !== 'guidelines',
  };
}

const CHANGE = /^(from|من)(\s+)(.+?)(\s+(?:to|إلى|الى)\s+)(.+)$/u;
const leadingNumber = (s: string) => Number((/[\d,.]+/.exec(s)?.[0] ?? '').replace(/,/g, ''));

/** Rule 11: an older "from X to Y" range after a change is the guidelines' two figures, where it started and where it ended. */
function changeEnds(text: string, f: ResolvedFigure): ResolvedFigure[] {
  const m = CHANGE.exec(f.text);
  const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, f.span.start - 40), f.span.start))?.[1] ?? '';
  if (!m || !Array.isArray(f.value) || RANGE_SPREAD_CUES.has(foldWord(before).toLowerCase())) return [f];
  const [, from, gap, start, to, end] = m as unknown as [string, string, string, string, string, string];
  const a = f.span.start + from.length + gap.length;
  const b = a + start.length + to.length;
  const [low, high] = f.value as [number, number];
  // Which end is low: the written numbers say whether the change rose or fell.
  const rose = leadingNumber(start) <= leadingNumber(end);
  return [
    { span: { start: a, end: a + start.length }, value: rose ? low : high, kind: f.kind, text: start },
    { span: { start: b, end: b + end.length }, value: rose ? high : low, kind: f.kind, text: end },
  ];
}
