import { expect, test } from '../serve';
import { pasteDocument } from '../splitview/helpers';
import { suggestionBar, suggestionCards } from './helpers';

/**
 * Invented for this test: two quotes the rules are sure of, and two they are not. One of the
 * unsure ones, a name in «» at the end of a sure quote, lies inside that quote, so accepting the
 * sure quote takes it off the offer. "Left for review" must count what is left after the accept.
 */
const STRIKE = [
  'إضراب في المصنع',
  '',
  'قال مسؤولون في النقابة، أمس، إن العمال سيواصلون الإضراب.',
  '\u00a0',
  'بدورها، قال مسؤول في الإدارة، إن الشركة متمسكة باتفاق وقف الإضراب، الموقع في 19 يناير الماضي والعرض الأخير الذي قدمه الوسطاء الأسبوع الماضي لتجاوز الأزمة والذي وافقت عليه «النقابة».',
  'وأشار إلى أن «العمال يواصلون خططهم لتعطيل الاتفاق».',
].join('\n');

test('Accept all counts the less certain suggestions still on offer after the accept, not before', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await pasteDocument(page, 'إضراب', STRIKE);
  const quotes = suggestionBar(page).getByRole('button', { name: 'Accept all: Quotes (2)' });
  await expect(quotes).toBeEnabled();
  await quotes.click();
  await expect(suggestionBar(page)).toContainText('1 less certain suggestion (Quotes) left for review.');
  await expect(suggestionCards(page).filter({ hasText: 'العمال يواصلون خططهم' })).toHaveCount(1);
  await expect(suggestionCards(page).filter({ hasText: 'النقابة' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
