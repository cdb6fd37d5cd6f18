import type { FigureSuggestion, QuoteSuggestion, SpeakerSuggestion, Suggestion } from '../../../shared/domain/suggestion';
import { suggest } from '../../../shared/suggest';

export const figures = (text: string) => suggest(text, { types: ['figure'] }) as FigureSuggestion[];
export const quotes = (text: string) => suggest(text).filter((s): s is QuoteSuggestion => s.type === 'quote');
export const speakers = (text: string) => suggest(text).filter((s): s is SpeakerSuggestion => s.type === 'speaker');

/** The figure whose text is exactly `raw`, or undefined. */
export function figure(text: string, raw: string): FigureSuggestion | undefined {
  return figures(text).find((f) => f.text === raw);
}

export function byText<T extends Suggestion>(list: T[], text: string): T | undefined {
  return list.find((s) => s.text === text);
}
