import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { api } from '../api';
import { expect, test } from '../serve';

test('in Arabic, an exported file named after an Arabic title reads in order: the date left to right, then the title and extension', async ({
  page,
  server,
  problems,
}) => {
  await api(server, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
  await api(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page
    .getByRole('list', { name: 'المستندات' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  await expect(page.getByRole('article', { name: 'بيان وزارة الصحة' })).toBeVisible();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'تصدير' });
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click();
  const link = dialog.getByRole('link', { name: /^تنزيل / });
  await expect(link).toBeVisible();

  // Where each part of "YYYY-MM-DD-HHMM بيان وزارة الصحة.csv" is drawn, from the left.
  const at = await link.evaluate((a) => {
    const name = a.querySelector('bdi') as HTMLElement;
    const text = name.firstChild as Text;
    const stamp = /(\d{4})-(\d\d)-(\d\d)-(\d{4})/.exec(text.data) as RegExpExecArray;
    const left = (part: string, from: number) => {
      const range = document.createRange();
      const start = text.data.indexOf(part, from);
      range.setStart(text, start);
      range.setEnd(text, start + part.length);
      return range.getBoundingClientRect().left;
    };
    return {
      year: left(stamp[1] as string, stamp.index),
      time: left(stamp[4] as string, stamp.index + 11),
      title: left('بيان', 0),
      extension: left('.csv', 0),
    };
  });
  expect(at.year).toBeLessThan(at.time);
  expect(at.time).toBeLessThan(at.title);
  expect(at.title).toBeLessThan(at.extension);
  expect(problems).toEqual([]);
});
