import { AR_GIVEN_NAMES, AR_INSTITUTIONS, AR_NP_STOP, AR_TITLES } from '../lexicon/ar';
import { EN_HONORIFICS, EN_NOT_NAMES, EN_TITLE_WORDS } from '../lexicon/en';
import type { Gender, Range, SpeakerPhrase } from '../types';
import { isRoleWord } from './english-names';

/** One person or body that speaks in the document, with every mention of it. */
export interface Entity {
  id: number;
  /** Canonical name: the fullest name seen, else the first role phrase (folded range or found text). */
  canonical: Range;
  nameWords: string[];
  roleStems: string[];
  plural: boolean;
  gender: Gender;
  isName: boolean;
  /** Index into `mentions` of the first mention. */
  first: number;
}

export interface Mention {
  range: Range;
  phrase: SpeakerPhrase;
  entity: number;
}

const RECENT_LIMIT = 200;
/** How far back (UTF-16 units) to look for the full form of a surname. */
const FULL_NAME_WINDOW = 6000;
const ROLE_GLUE = new Set(['باسم', 'في', 'من', 'لدي', 'of', 'for', 'at', 'the', 'a', 'an', 'in', 'to', 'from', 'with', 'and']);

function nameWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/[.,]/g, '')
        .replace(/['’]s$/, '')
        .toLowerCase(),
    )
    .filter((w) => w && !EN_HONORIFICS.has(w[0]!.toUpperCase() + w.slice(1)));
}

/** Crude stems that let المتحدث match المتحدثة and officials match official. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (/[\u0600-\u06FF]/.test(w)) {
    w = w.replace(/^(و|ف)(?=ال)/, '').replace(/^(بال|لل|ال)/, '');
    if (w.length > 4) w = w.replace(/(ون|ين|ات)$/, '');
    if (w.length > 3) w = w.replace(/[ةه]$/, '');
    return w;
  }
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

function roleStems(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => w && !ROLE_GLUE.has(w.toLowerCase()))
    .map(stem);
}

const endsWith = (long: string[], short: string[]) =>
  short.length <= long.length && short.every((w, i) => long[long.length - short.length + i] === w);
/** The capitals of a name's words, small joining words left out: Toronto Transit Commission → TTC. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
/**
 * x.join(' ') === y.join(' ') without building the strings (asked of every recent speaker). Stems
 * hold no spaces, so lists of unlike length join alike only as [] and [''].
 */
function sameJoined(x: string[], y: string[]): boolean {
  if (x.length !== y.length) return x.length + y.length === 1 && (x[0] ?? y[0]) === '';
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
const samePost = (x: string[], y: string[]) => x.length >= 2 && y.length >= 2 && x[0] === y[0] && x[1] === y[1];
const subset = (small: string[], big: string[]) => small.length > 0 && small.every((w) => big.includes(w));

/**
 * Links speaker mentions to entities in reading order: a surname (وربيرج, Grant) or a
 * shorter name joins the earlier full name; a definite title or role (المتحدث، الوزيرة،
 * the minister) joins the latest speaker whose role it matches; "المصدر ذاته" joins the
 * previous speaker; an indefinite role (مسؤول في حماس, a union source) is someone new.
 */
export class SpeakerTracker {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  readonly #byRange = new Map<string, Mention>();
  readonly #byEntity = new Map<number, Mention[]>();
  /** Entity of the most recent speaker, for pronouns and pro-drop. */
  #recent: number[] = [];

  constructor(private readonly text: string) {}

  /** A mention of `phrase`; `of` forces its entity (a description such as "الرجل الخمسيني" for someone named before). */
  mention(phrase: SpeakerPhrase, of?: Mention): Mention {
    const key = `${phrase.mention.start}:${phrase.mention.end}`;
    const existing = this.#byRange.get(key);
    if (existing) {
      this.#touch(existing.entity);
      return existing;
    }
    const entity = of ? (this.entities[of.entity] as Entity) : this.#resolve(phrase);
    // A role-only speaker (an interview's headline) named now: the name becomes what it is called.
    if (of && phrase.name && !entity.isName) {
      entity.isName = true;
      entity.nameWords = nameWords(this.text.slice(phrase.name.start, phrase.name.end));
      entity.canonical = phrase.name;
    }
    const mention: Mention = { range: phrase.mention, phrase, entity: entity.id };
    this.mentions.push(mention);
    this.#byRange.set(key, mention);
    const list = this.#byEntity.get(entity.id) ?? [];
    list.push(mention);
    this.#byEntity.set(entity.id, list);
    this.#touch(entity.id);
    return mention;
  }

  /** The latest speaker compatible with a pronoun or an Arabic verb's person/number/gender. */
  previous(want: { plural: boolean; gender: Gender }, before: number): Mention | null {
    // Speakers of the current paragraph first, then any: within each, the latest speaker known
    // to match, then the latest whose gender is unknown. So "she said" after a woman quoted
    // in an earlier paragraph and a speaker of unknown gender just before goes to the latter.
    const paragraph = this.text.lastIndexOf('\n', before - 1) + 1;
    for (const local of [true, false]) {
      for (const strict of [true, false]) {
        for (let k = this.#recent.length - 1; k >= 0; k--) {
          const e = this.entities[this.#recent[k] as number] as Entity;
          if (e.plural !== want.plural && !(want.plural && !e.isName)) continue;
          if (want.gender !== 'unknown' && e.gender !== want.gender && (strict || e.gender !== 'unknown')) continue;
          const mention = this.latestMention(e.id, before);
          if (local && (!mention || mention.range.start < paragraph)) continue;
          if (want.gender !== 'unknown' && e.gender === 'unknown') e.gender = want.gender;
          return mention;
        }
        if (want.gender === 'unknown') break;
      }
    }
    return null;
  }

  /**
   * The first named speaker who holds the post a role names (a headline's "رئيس شعبة الدواجن" is the
   * "رئيس شعبة الثروة الداجنة" the article names), read from the entity's role; null if none does.
   */
  holderOf(role: Range): Mention | null {
    const roles = roleStems(this.text.slice(role.start, role.end));
    for (const m of this.mentions) {
      const e = this.entities[m.entity] as Entity;
      if (e.isName && m.phrase.name && (samePost(e.roleStems, roles) || (roles.length >= 2 && subset(roles, e.roleStems)))) return m;
    }
    return null;
  }

  /** A pronoun or verb agreement told us the speaker's gender (He says …). */
  learnGender(m: Mention, gender: Gender): void {
    const e = this.entities[m.entity];
    if (e && e.gender === 'unknown' && gender !== 'unknown') e.gender = gender;
  }

  latestMention(entity: number, before: number): Mention | null {
    const list = this.#byEntity.get(entity) ?? [];
    let best: Mention | null = null;
    for (const m of list) if (m.range.start < before && (!best || m.range.start > best.range.start)) best = m;
    return best ?? list[0] ?? null;
  }

  #touch(id: number): void {
    const at = this.#recent.lastIndexOf(id);
    if (at >= 0) this.#recent.splice(at, 1);
    this.#recent.push(id);
    // Coreference is local: only the latest speakers are candidates.
    if (this.#recent.length > RECENT_LIMIT) this.#recent.shift();
  }

  #resolve(phrase: SpeakerPhrase): Entity {
    const slice = (r: Range) => this.text.slice(r.start, r.end);
    const recent = this.#recent;
    const entities = this.entities;
    const recentFirst = {
      find(test: (e: Entity) => boolean): Entity | undefined {
        for (let k = recent.length - 1; k >= 0; k--) {
          const e = entities[recent[k] as number] as Entity;
          if (test(e)) return e;
        }
        return undefined;
      },
    };
    const latest = recent.length ? (entities[recent[recent.length - 1] as number] as Entity) : undefined;
    if (phrase.sameAsBefore && latest) return latest;
    const roles = phrase.role ? roleStems(slice(phrase.role)) : [];
    if (phrase.name) {
      const words = nameWords(slice(phrase.name));
      const match = recentFirst.find((e) => e.isName && (endsWith(e.nameWords, words) || endsWith(words, e.nameWords)));
      if (match) {
        if (words.length > match.nameWords.length) {
          match.nameWords = words;
          match.canonical = phrase.name;
        }
        if (roles.length && !match.roleStems.length) match.roleStems = roles;
        return match;
      }
      // "the TTC" after "the Toronto Transit Commission": an acronym of a body or post named before.
      const acronym = /^\p{Lu}{2,6}$/u.test(slice(phrase.name)) ? slice(phrase.name) : '';
      if (acronym) {
        const spelled = recentFirst.find((e) => initials(slice(e.canonical)) === acronym);
        if (spelled) return spelled;
        // "The CS said" after "Health CS Jane Roe" or "Health Cabinet Secretary Jane Roe", "the AGP" after
        // "Attorney General for Pakistan X": the holder of the post the acronym is, or abbreviates.
        const post = acronym.toLowerCase();
        const holder = recentFirst.find(
          (e) =>
            e.isName &&
            e.roleStems.length > 0 &&
            (e.roleStems.includes(post) ||
              e.roleStems
                .map((w) => w[0])
                .join('')
                .endsWith(post)),
        );
        if (holder) return holder;
        const written = this.#spelledOut(acronym, phrase.name.start);
        if (written) return this.#create(phrase, written, nameWords(slice(written)), roles, true);
      }
      // A role-only speaker named now: "the spokesperson" earlier, "the spokesperson, X," here.
      // The same title and first complement (رئيس شعبة …، وكيل مساعد …) name the same post.
      const roleMatch = roles.length
        ? recentFirst.find((e) => !e.isName && (subset(e.roleStems, roles) || samePost(e.roleStems, roles)))
        : undefined;
      if (roleMatch) {
        roleMatch.isName = true;
        roleMatch.nameWords = words;
        roleMatch.canonical = phrase.name;
        return roleMatch;
      }
      const full = words.length === 1 ? this.#fullName(phrase.name) : null;
      return this.#create(phrase, full ?? phrase.name, full ? nameWords(slice(full)) : words, roles, true);
    }
    if (phrase.definite || phrase.plural) {
      const head = roles[0];
      const match = recentFirst.find(
        (e) =>
          (e.roleStems.length > 0 && (subset(roles, e.roleStems) || subset(e.roleStems, roles))) ||
          (roles.length === 1 && head !== undefined && e.roleStems.includes(head) && phrase.definite),
      );
      if (match && (phrase.definite || roles.join(' ') === match.roleStems.join(' '))) return match;
    } else {
      const same = recentFirst.find((e) => !e.isName && sameJoined(e.roleStems, roles));
      if (same) return same;
    }
    // "الوزارة" after "أعلنت وزارة المالية …": a body called by its bare noun is the one last named in full.
    const body = phrase.definite ? this.#bodyNamedBefore(phrase.mention) : null;
    if (body) return this.#create(phrase, body, [], roleStems(slice(body)), false);
    return this.#create(phrase, phrase.mention, [], roles, false);
  }

  /** The latest "وزارة المالية …" (the bare noun without ال, then definite words) before a lone "الوزارة". */
  #bodyNamedBefore(mention: Range): Range | null {
    const word = this.text.slice(mention.start, mention.end);
    if (!word.startsWith('ال') || !AR_INSTITUTIONS.has(word) || !AR_INSTITUTIONS.has(word.slice(2))) return null;
    const from = Math.max(0, mention.start - FULL_NAME_WINDOW);
    const re = new RegExp(`(?<![\\u0621-\\u064A])${word.slice(2)}(?:\\s+(?:و)?ال[\\u0621-\\u064A]+){1,5}`, 'gu');
    let found: Range | null = null;
    for (const m of this.text.slice(from, mention.start).matchAll(re)) found = { start: from + m.index, end: from + m.index + m[0].length };
    return found;
  }

  #create(phrase: SpeakerPhrase, canonical: Range, words: string[], roles: string[], isName: boolean): Entity {
    const entity: Entity = {
      id: this.entities.length,
      canonical,
      nameWords: words,
      roleStems: roles,
      plural: phrase.plural,
      gender: phrase.gender,
      isName,
      first: this.mentions.length,
    };
    this.entities.push(entity);
    return entity;
  }

  /** The last words before `before` whose initials spell `acronym` (Toronto Transit Commission for TTC). */
  #spelledOut(acronym: string, before: number): Range | null {
    const from = Math.max(0, before - FULL_NAME_WINDOW);
    const re = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)?\p{Lu}[\p{L}'’-]*){1,6}/gu;
    let found: Range | null = null;
    for (const m of this.text.slice(from, before).matchAll(re)) {
      const words = m[0].split(/\s+/);
      // The acronym may cover the last words of a longer capitalized run (Sen. … the Federal Emergency Management Agency).
      for (let k = 0; k < words.length; k++) {
        const tail = words.slice(k).join(' ');
        if (initials(tail) !== acronym) continue;
        const start = from + (m.index as number) + m[0].lastIndexOf(tail);
        found = { start, end: start + tail.length };
        break;
      }
    }
    return found;
  }

  /**
   * A surname said alone (Klein said) may have been introduced in full earlier, outside any
   * attribution (Curator Sarah Klein described …). Looks back for the fuller name.
   */
  #fullName(surname: Range): Range | null {
    const word = this.text.slice(surname.start, surname.end);
    const from = Math.max(0, surname.start - FULL_NAME_WINDOW);
    const before = this.text.slice(from, surname.start);
    if (/^[A-Z]/.test(word)) {
      const re = new RegExp(`((?:[A-Z][\\p{L}'’-]+ ){1,3})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?! \\p{Lu})`, 'gu');
      let found: Range | null = null;
      for (const m of before.matchAll(re)) {
        const words = (m[1] as string).trim().split(' ');
        let k = 0;
        // "Playwright Odile Marchetti": a role word before the name is no part of it.
        while (
          k < words.length &&
          (EN_TITLE_WORDS.has(words[k] as string) || EN_NOT_NAMES.has(words[k] as string) || isRoleWord(words[k] as string))
        )
          k++;
        if (k === words.length) continue;
        const skipped = words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
        found = { start: from + m.index + skipped, end: from + m.index + m[0].length };
      }
      return found ?? middleName(before, from, word);
    }
    const re = new RegExp(`(?<=^|[\\s،,«])([\\u0621-\\u064A]+) ${word}(?=$|[\\s،,.»])`, 'gu');
    let found: Range | null = null;
    for (const m of before.matchAll(re)) {
      const given = m[1] as string;
      if (AR_NP_STOP.has(given) || AR_TITLES.has(given) || AR_INSTITUTIONS.has(given)) continue;
      if (given.startsWith('ال') && !AR_GIVEN_NAMES.has(given)) continue;
      found = { start: from + m.index, end: from + m.index + m[0].length };
    }
    return found;
  }
}

/**
 * "Grace Wanjiru Mwangi … says Wanjiru": in East and West African usage a person is often called by
 * the middle one of three names. The latest "Given Word Last" before, where no role or title is part of it.
 */
function middleName(before: string, from: number, word: string): Range | null {
  const re = new RegExp(
    `(?<![\\p{L}'’-])([A-Z][\\p{L}'’-]+) ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ([A-Z][\\p{L}'’-]+)(?= [a-z]|[,.])`,
    'gu',
  );
  let found: Range | null = null;
  for (const m of before.matchAll(re)) {
    const [given, last] = [m[1] as string, m[2] as string];
    if ([given, last].some((w) => EN_TITLE_WORDS.has(w) || EN_NOT_NAMES.has(w) || isRoleWord(w))) continue;
    found = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return found;
}
