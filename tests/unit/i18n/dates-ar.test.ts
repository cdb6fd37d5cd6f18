import { describe, expect, it } from 'vitest';
import { dateIssue, dateProblem } from '../../../shared/domain/dates';
import { messageText } from '../../../shared/error-text';
import { createTranslator } from '../../../shared/i18n/translate';

// An impossible date is refused with its reason in the reader's language (the date fields of
// the document header, the library and table filters all read it through dateIssue).
const say = (language: 'ar' | 'en', digits: 'arab' | 'latn', value: string) => {
  const issue = dateIssue(value, { dayOnly: true });
  if (!issue) return null;
  return messageText(createTranslator({ language, digits }), { message: issue.text, messageId: issue.id, values: issue.values });
};

describe('impossible dates, said in the reader’s language', () => {
  it('names the month and its days in Arabic, in the chosen digits, and keeps the typed value as it was, isolated so it reads left to right', () => {
    expect(say('ar', 'arab', '2024-02-30')).toBe('«\u20682024-02-30\u2069» ليس تاريخاً: عدد أيام شهر فبراير من عام \u20682024\u2069 هو ٢٩');
    expect(say('ar', 'latn', '2023-02-29')).toBe('«\u20682023-02-29\u2069» ليس تاريخاً: عدد أيام شهر فبراير من عام \u20682023\u2069 هو 28');
    expect(say('ar', 'arab', '2024-13-45')).toBe('«\u20682024-13-45\u2069» ليس تاريخاً: لا يوجد شهر رقمه ١٣ (الأشهر من 01 إلى 12)');
    expect(say('ar', 'arab', '7/10/2024')).toMatch(/^«\u20687\/10\/2024\u2069» ليس تاريخاً: اكتبه بالصيغة YYYY-MM-DD/);
  });

  it('says the same in English as before, and accepts real days', () => {
    expect(say('en', 'latn', '2024-02-30')).toBe('"2024-02-30" is not a date: February 2024 has 29 days');
    expect(dateProblem('2024-13-45')).toBe('"2024-13-45" is not a date: there is no month 13 (months run 01 to 12)');
    expect(dateProblem('2024-10-07T25:10')).toBe('"2024-10-07T25:10" is not a date: the time 25:10 does not exist');
    expect(dateIssue('2024-02-29', { dayOnly: true })).toBeNull();
    expect(dateIssue('')).toBeNull();
  });
});
