/**
 * Reads the noun phrase naming a speaker in Arabic, word by word: this module holds the walk itself and
 * what ends any phrase (a verb, a complementizer, punctuation), names in quotation marks and in Latin script,
 * and abbreviated titles. What each word means depends on where the walk is, so the steps live apart:
 * the first word in arabic-phrase-start.ts, words after a role in arabic-phrase-role.ts, after a name in
 * arabic-phrase-name.ts.
 */
import { AR_COMPLEMENTIZERS } from '../lexicon/ar';
import type { Analysis } from '../types';
import type { Token } from '../tokens';
import { gluedHyphen, isAliName, latinNameEnd, titleAbbreviationAt } from './arabic-names';
import { KIN, APPOSITIVE_OPENERS, isTitle, isInstitution, isStop, isVerb } from './arabic-words';
import { bodyBeforeQuote, kinOfKin } from './arabic-roles';
import type { PhraseReading, PhraseSpan } from './arabic-phrase-state';
import { startPhrase } from './arabic-phrase-start';
import { continueRole } from './arabic-phrase-role';
import { continueName } from './arabic-phrase-name';

export type KnownNames = Set<string>;

export interface Parsed {
  name: [number, number] | null;
  role: [number, number] | null;
}

/**
 * Reads an Arabic noun phrase naming a speaker from token `from` up to `to` (inclusive):
 * roles (المتحدث باسم الخارجية الأمريكية، مسؤول في حماس، مصدر أمني لبناني), names
 * (سامويل وربيرج، أبو زيد), or a role followed by a name (وزير المالية محمد الجدعان).
 * A definite word after a role starts the name only if it is a known given name or the
 * surname of an earlier speaker; otherwise it continues the role (وزير الخارجية الأمريكي).
 */
export function readPhrase(a: Analysis, from: number, to: number, known: KnownNames, glued = false): Parsed | null {
  const tokens = a.tokens;
  const k0 = from;
  // A name in quotation marks: وأضاف «وربيرج» أن.
  const open = tokens[k0];
  if (open && (open.text === '«' || open.text === '"' || open.text === '“')) {
    const span = a.markedByStart.get(open.start);
    if (span) {
      let last = k0 + 1;
      while (last <= to && (tokens[last] as Token).end < span.end - 1) last++;
      const inner: [number, number] = [k0 + 1, last];
      const count = last - k0;
      if (count >= 1 && count <= 4 && tokens.slice(k0 + 1, last + 1).every((t) => t.kind === 'word')) {
        return isTitle((tokens[k0 + 1] as Token).text) || isInstitution((tokens[k0 + 1] as Token).text)
          ? { name: null, role: inner }
          : { name: inner, role: null };
      }
    }
    return null;
  }
  const p: PhraseSpan = { a, tokens, from, to, known, glued };
  const s: PhraseReading = {
    k: from,
    mode: 'start',
    role: null,
    name: null,
    lastDefinite: false,
    glue: false,
    usedBism: false,
    headIndefinite: false,
  };
  for (; s.k <= to; s.k++) {
    const k = s.k;
    const t = tokens[k] as Token;
    if (s.mode === 'name' && s.name && gluedHyphen(tokens, k, to)) {
      s.name[1] = ++s.k;
      continue;
    }
    // A foreign name left in Latin script: المدير الإقليمي للشركة Markus Feldmann.
    const latin = s.mode !== 'name' ? latinNameEnd(tokens, k, to) : -1;
    if (latin >= 0) {
      s.name = [k, latin];
      s.mode = 'name';
      s.k = latin + 1;
      break;
    }
    // "مدير المشروع د. كريم السيد", "م/ سامي": an abbreviated title; the name starts after it.
    // Met inside a "name", what came before was the role after all (أمين مجلس الصمغ «العربي» د. …).
    if (titleAbbreviationAt(a, k) && k + 2 <= to && (tokens[k + 2] as Token).kind === 'word') {
      if (s.mode === 'name' && s.name && s.role && s.role[1] === s.name[0] - 1) s.role[1] = k - 1;
      else if (s.mode === 'name') break;
      [s.mode, s.name, s.k] = ['name', [k + 2, k + 2], k + 2];
      continue;
    }
    if (t.kind !== 'word' || !t.arabic) break;
    const w = t.text;
    // "أحمد ذكر الله": a verb form before الله is part of a compound name.
    const beforeAllah = tokens[k + 1]?.text === 'الله' && k + 1 <= to;
    if (AR_COMPLEMENTIZERS.has(w) || (s.mode !== 'start' && isVerb(w) && !beforeAllah)) break;
    // "تقول أم نادر وهي تفتح الباب …": وهو / وهي open a circumstance about the speaker, never more of the phrase.
    if (s.mode !== 'start' && APPOSITIVE_OPENERS.has(w)) break;
    // علي folds like the preposition على: a name only when a name follows.
    const stop = isStop(w) && !isAliName(tokens, k, to);
    if (s.mode === 'start') {
      if (startPhrase(p, s, w, stop) === 'none') return null;
      continue;
    }
    if (s.mode === 'role' && s.role) {
      if (continueRole(p, s, s.role, w, stop) === 'stop') break;
      continue;
    }
    if (s.mode === 'name' && s.name && continueName(p, k, s.name, w, stop) === 'stop') break;
  }
  const { k, mode, role } = s;
  let name = s.name;
  // A name in quotation marks right after the role: وزير المالية «معيط».
  const after = tokens[k];
  if (mode === 'role' && !name && after && k <= to && (after.text === '«' || after.text === '"' || after.text === '“')) {
    const span = a.markedByStart.get(after.start);
    if (span) {
      let last = k + 1;
      while (last <= to && (tokens[last + 1] as Token | undefined) && (tokens[last + 1] as Token).end <= span.end - 1) last++;
      // (After a body, "… لتحالف «ساحل سولار»", the quoted words are the body's name: more of the role.)
      if (last - k <= 3 && tokens.slice(k + 1, last + 1).every((t) => t.kind === 'word')) {
        if (role && bodyBeforeQuote((tokens[role[1]] as Token).text)) role[1] = Math.min(last + 1, to);
        else name = [k + 1, last];
      }
    }
  }
  if (!role && !name) return null;
  // "والدة الطفلة سلمى", "شقيق الضحية أحمد": the name is the relative's, the kin speaks.
  // (Only with a word between: "ابن كيران" is a family name.)
  // ("ابن عمه محمد" excepted: a relative of the speaker's own, so the name is the speaker's.)
  if (role && name && role[1] > role[0] && KIN.has((tokens[role[0]] as Token).text) && role[1] === name[0] - 1 && !kinOfKin(tokens, role))
    return { name: null, role: [role[0], name[1]] };
  return { name, role };
}
