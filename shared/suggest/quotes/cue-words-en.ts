import { EN_PARTICIPLES, EN_PRONOUNS, type EnglishCue } from '../lexicon/en';
import { isRoleWord } from '../speakers/english-names';
import type { Token } from '../tokens';

// The word classes the English cue finder (cues-en.ts) asks about.

export const NOT_A_CLAUSE_START = new Set('so nothing yes no goodbye thanks hello sorry about of for with by as than'.split(' '));
/** Words before a verb of saying that make it no report: a passive, an infinitive, "neither confirmed nor denied". */
export const PASSIVE_BEFORE = new Set('is was are were be been being to neither nor'.split(' '));
export const SOURCE_NOUNS = new Set(
  `figures data statement report estimates estimate survey study analysis documents document records statistics numbers filing
  filings letter memo complaint lawsuit indictment audit poll census tally assessment projections forecast forecasts review
  notice notification log bulletin minutes`.split(/\s+/),
);
/** Documents whose findings are statements; what data or figures show is a figure, not a quote. */
export const WRITTEN_FINDINGS = new Set(
  'report study survey analysis audit review records documents filing filings letter memo investigation inquiry'.split(' '),
);
/** Verbs of what a document shows: a report only with a document for subject (records show, the audit found). */
export const DOCUMENT_VERBS = new Set('show shows showed found finds'.split(' '));
export const SHOW: EnglishCue = { lemma: 'show', takesObject: false, quoteOnly: false, weak: false };
/** Before a subject, these make a following word in -s a plural noun: above Wall Street estimates. */
export const NOUN_AFTER = new Set('above below than beat beats missed topped exceeded of with from by under over against'.split(' '));
/** Conjunctions that may open a sentence before its subject. */
export const SENTENCE_CONNECTIVES = new Set('but and yet however meanwhile still separately'.split(' '));
export const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '“']);
/** Sentence adverbs set off by commas between a verb and its clause: "warned, however, that …". */
export const ASIDE_ADVERBS = new Set(
  'however though too also nonetheless nevertheless moreover furthermore meanwhile instead still again therefore separately privately publicly'.split(
    ' ',
  ),
);

/**
 * Every reporting verb but say and tell may take a plain noun object ("reported a loss",
 * "claimed victory", "warned customers about scams"): without "that", what follows must
 * have a verb of its own.
 */
export const NP_OBJECT_VERBS = new Set(
  `report announce confirm deny reveal estimate predict acknowledge admit post write recall claim warn add stress note argue
  concede declare explain allege insist assert emphasise caution observe respond reply testify conclude suggest believe show`.split(/\s+/),
);
export const FINITE = new Set(
  `is are was were has have had will would could can may might must should shall do does did rose fell grew cut hit made took gave
  went came saw found left put set kept held ran won lost paid sold spent built began became brought bought thought knew showed
  got led met sent stood fled fought told said`.split(/\s+/),
);

/**
 * ", drawing cheers from the benches", ", holding up a vial": a comma at k and a participle (not one
 * that goes on reporting, such as "adding") opening a phrase about how the words were said.
 */
export function participlePhrase(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]?.text === ',' &&
    !!next &&
    next.kind === 'word' &&
    !next.capitalized &&
    next.lower.length > 5 &&
    next.lower.endsWith('ing') &&
    !EN_PARTICIPLES.has(next.lower)
  );
}

/**
 * A verb of saying at token k that reports no words: "pleaded guilty", "pleads not guilty", "pleaded
 * no contest" are pleas; "put" is one only as "As one trader put it: “…”", never "put the plan on hold".
 */
export function notAReport(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (w === 'put') return tokens[k + 1]?.lower !== 'it';
  if (!/^plead(ed|s)?$/.test(w)) return false;
  const next = tokens[k + 1]?.lower ?? '';
  return next === 'guilty' || ((next === 'not' || next === 'no') && /^(guilty|contest)$/.test(tokens[k + 2]?.lower ?? ''));
}

/** Verb forms in -s that are also common plural nouns: the states, notes, reports, claims of a text. */
const PLURAL_NOUN_FORMS = new Set('states notes reports claims estimates calls counters remarks replies'.split(' '));
/** Words that may stand between a subject and its verb: "the council also notes". */
const BETWEEN = new Set('also still now then again often further'.split(' '));

/**
 * "in nine coastal states", "its annual reports": a verb form in -s at k after a lower-case word that
 * is no role, pronoun or adverb is a plural noun, not a report ("the minister states", "it notes").
 */
export function pluralNounAfter(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!PLURAL_NOUN_FORMS.has(tokens[k]?.lower ?? '') || !before || before.kind !== 'word' || before.capitalized) return false;
  const w = before.lower;
  return !isRoleWord(before.text) && !(w in EN_PRONOUNS) && !BETWEEN.has(w) && !w.endsWith('ly');
}
