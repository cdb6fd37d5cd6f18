import { AR_GIVEN_NAMES, AR_INSTITUTIONS, AR_NAME_PARTICLES, AR_TITLES } from '../lexicon/ar';
import { EN_NOT_NAMES, EN_TITLE_WORDS } from '../lexicon/en';
import { type KnownNames, parseArabicSubject } from '../speakers/arabic-subject';
import type { Mention, SpeakerTracker } from '../speakers/coref';
import { findAntecedent } from '../speakers/english-context';
import { forwardPhrase } from '../speakers/english-forward';
import { isRoleWord } from '../speakers/english-names';
import { isVerb } from '../speakers/arabic-words';
import { nameBeforePost } from '../speakers/arabic-interviewee';
import type { Analysis, MarkedSpan, Range, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import type { QuoteCandidate } from './candidate';
import { englishInterviewee } from './interviewee-en';
import { quoteThenSpeakerHeadlines } from './headline-en';

/**
 * Quotes that an article's layout gives rather than a reporting verb: a headline's
 * "Speaker: «…»", an interview's answers (ج: / A:), and a quotation that runs over
 * several paragraphs (one quote per paragraph, as the guidelines annotate it).
 */

/** Separators before a headline's speaker: the line's start, "..", "|", a spaced dash. */
const HEADLINE_SEPARATOR = /(?:^|\.\.|…|\||\s[-–—]\s)\s*$/u;
const MAX_HEADLINE_SPEAKER_WORDS = 6;
/** An English subject, then a copula and what the speaker was like ("was more cautious", "were blunter"). */
const COPULA_PREDICATE = /^(\p{Lu}[^:]*?)\s+(?:was|were|is|are|sounded|seemed|appeared|remained)\s+(?:[a-z]+\s+){0,3}[a-z]+$/u;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you|this|that|others?)$/iu;

function phraseOf(a: Analysis, range: Range, arabic: boolean): SpeakerPhrase {
  const words = a.text.slice(range.start, range.end).split(/\s+/);
  const first = words[0] ?? '';
  let isName: boolean;
  if (arabic) {
    const titled = words.some((w) => AR_TITLES.has(w) || AR_INSTITUTIONS.has(w));
    isName = !titled && !first.startsWith('ال') && (AR_GIVEN_NAMES.has(first) || words.length >= 2) && words.length <= 4;
    // "الروائية المغربية ليلى أحمد": the title and its adjectives are the role, the given name starts the name.
    const given = words.findIndex((w, i) => i > 0 && AR_GIVEN_NAMES.has(w));
    if (!isName && given > 0 && words.length - given >= 2 && words.length - given <= 4) {
      const nameStart = range.start + a.text.slice(range.start, range.end).indexOf(` ${words[given] as string}`) + 1;
      return headlinePhrase({ start: nameStart, end: range.end }, { start: range.start, end: nameStart - 1 });
    }
  } else {
    isName =
      words.every((w) => /^\p{Lu}/u.test(w) && !EN_TITLE_WORDS.has(w) && !EN_NOT_NAMES.has(w) && !isRoleWord(w)) &&
      words.length >= 2 &&
      words.length <= 4;
  }
  return isName ? headlinePhrase(range, null) : headlinePhrase(null, range);
}

/**
 * Words of time or place opening a phrase after a headline's speaker (بعد الفوز، عقب اللقاء، قبل المباراة;
 * أمام النواب: where it was said, not who said it).
 */
const AR_WHEN = new Set(['بعد', 'عقب', 'قبل', 'اثر', 'خلال', 'اثناء', 'امام']);
/** Where a time phrase starts in an Arabic headline speaker (after its first word), or -1. */
function arabicWhen(text: string): number {
  const re = /\s(\S+)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) if (AR_WHEN.has(m[1] as string)) return m.index;
  return -1;
}

/** A headline's speaker: a name, a role, or both; one person, definite, gender unknown. */
function headlinePhrase(name: Range | null, role: Range | null): SpeakerPhrase {
  return {
    mention: (name ?? role) as Range,
    name,
    role,
    kind: name ? 'name' : 'role',
    plural: false,
    gender: 'unknown',
    definite: true,
    sameAsBefore: false,
  };
}

/**
 * "الأهالي: «الحر لا يرحم»", "Minister: “We will not resign”": a short phrase before a
 * colon that opens a quotation, at the start of a line or after a headline separator.
 * The phrase (without an attached و) is the speaker and ":" the cue.
 */
export function headlineQuotes(a: Analysis, tracker: SpeakerTracker, taken: Set<MarkedSpan>): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const m of a.outer.items) {
    if (taken.has(m)) continue;
    // The quotation closes the line and holds words said, not a name: "اقرأ أيضاً: «الإسكان» تطلق …" is a link.
    const lineEnd = a.text.indexOf('\n', m.end);
    const rest = a.text.slice(m.end, lineEnd < 0 ? a.text.length : lineEnd);
    // (A live blog's entry may go on after it: "هيئة الطرق: «…». وأوضحت الهيئة …", at a line's start, in Arabic.)
    const entry =
      /^\.\s+\p{Script=Arabic}/u.test(rest) && /(?:^|\n)[^\n:«]{2,80}:\s*$/u.test(a.text.slice(Math.max(0, m.start - 82), m.start));
    if (!/^[\s.!?؟…]*$/u.test(rest) && !entry) continue;
    if (
      a.text
        .slice(m.start + 1, m.end - 1)
        .trim()
        .split(/\s+/).length < 2
    )
      continue;
    const before = a.text.slice(Math.max(0, m.start - 120), m.start);
    // The phrase may hold a body or an outlet in «…»: وكيل بـ«الصحة»، رئيس الشعبة لـ«مساء القاهرة».
    // The colon first: the phrase's pattern, tried from every position of `before`, is slow to fail.
    const colon = /:\s*$/u.test(before) ? /((?:[^\n:.|…«»"“”]|«[^»\n:]{1,40}»){1,80}?)\s*:\s*$/u.exec(before) : null;
    if (!colon) continue;
    const phraseStart = m.start - before.length + colon.index;
    const lead = a.text.slice(a.text.lastIndexOf('\n', phraseStart - 1) + 1, phraseStart);
    if (!HEADLINE_SEPARATOR.test(lead) && !/\s[-–—]\s/u.test(colon[1] as string)) continue;
    // "… لـ«مساء القاهرة»": the outlet spoken to is not part of the speaker.
    const written = (colon[1] as string).replace(/\s+لـ?«[^»]*»\s*$/u, '');
    const dash = /^.*\s[-–—]\s/su.exec(written);
    let text = written.slice(dash ? dash[0].length : 0).trim();
    let start = phraseStart + written.indexOf(text, dash ? dash[0].length : 0);
    // "The mayor was more cautious: “…”": a sentence about the speaker, whose subject speaks.
    const predicate = COPULA_PREDICATE.exec(text);
    let described = false;
    if (predicate) {
      described = true;
      if (PRONOUN_SUBJECT.test(predicate[1] as string)) continue;
      const article = /^(?:The|A|An)\s+(?=\S)/u.exec(predicate[1] as string)?.[0] ?? '';
      text = (predicate[1] as string).slice(article.length);
      start += article.length;
    }
    // "رئيس النادي عقب الخسارة أمام الجار: «…»": when it was said is not part of who said it.
    const when = arabicWhen(text);
    if (when > 0) text = text.slice(0, when).trimEnd();
    const arabic = /[\u0600-\u06FF]/u.test(text);
    // "مراسلنا في تعز، فؤاد الشرعبي: «…»": an Arabic role, then its holder's name after one comma.
    const holder = arabic ? /^([^،,\p{N}]+)،\s*([^،,\p{N}]+)$/u.exec(text) : null;
    const named = holder ? phraseOf(a, { start: start + text.indexOf(holder[2] as string), end: start + text.length }, true) : null;
    if (holder && named?.name && (holder[2] as string).split(/\s+/).length <= 4) {
      const role = { start, end: start + (holder[1] as string).trimEnd().length };
      const phrase = { ...named, role };
      const speaker = tracker.mention(phrase);
      const cue = { start: named.name.end, end: a.text.indexOf(':', named.name.end) + 1 };
      taken.add(m);
      out.push({ range: { start: m.start, end: m.end }, kind: 'direct', cue, speaker, confidence: 0.8 });
      continue;
    }
    const words = text.split(/\s+/);
    if (words.length > MAX_HEADLINE_SPEAKER_WORDS || /[\p{N},،]/u.test(text)) continue;
    // "وتساءل رئيس اللجنة: «…»": a sentence opening with a reporting verb is that verb's cue, no headline.
    if (arabic && isVerb(words[0] as string)) continue;
    // والأهالي: the conjunction is not part of the speaker.
    if (arabic && /^[وف]ال/u.test(text)) {
      text = text.slice(1);
      start++;
    }
    if (!arabic && !described && !/^\p{Lu}/u.test(text)) continue;
    // "Evacuations: ‘We knocked on every door’": one English word that is no role, no acronym and no
    // name the article gives is the item's topic, not its speaker.
    const single = !arabic && words.length === 1 && !isRoleWord(text) && !/^\p{Lu}{2,}$/u.test(text);
    if (single && !tracker.entities.some((e) => e.isName && e.nameWords.includes(text.toLowerCase()))) continue;
    const range = { start, end: start + text.length };
    let phrase = phraseOf(a, range, arabic);
    // "النائب حداد: «…»", "Minister Haddad: “…”": a title then the surname of someone the article names.
    const lastWord = /\S+$/u.exec(text)?.[0] ?? '';
    const surname = lastWord.toLowerCase();
    if (
      !phrase.name &&
      words.length >= 2 &&
      tracker.entities.some((e) => e.isName && e.nameWords.length >= 2 && e.nameWords.at(-1) === surname)
    ) {
      const nameStart = range.end - lastWord.length;
      phrase = {
        ...phrase,
        name: { start: nameStart, end: range.end },
        role: { start: range.start, end: nameStart - 1 },
        kind: 'name',
        mention: { start: nameStart, end: range.end },
      };
    }
    const speaker = tracker.mention(phrase, phrase.role && !phrase.name ? (tracker.holderOf(phrase.role) ?? undefined) : undefined);
    const cue = { start: range.end, end: a.text.indexOf(':', range.end) + 1 };
    taken.add(m);
    out.push({ range: { start: m.start, end: m.end }, kind: 'direct', cue, speaker, confidence: 0.8 });
  }
  out.push(...quoteThenSpeakerHeadlines(a, tracker, taken));
  return out;
}

const INTERVIEWER_BEFORE = /\b(?:spoke|speaks|spoken|talked|talks|talking|speaking)\s+(?:to|with)\s+$|\binterviewed\s+by\s+$|\bBy\s+$/u;
const OUTLET_ASKED = /\b(?:We|we|I)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u;

/** "We spoke to Dr Lena Moss, chief executive of …" in the introduction: the name who answers, or null. */
function outletSpokeTo(a: Analysis, before: number): SpeakerPhrase | null {
  const intro = a.text.slice(Math.max(0, before - 800), before);
  const asked = [...intro.matchAll(/\b(?:We|I)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?/gu)].at(-1);
  if (!asked) return null;
  const at = before - intro.length + asked.index + asked[0].length;
  const k = a.tokens.findIndex((t) => t.start >= at);
  const read = k < 0 ? null : forwardPhrase(a, k, Math.min(a.tokens.length - 1, k + 5));
  return read?.phrase.kind === 'name' ? read.phrase : null;
}
const QUESTION_LABEL = /^(?:س|سؤال|Q|Question)\s*[:：]/u;
const ANSWER_LABEL = /^(?:ج|جواب|A|Answer)\s*[:：]\s*/u;

/**
 * Interviews written as questions and answers: each answer (after ج: / A:) is a direct quote
 * by the interviewee, the label its cue. Only when the text has both labels; the
 * interviewee is the speaker of the headline or the person the introduction names last.
 */
export function interviewAnswers(a: Analysis, tracker: SpeakerTracker, known: KnownNames): QuoteCandidate[] {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (const line of a.text.split('\n')) {
    lines.push({ start: from, end: from + line.length, text: line });
    from += line.length + 1;
  }
  const firstQuestion = lines.findIndex((l) => QUESTION_LABEL.test(l.text.trim()));
  if (firstQuestion < 0 || !lines.some((l) => ANSWER_LABEL.test(l.text.trim()))) return [];
  const interviewee = findInterviewee(a, tracker, known, (lines[firstQuestion] as { start: number }).start);
  const out: QuoteCandidate[] = [];
  for (const line of lines) {
    const lead = line.text.length - line.text.trimStart().length;
    const label = ANSWER_LABEL.exec(line.text.slice(lead));
    if (!label) continue;
    const start = line.start + lead + label[0].length;
    let end = line.end;
    while (end > start && /[\s,.،]/u.test(a.text[end - 1] as string)) end--;
    if (end <= start) continue;
    const cueStart = line.start + lead;
    out.push({
      range: { start, end },
      kind: 'direct',
      cue: { start: cueStart, end: cueStart + label[0].trimEnd().length },
      speaker: interviewee,
      confidence: interviewee ? 0.8 : 0.5,
    });
  }
  return out;
}

/** Who answers: the latest named speaker before the questions, else a name in the introduction. */
function findInterviewee(a: Analysis, tracker: SpeakerTracker, known: KnownNames, before: number): Mention | null {
  // An interview's headline names who answers ("Jane Roe: «…»"); a byline after it names who asks.
  const headlineEnd = a.text.indexOf('\n');
  const headline = tracker.mentions.find((m) => m.range.start < headlineEnd && m.phrase.kind !== 'pronoun' && m.range.end < before);
  if (headline?.phrase.kind === 'name') return headline;
  // "She spoke to Conor …", "speaks to Priya …": the name after it is who asks, never who answers.
  // "We spoke to Dr Lena Moss": the outlet's own "we" asked, so the name after it answers.
  const asks = (r: Range) => {
    const lead = a.text.slice(Math.max(0, r.start - 30), r.start);
    return INTERVIEWER_BEFORE.test(lead) && !OUTLET_ASKED.test(lead);
  };
  let latest: Mention | null = null;
  for (const m of tracker.mentions)
    if (m.range.start < before && m.phrase.kind === 'name' && !asks(m.range) && (!latest || m.range.start > latest.range.start)) latest = m;
  const tokens = a.tokens;
  let k = tokens.findIndex((t) => t.start >= before);
  if (k < 0) k = tokens.length;
  const arabic = tokens.slice(Math.max(0, k - 30), k).filter((t) => t.kind === 'word' && t.arabic).length > 5;
  let found: SpeakerPhrase | null = null;
  if (arabic) {
    // The introduction's last title followed by a name: الفنانة …, وزير الصحة ….
    for (let i = k - 1; i >= 0 && i >= k - 200 && !found; i--) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || !AR_TITLES.has(t.text)) continue;
      // "بمنطقة الشيخ …", "بشارع الأمير …": a title inside a place name with a glued ب is no person.
      const before = tokens[i - 1];
      if (before?.kind === 'word' && /^ب/.test(before.text) && before.text.length >= 5 && !AR_GIVEN_NAMES.has(before.text)) continue;
      // "يحيى ولد الشيخ سيديا": a title after a name particle or a given name is inside the name.
      if (before?.kind === 'word' && (AR_NAME_PARTICLES.has(before.text) || AR_GIVEN_NAMES.has(before.text))) continue;
      // Room for a role, a title abbreviation and a three-part name (الأمين العام للمجلس د. فلان فلان فلان).
      const phrase = parseArabicSubject(a, i, Math.min(k - 1, i + 10), known);
      if (phrase?.kind === 'name') found = phrase;
      // "يتحدث فلان، مدير الهيئة، عن …": the post after the name, between commas.
      else found = nameBeforePost(a, i, known);
    }
  } else {
    // "from Hong Kong’s railways to London’s Crossrail": a possessive names a place or a thing, not who answers.
    const possessive = (r: Range) => /['’]s\b/u.test(a.text.slice(r.start, r.end + 3));
    // The introduction may sit a blank line above the first question.
    found = englishInterviewee(a, k) ?? findAntecedent(a, k, (r) => !asks(r) && !possessive(r)) ?? outletSpokeTo(a, before);
  }
  // A headline that gave only a role ("رئيس الجمعية: «…»", "Energy secretary: ‘…’") is the person the introduction names.
  if (found && headline) return tracker.mention(found, headline);
  if (headline) return headline;
  if (found && (!latest || found.mention.start > latest.range.start)) return tracker.mention(found);
  return latest;
}

/**
 * A direct quote that runs over paragraphs becomes one quote per paragraph (the guidelines
 * annotate each fragment), each with the same speaker and cue.
 */
export function splitAcrossParagraphs(text: string, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const q of quotes) {
    const body = text.slice(q.range.start, q.range.end);
    if (q.kind !== 'direct' || !body.includes('\n')) {
      out.push(q);
      continue;
    }
    let offset = q.range.start;
    for (const part of body.split('\n')) {
      let start = offset;
      let end = offset + part.length;
      offset = end + 1;
      // Each paragraph of an English multi-paragraph quote reopens it: “…
      while (start < end && /[\s«“"‘'„]/u.test(text[start] as string)) start++;
      while (end > start && /[\s,.،»”"’']/u.test(text[end - 1] as string)) end--;
      if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ ...q, range: { start, end } });
    }
  }
  return out;
}
