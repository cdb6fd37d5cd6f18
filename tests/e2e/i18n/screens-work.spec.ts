import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { api, apiStore } from '../api';
import { type Server, expect, test } from '../serve';
import { ARABIC_NEWS, FIGURE_YEARS, FULL_NAME, QUOTE } from '../splitview/fixtures';

const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

/**
 * The working screens in both languages, saved as i18n-<screen>-<language>.png for looking at
 * by eye (screens.spec.ts has the shell, library, settings, trash and import): the document
 * with its cards, the annotations table, a fact-check session, the sessions list, search
 * results, the export dialog and the speakers. Each checks the page's direction and that no
 * chrome text is cut off at its box's edge.
 */
const LABELS = {
  en: {
    toolbar: 'Main toolbar',
    annotations: 'Annotations',
    sessions: 'Sessions',
    speakers: 'Speakers',
    resume: 'Continue',
    runner: 'Fact-checking session',
  },
  ar: {
    toolbar: 'شريط الأدوات الرئيسي',
    annotations: 'التعليقات التوضيحية',
    sessions: 'جلسات التحقق',
    speakers: 'المتحدثون',
    resume: 'متابعة',
    runner: 'جلسة تحقق',
  },
} as const;

const TITLE = 'الأمم المتحدة تعلن جولة محادثات جديدة';

async function seed(server: Server): Promise<void> {
  const store = apiStore(server);
  const news = await store.addDocument({ title: TITLE, text: ARABIC_NEWS, source: { outlet: 'وكالات', publishedAt: '2024-10-07' } });
  await store.addDocument({ title: 'Council budget grows by 4%', text: ENGLISH_ARTICLE, source: { outlet: 'Reuters' } });
  const mark = async (type: 'quote' | 'speaker' | 'figure', text: string) => {
    const start = ARABIC_NEWS.indexOf(text);
    return store.createAnnotation({ documentId: news.id, type, start, end: start + text.length, text });
  };
  await mark('speaker', FULL_NAME);
  await mark('quote', QUOTE);
  await mark('figure', FIGURE_YEARS);
  await api(server, 'startSession', { name: 'أرقام المحادثات', filter: { types: ['figure'] }, checkedBy: 'ريم حداد' });
}

/** Chrome text whose box is narrower than its text (cut off or overflowing), by its text; a label hidden for screen readers only (1 px) is not. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, h1, h2, label, legend, .hint, .badge, .count')]
      .filter(
        (el) => el.checkVisibility() && !el.closest('[data-user-content]') && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1,
      )
      .map((el) => (el.textContent ?? '').trim()),
  );
}

for (const language of ['en', 'ar'] as const) {
  test(`the document, table, session, search, export and speakers screens read right in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({
    page,
    server,
    problems,
  }) => {
    test.setTimeout(120_000);
    const label = LABELS[language];
    await api(server, 'setInterfaceSettings', { language, digits: 'arab' });
    await seed(server);
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    const shot = async (name: string) => {
      expect(await clipped(page), `clipped text on ${name}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/i18n-${name}-${language}.png` });
    };
    const toolbar = page.getByRole('toolbar', { name: label.toolbar });

    await page.locator('.document-item', { hasText: TITLE }).click();
    await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
    await expect(page.locator('.card')).toHaveCount(3);
    await shot('document');
    expect(
      await page
        .locator('.card')
        .getByText(FIGURE_YEARS)
        .first()
        .evaluate((el) => el.closest('bdi, [dir="auto"], [data-user-content]') !== null),
    ).toBe(true);

    await toolbar.getByRole('button', { name: label.annotations, exact: true }).click();
    await expect(page.locator('.annotations-table tbody tr, [role="row"]').first()).toBeVisible();
    await shot('annotations-table');
    // Mixed-direction values ("75 عامًا", a Latin name beside Arabic) sit in their own isolate in
    // the table and on the cards, so they read in order in either interface language.
    const isolatedIn = (scope: string) =>
      page
        .locator(scope)
        .getByText(FIGURE_YEARS, { exact: true })
        .first()
        .evaluate((el) => el.closest('bdi, [dir="auto"], [data-user-content]') !== null);
    expect(await isolatedIn('table, [role="table"], [role="grid"]')).toBe(true);

    await toolbar.getByRole('button', { name: label.sessions, exact: true }).click();
    const session = page.getByRole('listitem').filter({ hasText: 'أرقام المحادثات' });
    await expect(session).toBeVisible();
    await shot('sessions');
    await session.getByRole('button', { name: label.resume }).click();
    await expect(page.getByRole('region', { name: label.runner })).toBeVisible();
    await expect(page.getByTestId('claim-context').locator('mark')).toHaveText(FIGURE_YEARS);
    await shot('session');

    await toolbar.getByRole('button', { name: label.speakers, exact: true }).click();
    await expect(page.getByText(FULL_NAME).first()).toBeVisible();
    await shot('speakers');

    await page.keyboard.press('Control+F');
    await page.locator('input[type="search"]').first().fill('الهدنة');
    await expect(page.locator('mark', { hasText: 'الهدنة' }).first()).toBeVisible();
    await shot('search');

    await page.keyboard.press('Escape');
    await page.locator('.document-item', { hasText: TITLE }).click();
    await page.keyboard.press('Control+E');
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('export');
    expect(problems).toEqual([]);
  });
}
