import { afterEach, describe, expect, it } from 'vitest';
import { dateProblem, urlProblem } from '../../../shared/domain/dates';
import { parseFigureValue } from '../../../shared/domain/figure-value';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('dates as Isnad accepts them', () => {
  it('accepts real days, months, years and web-page timestamps', () => {
    for (const ok of [
      '',
      '2024',
      '2024-02',
      '2024-02-29',
      '2000-02-29',
      '2024-10-07T09:30:00+03:00',
      '2024-10-07 09:30',
      '2024-12-31T23:59:59.5Z',
    ]) {
      expect(dateProblem(ok), ok).toBeNull();
    }
  });

  it('refuses impossible days and months with the reason', () => {
    expect(dateProblem('2024-02-30')).toBe('"2024-02-30" is not a date: February 2024 has 29 days');
    expect(dateProblem('2023-02-29')).toBe('"2023-02-29" is not a date: February 2023 has 28 days');
    expect(dateProblem('2024-13-45')).toBe('"2024-13-45" is not a date: there is no month 13 (months run 01 to 12)');
    expect(dateProblem('2024-04-31')).toMatch(/April 2024 has 30 days/);
    expect(dateProblem('2024-00-10')).toMatch(/no month 0/);
    expect(dateProblem('2024-10-07T25:00')).toMatch(/time 25:00 does not exist/);
    expect(dateProblem('07/10/2024')).toMatch(/write it as YYYY-MM-DD/);
    expect(dateProblem('yesterday')).toMatch(/write it as YYYY-MM-DD/);
  });

  it('asks filters for a whole day', () => {
    expect(dateProblem('2024-10', { dayOnly: true })).toMatch(/YYYY-MM-DD/);
    expect(dateProblem('2024-10-07', { dayOnly: true })).toBeNull();
  });

  it('refuses a figure dated on a day that does not exist, with the same reason', () => {
    expect(parseFigureValue('2024-02-30')).toEqual({ ok: false, error: '"2024-02-30" is not a date: February 2024 has 29 days' });
    expect(parseFigureValue('--02-29')).toMatchObject({ ok: true });
  });

  it('checks web addresses', () => {
    expect(urlProblem('https://example.org/a b')).toMatch(/not a web address/);
    expect(urlProblem('example.org')).toMatch(/starts with http/);
    expect(urlProblem('https://')).toMatch(/not a web address/);
    expect(urlProblem('https://www.aljazeera.net/news/2024/10/7')).toBeNull();
  });
});

describe('the corpus refuses impossible dates and keeps what it had', () => {
  it('on a document, a new document and an annotation filter', async () => {
    const services = await openTestServices(await temp.make());
    const added = await services.dispatch('addDocument', { title: 'Budget', text: ENGLISH_ARTICLE, source: { publishedAt: '2024-02-29' } });
    expect(added.ok).toBe(true);
    const id = added.ok ? (added.value as { id: string }).id : '';

    for (const bad of ['2024-02-30', '2024-13-45']) {
      const result = await services.dispatch('updateDocument', { id, source: { publishedAt: bad } });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'source.publishedAt' } });
      expect(result.ok ? '' : result.error.message).toContain(`"${bad}" is not a date`);
    }
    expect(await services.dispatch('updateDocument', { id, source: { url: 'not a url' } })).toMatchObject({
      ok: false,
      error: { field: 'source.url' },
    });
    expect((await services.ctx.store.getDocument(id)).source).toMatchObject({ publishedAt: '2024-02-29', url: '' });

    const newOne = await services.dispatch('addDocument', { text: 'Another article entirely.', source: { publishedAt: '2024-13-45' } });
    expect(newOne).toMatchObject({ ok: false, error: { field: 'source.publishedAt' } });
    expect(services.ctx.store.listDocuments()).toHaveLength(1);

    const filtered = await services.dispatch('filterAnnotations', { filter: { from: '2024-02-30' } });
    expect(filtered).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(filtered.ok ? '' : filtered.error.message).toContain('February 2024 has 29 days');
    await services.close();
  });
});
