import { z } from 'zod';

/**
 * The interface's languages and digits. English always writes Latin digits; Arabic writes
 * Arabic-Indic (٠١٢) or Latin (012) digits, as the journalist chooses. Both reach every
 * number and date through the locale tag's Unicode numbering-system extension (`-u-nu-`),
 * so Intl does the work and no digit is ever replaced by hand.
 */
export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DIGITS = ['arab', 'latn'] as const;
export type Digits = (typeof DIGITS)[number];

export const InterfaceSettings = z.object({ language: z.enum(LANGUAGES), digits: z.enum(DIGITS) }).strict();
export type InterfaceSettings = z.infer<typeof InterfaceSettings>;

/** A locale every string is shown through with its letters swapped: what the untranslated-string test renders. */
export const PSEUDO_LOCALE = 'en-XA';
/** The localStorage key that turns the pseudo-locale on; only the untranslated-string test sets it. */
export const PSEUDO_KEY = 'isnad.i18n.pseudo';

/** The first of the user's preferred languages (navigator.languages, the OS locale) that we have; else English. */
export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_.@]/)[0];
    const found = LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return 'en';
}

/** What the interface is before the journalist has chosen: the system's language, Arabic-Indic digits in Arabic. */
export function defaultSettings(preferred: readonly string[]): InterfaceSettings {
  return { language: languageFor(preferred), digits: 'arab' };
}

/** The BCP 47 tag Intl formats with: `en`, `ar-u-nu-arab` or `ar-u-nu-latn`. */
export function localeTag(settings: InterfaceSettings): string {
  return settings.language === 'ar' ? `ar-u-nu-${settings.digits}` : 'en';
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
