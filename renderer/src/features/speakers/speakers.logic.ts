import type { SpeakerChangeResult } from '../../../../shared/contract/speakers';
import type { Translator } from '../../../../shared/i18n/translate';

/** A registry entry's fields as the editor holds them. */
export interface SpeakerFieldsDraft {
  name: string;
  role: string;
  affiliation: string;
  /** One alias per line. */
  aliases: string;
}

/** Aliases as typed in the editor, one per line. */
export function aliasesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** What a registry change did, and the way back, for a notice. */
export function changeNotice(result: SpeakerChangeResult, t: Translator['t']): { title: string; detail: string } {
  return {
    title: result.label.replace(/^./, (c) => c.toUpperCase()),
    detail: result.relinked ? t('speakers.notice.relinked', { count: result.relinked }) : t('speakers.notice.undoes'),
  };
}

/** Cuts a long name at a word boundary so the chart's axis stays readable. */
export function shortName(name: string, max = 26): string {
  if (name.length <= max) return name;
  const cut = name.lastIndexOf(' ', max);
  return `${name.slice(0, cut > 10 ? cut : max)}…`;
}

/** The spellings a split can move to a new entry: aliases and spellings found, except the name itself. */
export function splitCandidates(name: string, aliases: readonly string[], spellings: readonly string[]): string[] {
  return [...new Set([...aliases, ...spellings])].filter((n) => n !== name);
}
