import type { Page } from '@playwright/test';
import { paintedPieces } from '../highlights';

/** The cards of suggestions waiting for review (not the annotation cards). */
export function suggestionCards(page: Page) {
  return page.getByRole('list', { name: 'Annotations' }).locator('[data-suggestion-id]');
}

/** How many pieces of dashed suggestion highlight are painted over the text on screen. */
export async function suggestionHighlightCount(page: Page): Promise<number> {
  return (await paintedPieces(page)).filter((p) => p.name.startsWith('isnad-suggested-')).length;
}

export function suggestionBar(page: Page) {
  return page.getByRole('region', { name: 'Suggestions' });
}

/** The card of one suggestion, by type and exact text (short texts: the label holds up to 60 characters). */
export function suggestionCard(page: Page, type: 'quote' | 'speaker' | 'figure', text: string) {
  return page.getByRole('group', { name: `Suggested ${type}: ${text}`, exact: true });
}
