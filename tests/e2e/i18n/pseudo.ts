import type { Page } from '@playwright/test';
import { type Server, expect, test } from '../serve';
import { PSEUDO_KEY, PSEUDO_LOCALE } from '../../../shared/i18n/locale';

/**
 * The untranslated-string check. The page is loaded in the pseudo-locale (every catalog
 * message with its letters swapped for accented look-alikes: Ímþöŕţ…), then every visible
 * text node and every visible placeholder, aria-label and title in the chrome is read: one
 * that still holds an ASCII or Arabic letter did not come from the catalogs.
 *
 * Left out, because they are not chrome: anything inside `[data-user-content]` (the
 * journalist's titles, names, article text: mark such containers), text isolated with
 * `isolate()` (U+2068…U+2069, where a message is plain text: attributes), `translate="no"` (the
 * brand, language names), `<time>` (a moment as Intl writes it in the chosen locale, which the
 * pseudo-locale leaves in English), `<kbd>`, and key names such as Ctrl+Shift+A (the same physical
 * keys in every language).
 *
 * Each screen is a test of its own: `pseudoScreen('library with documents', async ({ page, server }) => …)`
 * in a `tests/e2e/i18n/pseudo-<area>.spec.ts` file; `open` seeds what it needs and brings the screen up.
 */

export async function loadPseudo(page: Page, server: Server): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, '1'), PSEUDO_KEY);
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO_LOCALE);
}

/** The chrome's untranslated texts on the page now, each with where it is. */
export function untranslatedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A lone capital letter is a key too (Q, S, F, G, A, X: the annotation and review keys, the same in every language).
    const KEYS =
      /\b(?:Ctrl|Cmd|Shift|Alt|Esc|Escape|Enter|Tab|Delete|Backspace|Home|End|PgUp|PgDn|F\d{1,2}|[A-Z])(?:\+\S+?)*(?=$|[\s),·/])/g;
    // Latin or Arabic letters; Arabic digits and punctuation (٣ ، ؟ ٫) are not words to translate.
    const LETTER = /[A-Za-z]|(?![\u0660-\u066C\u06F0-\u06F9\u060C\u061B\u061F])\p{Script=Arabic}/u;
    const skipped = (el: Element) => el.closest('[data-user-content], [translate="no"], time, kbd, script, style, noscript') !== null;
    const visible = (el: Element) => {
      const target = el.tagName === 'OPTION' ? (el.closest('select') ?? el) : el;
      return target.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    };
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = el; at && at !== document.body && parts.length < 3; at = at.parentElement) {
        parts.unshift(at.tagName.toLowerCase() + (at.classList.length ? `.${[...at.classList].join('.')}` : ''));
      }
      return parts.join(' > ');
    };
    // Text between U+2068 and U+2069 is the journalist's, isolated in a plain-text message (isolate()).
    const ISOLATED = /\u2068[^\u2069]*\u2069/g;
    const bad = (text: string) => LETTER.test(text.replace(ISOLATED, '').replace(KEYS, ''));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || skipped(el) || !visible(el)) continue;
      if (bad(text)) found.push(`"${text}" in ${where(el)}`);
    }
    for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (skipped(el) || !visible(el)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value && bad(value)) found.push(`${name}="${value}" on ${where(el)}`);
      }
    }
    return found;
  });
}

/** Fails with every untranslated text on the screen now, named with where it is. */
export async function expectAllTranslated(page: Page): Promise<void> {
  expect(await untranslatedTexts(page), 'chrome text that is not in the catalogs').toEqual([]);
}

/** One screen of the untranslated-string test: open it in the pseudo-locale, then check what shows. */
export function pseudoScreen(name: string, open: (ctx: { page: Page; server: Server }) => Promise<void>): void {
  test(`pseudo-locale: ${name} is fully translated`, async ({ page, server, problems }) => {
    await loadPseudo(page, server);
    await open({ page, server });
    await expectAllTranslated(page);
    expect(problems).toEqual([]);
  });
}
