import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_PROPER_PLACES } from '../lexicon/ar';
import { RANK_GRADES, RANKS } from '../lexicon/ar-people';
import type { Token } from '../tokens';
import { notAName } from './arabic-shapes';
import { isInstitution, isStop, isTitle } from './arabic-words';

/** "ضابط برتبة عقيد": the rank named after برتبة belongs to the role. */
export const RANK_OF = 'برتبة';

/** Plurals of people who live somewhere (أحد سكان المدينة): the place after them is no name. */
const RESIDENTS = new Set(['سكان', 'اهالي', 'اهل', 'ابناء']);
/** A relative of the person just named by a pronoun (ابن «عمه»، ابنة «أخيها»): kin of kin is still the speaker. */
const KIN_OF_SPEAKER = /^(اخي|اخو|عم|خال|اخت|عمت|خالت)(ه|ها)$/u;

/**
 * "أحد سكان كادقلي"، "أهالي القرية": word `k` is where the residents of the role live, not a name.
 * "بجامعة ابن رشد"، "مستشفى أبو بكر": a name particle right after a body's bare noun (with a glued ب or ل)
 * opens the body's own name, not its holder's.
 */
export function residentsPlace(tokens: readonly Token[], k: number, roleStart: number): boolean {
  const w = (tokens[k] as Token).text;
  if (k - 1 < roleStart) return false;
  const previous = (tokens[k - 1] as Token).text;
  // (Only the bare noun, in construct: "رئيس النادي عبد الحق …" names the club's president.)
  const body = previous.replace(/^[بل](?!ال)/u, '');
  if (AR_NAME_PARTICLES.has(w)) return !body.startsWith('ال') && isInstitution(body);
  return RESIDENTS.has(previous) && !AR_GIVEN_NAMES.has(w);
}

/** "ابن عمه محمد"، "ابنة أخيها سلمى": a relative of the speaker's own between kin and name, so the name is the speaker's. */
export function kinOfKin(tokens: readonly Token[], role: [number, number]): boolean {
  return role[1] === role[0] + 1 && KIN_OF_SPEAKER.test((tokens[role[1]] as Token).text);
}

/** "الرئيس التنفيذي لتحالف «ساحل سولار»": after a body (a glued ل or its noun) quoted words are the body's name. */
export const bodyBeforeQuote = (roleEnd: string) => (roleEnd.startsWith('ل') && roleEnd.length > 3) || isInstitution(roleEnd);

/**
 * "رويدة حسن الخطيب": a word no lexicon knows, ending in ة (a woman's given name looks like a noun),
 * right before a known given name (her father's) opens a name, not a role. Never a title or a body.
 */
export function womanBeforeFather(tokens: readonly Token[], k: number, to: number): boolean {
  const w = (tokens[k] as Token).text;
  const next = wordAfterWomansName(tokens, k, to);
  return !!next && !AR_GIVEN_NAMES.has(w) && AR_GIVEN_NAMES.has(next);
}

/** The word after word `k`, when `k` reads like a woman's given name (an indefinite word in ة, no title or body) and both are in the phrase. */
function wordAfterWomansName(tokens: readonly Token[], k: number, to: number): string | null {
  const w = (tokens[k] as Token).text;
  const next = tokens[k + 1];
  const womans = k + 1 <= to && w.length >= 4 && w.endsWith('ة') && !w.startsWith('ال') && !isTitle(w) && !isInstitution(w);
  return womans && next?.kind === 'word' ? next.text : null;
}

/**
 * "المعلمة عوضية الطيب"، "الممرضة نفيسة الحوراني": right after a woman's title (a definite title in ة that is
 * no body), a word read like a woman's name (womanBeforeFather), or one followed by a family name with the
 * article in ي (a nisba), opens her name.
 */
export function womanAfterTitle(tokens: readonly Token[], k: number, to: number, title: string): boolean {
  if (!title.startsWith('ال') || !title.endsWith('ة') || !isTitle(title) || isInstitution(title)) return false;
  if (womanBeforeFather(tokens, k, to)) return true;
  const next = wordAfterWomansName(tokens, k, to);
  return !!next && /^ال[\u0621-\u064A]{2,}ي$/u.test(next) && !isTitle(next) && !isInstitution(next);
}

/** بالمجلس، بمجلس المحافظة: ب glued to a definite word or to a body's bare noun continues a role (عضو في لجنة الطاقة بمجلس …). */
export const withBa = (w: string) => w.startsWith('بال') || (w.startsWith('ب') && w.length > 3 && isInstitution(w.slice(1)));

/**
 * "الفريق أول الركن …"، "الرائد طيار …": word `k` grades the rank before it (after any other grades), so it
 * belongs with the rank outside the name; the name starts after it, whatever the first name is. So does
 * برتبة with the rank it names (ضابط برتبة عقيد).
 */
export function rankPart(tokens: readonly Token[], k: number, roleStart: number, to: number): boolean {
  if ((tokens[k] as Token).text === RANK_OF) return k + 1 <= to && tokens[k + 1]?.kind === 'word';
  if (!RANK_GRADES.has((tokens[k] as Token).text)) return false;
  for (let m = k - 1; m >= roleStart && m >= k - 3; m--) {
    const w = (tokens[m] as Token).text;
    if (RANKS.has(w)) return true;
    if (!RANK_GRADES.has(w)) return false;
  }
  return false;
}

/**
 * Word `k` is عن: "النائب عن حزب العدالة"، "عضو مجلس النواب عن محافظة الكرك": the party or district a deputy or
 * member sits for belongs to the role (right after the title, or a few words on before a body or a place).
 */
export function seatFor(tokens: readonly Token[], k: number, roleStart: number): boolean {
  const seat = tokens[k + 1]?.text ?? '';
  return (
    /^(ال)?(نائب|نائبة|ممثل|ممثلة|مندوب|مندوبة|عضو|عضوة)$/.test((tokens[roleStart] as Token).text) &&
    (k - 1 === roleStart || (k - roleStart <= 3 && (isInstitution(seat) || AR_PROPER_PLACES.has(seat))))
  );
}

/**
 * A given name or name particle a few words after `k0`: the name starts there, not here (الفريق أول … عبد الأمير),
 * or -1. A given name at `k0` starts the name itself (الفريق محمد …).
 */
export function nameAheadOf(tokens: readonly Token[], k0: number, to: number): number {
  if (AR_GIVEN_NAMES.has((tokens[k0] as Token).text)) return -1;
  for (let m = k0 + 1; m <= Math.min(to, k0 + 4); m++) {
    const t = tokens[m] as Token;
    if (t.kind !== 'word' || isStop(t.text)) return -1;
    if (AR_GIVEN_NAMES.has(t.text) || AR_NAME_PARTICLES.has(t.text)) return m;
    // Only skip ahead over words that cannot belong to a name (الفريق أول قوات خاصة عبد …).
    if (!notAName(t.text)) return -1;
  }
  return -1;
}

/**
 * What word `k`, inside a role, turns it into: 'name' for a woman's given name right after her title
 * (womanAfterTitle), 'rank' for a rank's grade, 'rank of' for برتبة (rankPart), else null.
 */
export function roleTurnAt(
  tokens: readonly Token[],
  k: number,
  role: [number, number],
  to: number,
  lastDefinite: boolean,
): 'name' | 'rank' | 'rank of' | null {
  if (k === role[1] + 1 && lastDefinite && womanAfterTitle(tokens, k, to, (tokens[role[0]] as Token).text)) return 'name';
  if (!rankPart(tokens, k, role[0], to)) return null;
  return (tokens[k] as Token).text === RANK_OF ? 'rank of' : 'rank';
}
