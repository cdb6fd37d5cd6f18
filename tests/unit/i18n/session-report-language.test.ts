import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { SessionSummary } from '../../../shared/contract/sessions';
import { IsnadError } from '../../../shared/errors';
import { seedSpokesmanCorpus } from '../../helpers/search-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function call<T>(s: Services, name: string, input: unknown): Promise<T> {
  const result = await s.dispatch(name, input);
  if (!result.ok) throw IsnadError.from(result.error);
  return result.value as T;
}

/** The HTML fact-check report of a session over the seeded corpus, in the language asked for. */
async function htmlReport(s: Services, session: SessionSummary, settings?: unknown): Promise<string> {
  const file = await call<{ downloadId: string }>(s, 'exportSessionReport', {
    id: session.id,
    format: 'html',
    ...(settings ? { interface: settings } : {}),
  });
  return readFile(s.ctx.downloads.get(file.downloadId).path, 'utf-8');
}

describe('the fact-check HTML report in the interface language', () => {
  it('is Arabic, right to left, with Arabic headings and verdicts, in Arabic-Indic or Latin digits as set', async () => {
    const s = await openTestServices(await temp.make());
    open.push(s);
    await seedSpokesmanCorpus(s.ctx.store);
    const session = await call<SessionSummary>(s, 'startSession', { filter: { types: ['figure'] }, checkedBy: 'Reem Haddad' });

    const english = await htmlReport(s, session);
    expect(english).toMatch(/<html lang="en" dir="ltr">/);
    expect(english).toContain('<dt>Document</dt>');
    expect(english).toContain('0 of 5 checked');

    const arabic = await htmlReport(s, session, { language: 'ar', digits: 'arab' });
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain('<dt>المستند</dt>');
    expect(arabic).toContain('<dt>المتحدث</dt>');
    expect(arabic).toContain('لم يُتحقّق منه');
    expect(arabic).toContain('تُحقّق من ٠ من ٥');
    expect(arabic).toContain('<span class="no">١.</span>');
    // The checker's Latin name sits isolated inside the Arabic sentence.
    expect(arabic).toContain('بقلم \u2068Reem Haddad\u2069');
    expect(arabic).not.toContain('<dt>Document</dt>');

    const latin = await htmlReport(s, session, { language: 'ar', digits: 'latn' });
    expect(latin).toContain('تُحقّق من 0 من 5');
    expect(latin).toContain('<span class="no">1.</span>');
  });

  it('follows the language stored with the corpus when the caller names none, and refuses a language it does not know', async () => {
    const s = await openTestServices(await temp.make());
    open.push(s);
    await seedSpokesmanCorpus(s.ctx.store);
    const session = await call<SessionSummary>(s, 'startSession', { filter: { types: ['figure'] } });
    await call(s, 'setInterfaceSettings', { language: 'ar', digits: 'arab' });
    expect(await htmlReport(s, session)).toMatch(/<html lang="ar" dir="rtl">/);
    const refused = await s.dispatch('exportSessionReport', {
      id: session.id,
      format: 'html',
      interface: { language: 'fr', digits: 'arab' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'interface.language' } });
  });
});
