import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { api } from '../api';
import { expect, test } from '../serve';

/** The cue a journalist reads before touching anything: a dashed rule under the title and a pencil beside it. */
async function cue(page: import('@playwright/test').Page) {
  return page.locator('.title-field').evaluate((field) => {
    const input = field.querySelector('input') as HTMLInputElement;
    const pencil = getComputedStyle(field, '::after');
    const fieldBox = field.getBoundingClientRect();
    const inputBox = input.getBoundingClientRect();
    return {
      rule: getComputedStyle(input).borderBottomStyle,
      pencil: pencil.visibility === 'visible' && pencil.backgroundImage.includes('svg') && pencil.width === '16px',
      // The pencil is a flex item after the input: the room it takes is outside the text box, on the reading end.
      pencilRoom: Math.round(fieldBox.width - inputBox.width),
      pencilAfterText: getComputedStyle(field).direction === 'rtl' ? inputBox.left > fieldBox.left : inputBox.right < fieldBox.right,
    };
  });
}

test('the document title shows it can be edited, in both languages: a dashed rule and a pencil, hidden while typing', async ({
  page,
  server,
  problems,
}) => {
  await api(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  for (const language of ['ar', 'en'] as const) {
    await api(server, 'setInterfaceSettings', { language, digits: language === 'ar' ? 'arab' : 'latn' });
    await page.goto(server.url);
    await page
      .getByRole('list', { name: language === 'ar' ? 'المستندات' : 'Documents' })
      .getByRole('button', { name: /بيان وزارة الصحة/ })
      .click();
    const title = page.getByRole('textbox', { name: language === 'ar' ? 'العنوان' : 'Title' });
    await expect(title).toHaveValue('بيان وزارة الصحة');
    const resting = await cue(page);
    expect(resting.rule).toBe('dashed');
    expect(resting.pencil).toBe(true);
    expect(resting.pencilRoom).toBeGreaterThanOrEqual(16);
    expect(resting.pencilAfterText).toBe(true);

    // Typing: the field's frame says it now; the rule and pencil step aside.
    await title.focus();
    const typing = await cue(page);
    expect(typing.rule).not.toBe('dashed');
    expect(typing.pencil).toBe(false);
    await title.blur();
  }
  expect(problems).toEqual([]);
});
