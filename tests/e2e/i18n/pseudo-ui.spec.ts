import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pseudoText } from '../../../shared/i18n/pseudo';
import { api } from '../api';
import { twoLayers } from '../desk/fixtures';
import { type Server, expect } from '../serve';
import { ARABIC_NEWS, FIGURE_YEARS, FULL_NAME, QUOTE } from '../splitview/fixtures';
import { expectAllTranslated, pseudoScreen } from './pseudo';

// The working screens (split view, suggestions, fact-checking, search, speakers, the desk,
// export): every string they show comes from the catalogs (docs/I18N.md).

/** A label as the pseudo-locale shows it, to find a button by what it says there (JSON read as data: Node wants import attributes). */
function pseudo(id: string): string {
  const area = id.split('.')[0];
  const messages = JSON.parse(readFileSync(new URL(`../../../shared/i18n/messages/en/${area}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
  return `⟦${pseudoText(messages[id] ?? id)}⟧`;
}
const ARTICLE = ARABIC_NEWS;
const TITLE = 'بيان البيت الأبيض';

/** An Arabic article with a quote, its speaker (linked) and a figure, opened in the split view. */
async function annotatedDocument(page: Page, server: Server): Promise<string> {
  const doc = await api<{ id: string }>(server, 'addDocument', {
    title: TITLE,
    text: ARTICLE,
    source: { outlet: 'الأسبوع', publishedAt: '2024-10-07' },
  });
  const at = (words: string) => ({ start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length, text: words });
  const speaker = await api<{ annotation: { id: string } }>(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'speaker',
    ...at(FULL_NAME),
  });
  await api(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'quote',
    ...at(QUOTE),
    attributes: { kind: 'direct', cue: 'قال', speakerId: speaker.annotation.id },
  });
  await api(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'figure',
    ...at(FIGURE_YEARS),
    attributes: { raw: FIGURE_YEARS, value: 75, unit: 'years', kind: 'duration' },
    verdict: { status: 'verified' },
  });
  return doc.id;
}

async function openFirstDocument(page: Page): Promise<void> {
  await page.reload();
  await page.locator('.document-item').first().click();
  await expect(page.locator('.document-screen')).toBeVisible();
  await expect(page.locator('.card').first()).toBeVisible();
}

pseudoScreen('the split view: header, toolbar, cards and the selected card’s editor with its verdict', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await openFirstDocument(page);
  await page.locator('.card.card-figure').click();
  await expect(page.locator('.card-editor')).toBeVisible();
  await page.locator('.card.card-quote').click();
  await expect(page.locator('.card-editor')).toBeVisible();
});

pseudoScreen('the split view with suggestions under review', async ({ page, server }) => {
  await api(server, 'addDocument', { title: TITLE, text: ARTICLE });
  await page.reload();
  await page.locator('.document-item').first().click();
  await expect(page.locator('p.paragraph').first()).toBeVisible();
  await page.locator('.source-pane').focus();
  await page.keyboard.press('g');
  await expect(page.locator('.card-suggestion').first()).toBeVisible();
  // The card under review shows its actions (selected by a click: this screen is about words, not keys).
  await page.locator('.card-suggestion').first().click();
  await expect(page.locator('.suggestion-actions')).toBeVisible();
  await page.keyboard.press('a');
  await expect(page.locator('.suggestion-notice')).not.toBeEmpty();
});

pseudoScreen('the annotations table, and starting a fact-check session from it', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await page.reload();
  await expect(page.locator('.document-item')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+A');
  await expect(page.locator('.annotation-table .row:not(.head)').first()).toBeVisible();
  await expectAllTranslated(page);
  await page.locator('.table-actions .primary').click();
  await expect(page.locator('dialog[open] .results-summary')).not.toHaveText(pseudo('factcheck.start.counting'));
});

pseudoScreen('fact-check sessions: the list, then the runner on a claim', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await api(server, 'startSession', { name: 'أرقام البيان', filter: { types: ['figure', 'quote'] }, checkedBy: 'ليلى' });
  await page.reload();
  await expect(page.locator('.document-item')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+K');
  await expect(page.locator('.session-item')).toHaveCount(1);
  await expectAllTranslated(page);
  await page.locator('.session-actions .primary').click();
  await expect(page.locator('.claim-panel blockquote')).toBeVisible();
});

pseudoScreen('search results across the corpus, with every hit of a document shown', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await page.reload();
  await expect(page.locator('.document-item')).toHaveCount(1);
  await page.keyboard.press('Control+F');
  await page.locator('.search-form input').fill('الحرب');
  await expect(page.locator('.result')).toHaveCount(1);
  await expect(page.locator('.results-summary')).toBeVisible();
});

pseudoScreen('the speakers view with an unlinked name', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await page.reload();
  await expect(page.locator('.document-item')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+S');
  await expect(page.locator('.speakers-view h2')).toBeVisible();
  await expect(page.locator('.unlinked li')).toHaveCount(1);
});

pseudoScreen('the export dialog, choosing filters and ClaimReview', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await openFirstDocument(page);
  await page.keyboard.press('Control+E');
  const dialog = page.locator('dialog[open]');
  await expect(dialog.locator('h2')).toBeVisible();
  await expectAllTranslated(page);
  await dialog.locator('input[name="scope"]').nth(3).check();
  await dialog.locator('input[name="format"]').nth(3).check();
  await expect(dialog.locator('.organization-fields')).toBeVisible();
  await dialog.locator('input[name="scope"]').nth(1).check();
  await expect(dialog.locator('.choose-documents')).toBeVisible();
});

pseudoScreen('the desk: header, layers beside mine, agreement and adjudication', async ({ page, server }) => {
  await twoLayers(server);
  await page.reload();
  await page.locator('.document-item').first().click();
  await expect(page.locator('.layer-picker')).toBeVisible();
  await page.locator('.layer-picker input[type="checkbox"]').first().check();
  await expect(page.locator('.layer-column')).toBeVisible();
  await expectAllTranslated(page);
  await page.locator('.toolbar-menu > button').click();
  await page.getByRole('menuitem', { name: pseudo('app.toolbar.agreement') }).click();
  await expect(page.locator('.agreement-table').first()).toBeVisible();
  await expectAllTranslated(page);
  await page.locator('.toolbar-menu > button').click();
  await page.getByRole('menuitem', { name: pseudo('app.toolbar.adjudication') }).click();
  await page.locator('.document-item').first().click();
  await page.locator('.layer-adjudicate').click();
  await expect(page.locator('.disagreement-row').first()).toBeVisible();
});

pseudoScreen('a card’s history and the desk settings', async ({ page, server }) => {
  await annotatedDocument(page, server);
  await openFirstDocument(page);
  await page.locator('.card.card-figure').click();
  await page.locator('.card-history button').click();
  await expect(page.locator('.history-list')).toBeVisible();
  await expectAllTranslated(page);
  await page.locator('.sync-header button').last().click();
  await expect(page.locator('dialog[open] input[name="remote-url"]')).toBeVisible();
});
