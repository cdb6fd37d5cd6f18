import type { Page } from '@playwright/test';
import { CATALOGS } from '../../../shared/i18n/catalogs';
import { TITLE, shot, twoLayers } from '../desk/fixtures';
import { expect, test } from '../serve';
import { openInArabic } from '../arabic';
import { chooseFromMore } from '../toolbar';

/**
 * The desk's screens with two colleagues' layers, in the Arabic interface: the layers beside
 * mine, adjudication and agreement, saved as i18n-desk-<screen>-ar.png to look at by eye (the
 * desk specs take English shots). Elements are found by their Arabic names, as a reader finds them.
 */
const ar = CATALOGS.ar;

test.use({ viewport: { width: 1400, height: 900 } });

/** Chrome text whose box is narrower than its text (cut off), by its text. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, h1, h2, h3, th, label, legend, .hint, .badge, .count, .layer-chip')]
      // A label hidden for screen readers only (1 px wide) is not cut off for anyone.
      .filter(
        (el) => el.checkVisibility() && el.clientWidth > 1 && !el.closest('[data-user-content]') && el.scrollWidth > el.clientWidth + 1,
      )
      .map((el) => (el.textContent ?? '').trim()),
  );
}

test('the desk in Arabic: layers, adjudication and agreement read right to left, with Arabic-Indic digits', async ({
  page,
  server,
  problems,
}) => {
  await twoLayers(server);
  await openInArabic(page, server);
  await page
    .getByRole('list', { name: ar['library.list.label'] })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();

  const picker = page.getByRole('group', { name: ar['desk.layers.label'] });
  await picker.getByRole('checkbox', { name: /Layla Haddad/ }).check();
  await picker.getByRole('checkbox', { name: /Omar Said/ }).check();
  // Each colleague's count in Arabic-Indic digits, beside a Latin name kept in its own reading order.
  await expect(picker).toContainText('(٤)');
  await expect(picker).toContainText('(٣)');
  await shot(page, 'i18n-desk-layers-ar');
  expect(await clipped(page), 'clipped text on layers').toEqual([]);

  await picker.getByRole('button', { name: ar['desk.layers.adjudicate'] }).click();
  const adjudication = page.getByRole('region', { name: ar['desk.adjudication.title'] });
  await expect(adjudication.getByRole('list', { name: ar['desk.adjudication.list'] }).getByRole('button')).toHaveCount(3);
  // "0 of 3 settled"-like progress, in Arabic words and digits: no Latin digit in the chrome.
  const progress = adjudication.locator('.adjudication-progress');
  await expect(progress).toContainText('٣');
  expect(await progress.textContent()).not.toMatch(/[0-9A-Za-z]/);
  await shot(page, 'i18n-desk-adjudication-ar');
  expect(await clipped(page), 'clipped text on adjudication').toEqual([]);

  // Agreement lives in the top bar's More menu.
  await chooseFromMore(page, ar['app.toolbar.agreement']);
  const agreement = page.getByRole('region', { name: ar['desk.agreement.title'] });
  const figures = agreement.getByRole('row', { name: new RegExp(ar['document.types.figure']) }).first();
  // F1 of 1 for the figures both marked the same, written with the Arabic decimal separator.
  await expect(figures).toContainText('١٫٠٠');
  await shot(page, 'i18n-desk-agreement-ar');
  expect(await clipped(page), 'clipped text on agreement').toEqual([]);
  expect(problems).toEqual([]);
});
