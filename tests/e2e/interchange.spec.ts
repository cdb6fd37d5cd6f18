import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARABIC_ARTICLE } from '../helpers/fixtures';
import { type Server, expect, test } from './serve';

async function apiCall<T>(server: Server, name: string, input: unknown): Promise<T> {
  const url = new URL(server.url);
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-isnad-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value;
}

async function annotate(server: Server, doc: { id: string; text: string }, type: string, needle: string, extra: object = {}) {
  const start = doc.text.indexOf(needle);
  const created = await apiCall<{ annotation: { id: string } }>(server, 'createAnnotation', {
    documentId: doc.id,
    type,
    start,
    end: start + needle.length,
    text: needle,
    ...extra,
  });
  return created.annotation.id;
}

test('the Export dialog writes ClaimReview signed by the remembered organisation and lists the reviews that need a URL', async ({
  page,
  server,
  problems,
}, info) => {
  const ar = await apiCall<{ id: string; text: string }>(server, 'addDocument', {
    title: 'بيان وزارة الصحة',
    text: ARABIC_ARTICLE,
    source: { url: 'https://example.org/ar', outlet: 'الأسبوع' },
  });
  const speaker = await annotate(server, ar, 'speaker', 'خالد العمري', { attributes: { name: 'خالد العمري' } });
  await annotate(server, ar, 'quote', '«الوضع تحت السيطرة»', {
    attributes: { speakerId: speaker },
    verdict: { status: 'false', reviewUrl: 'https://factcheck.example.org/1', checkedAt: '2024-03-12T09:00:00Z' },
  });
  await annotate(server, ar, 'figure', '120 شخصاً', { verdict: { status: 'verified' } });

  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^ClaimReview/ }).check();
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  // No organisation yet: the dialog says what is missing and will not start.
  await expect(exportButton).toBeDisabled();
  await expect(dialog.getByText(/Fact-checking organisation: give its name/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Fact-checking organisation' }).fill('مرصد الحقيقة');
  await dialog.getByRole('textbox', { name: /Its web address/ }).fill('https://factcheck.example.org');
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  expect(download.suggestedFilename()).toMatch(/بيان وزارة الصحة\.claimreview\.jsonld$/);
  const path = join(info.outputDir, 'reviews.jsonld');
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8'));
  expect(file['@graph']).toEqual([
    expect.objectContaining({
      '@type': 'ClaimReview',
      url: 'https://factcheck.example.org/1',
      claimReviewed: '«الوضع تحت السيطرة»',
      author: { '@type': 'Organization', name: 'مرصد الحقيقة', url: 'https://factcheck.example.org' },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    }),
  ]);
  const needs = dialog.getByRole('list', { name: 'Needs a URL' });
  await expect(dialog.getByText('1 reviewed claim needs a URL and was left out')).toBeVisible();
  await expect(needs.getByRole('listitem')).toHaveText([/120 شخصاً.*figure, verified/i]);
  await page.screenshot({ path: info.outputPath('claimreview-needs-url.png') });

  // Remembered: the next export is signed without asking again.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Control+e');
  await dialog.getByRole('radio', { name: /^ClaimReview/ }).check();
  await expect(dialog.getByRole('textbox', { name: 'Fact-checking organisation' })).toHaveValue('مرصد الحقيقة');
  await expect(exportButton).toBeEnabled();
  expect(problems).toEqual([]);
});

test('the card takes a verdict’s published fact-check URL and refuses one that is not a web address', async ({
  page,
  server,
  problems,
}) => {
  const ar = await apiCall<{ id: string; text: string }>(server, 'addDocument', { title: 'بيان', text: ARABIC_ARTICLE });
  const quote = await annotate(server, ar, 'quote', '«الوضع تحت السيطرة»', { verdict: { status: 'false' } });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /بيان/ }).click();
  await page.getByText('«الوضع تحت السيطرة»').first().click();
  const field = page.getByRole('textbox', { name: 'Published fact-check (URL)' });
  await field.fill('not a link');
  await field.press('Enter');
  await expect(page.getByText('Must be an http(s) address')).toBeVisible();
  await field.fill('https://factcheck.example.org/7');
  await field.press('Enter');
  await expect
    .poll(
      async () =>
        (
          await apiCall<{ annotations: Array<{ id: string; verdict: { reviewUrl?: string } }> }>(server, 'getDocument', { id: ar.id })
        ).annotations.find((a) => a.id === quote)?.verdict.reviewUrl,
    )
    .toBe('https://factcheck.example.org/7');
  expect(problems).toEqual([]);
});
