import type { Page } from '@playwright/test';

/** The cards of suggestions waiting for review (not the annotation cards). */
export function suggestionCards(page: Page) {
  return page.getByRole('list', { name: 'Annotations' }).locator('[data-suggestion-id]');
}

/** The dashed highlights drawn over the text for suggestions. */
export function suggestionHighlights(page: Page) {
  return page.locator('.source-content [data-variant="suggested"]');
}

export function suggestionBar(page: Page) {
  return page.getByRole('region', { name: 'Suggestions' });
}

/** The card of one suggestion, by type and exact text (short texts: the label holds up to 60 characters). */
export function suggestionCard(page: Page, type: 'quote' | 'speaker' | 'figure', text: string) {
  return page.getByRole('group', { name: `Suggested ${type}: ${text}`, exact: true });
}
