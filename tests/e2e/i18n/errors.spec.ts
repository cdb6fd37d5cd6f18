import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { dropFiles } from '../drop';
import { expect, test } from '../serve';
import { openInArabic } from '../arabic';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

test('in the Arabic interface a bad import says why in Arabic, and the host sends coded errors next to the English message', async ({
  page,
  server,
  problems,
}) => {
  await openInArabic(page, server);

  // Dropped from the desktop: an empty file and a binary one named .txt.
  await dropFiles(page, [
    { name: 'empty.txt', text: '' },
    { name: 'binary.txt', bytes: new Uint8Array([0x61, 0x62, 0x63, 0x00, 0x64]) },
  ]);
  const empty = page.getByRole('listitem', { name: 'empty.txt' });
  await expect(empty).toContainText('الملف فارغ (لا بايتات فيه)');
  const binary = page.getByRole('listitem', { name: 'binary.txt' });
  await expect(binary).toContainText('بيانات ثنائية وليست نصًّا (بايت صفري عند البايت ٣)');
  await expect(binary).not.toContainText('binary data');
  await page.screenshot({ path: `${SHOTS}/i18n-import-errors-ar.png` });

  // Over HTTP, an older client still reads `message`; a newer one translates the code.
  const url = new URL(server.url);
  const add = (text: string) =>
    fetch(`${url.origin}/api/addDocument`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-isnad-token': url.searchParams.get('token') ?? '' },
      body: JSON.stringify({ title: 'Council budget', text }),
    }).then((r) => r.json());
  await add(ENGLISH_ARTICLE);
  const again = await add(ENGLISH_ARTICLE);
  expect(again.ok).toBe(false);
  expect(again.error).toMatchObject({
    code: 'conflict',
    message: expect.stringContaining('This text is already in the corpus as “Council budget”'),
    messageId: 'errors.import.duplicate',
    values: { title: 'Council budget' },
  });
  expect(problems).toEqual([]);
});
