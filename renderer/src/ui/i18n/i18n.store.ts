import { create } from 'zustand';
import { type InterfaceSettings, PSEUDO_KEY, defaultSettings, directionOf } from '../../../../shared/i18n/locale';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { type Locale, type MessageValues, type Translator, createTranslator, intlLocale } from '../../../../shared/i18n/translate';
import { api } from '../../api/client';

interface I18nState {
  /** What the journalist chose, or the system's language until they choose. */
  settings: InterfaceSettings;
  translator: Translator;
  /** Reads the stored choice (else the system's language) and follows changes from other windows. */
  load(): Promise<void>;
  /** Switches at once and stores the choice; resolves to an error message when it could not be stored. */
  choose(settings: InterfaceSettings): Promise<string | null>;
}

function pseudoRequested(): boolean {
  try {
    return localStorage.getItem(PSEUDO_KEY) === '1';
  } catch {
    return false;
  }
}

/** `<html lang dir>`: the whole chrome mirrors from here (styles use logical properties). */
function applyToPage(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale === 'pseudo' ? intlLocale(locale) : locale.language;
  root.dir = locale === 'pseudo' ? 'ltr' : directionOf(locale.language);
}

/**
 * The interface language and digits. Views use `useT()`/`<T>` (I18n.tsx); stores and other
 * code outside React call `translate()`, which reads the current translator.
 */
export const useI18n = create<I18nState>((set, get) => {
  const initial = defaultSettings(navigator.languages);
  // Read once: the test sets it before the page loads, and nothing turns it off.
  const pseudo = pseudoRequested();
  const show = (settings: InterfaceSettings) => {
    const locale: Locale = pseudo ? 'pseudo' : settings;
    applyToPage(locale);
    set({ settings, translator: createTranslator(locale) });
  };
  let following = false;
  return {
    settings: initial,
    translator: createTranslator(initial),
    async load() {
      let stored: InterfaceSettings | null = null;
      try {
        stored = await api.getInterfaceSettings({});
      } catch {
        // The server could not say: the system's language, until it can.
      }
      show(stored ?? get().settings);
      if (!following) {
        following = true;
        api.on('interfaceSettingsChanged', (settings) => show(settings));
      }
    },
    async choose(settings) {
      const before = get().settings;
      show(settings);
      try {
        await api.setInterfaceSettings(settings);
        return null;
      } catch (err) {
        show(before);
        return err instanceof Error ? err.message : String(err);
      }
    },
  };
});

/** One message in the current language, for code outside React (stores, notices). */
export function translate(id: MessageId, values?: MessageValues): string {
  return useI18n.getState().translator.t(id, values);
}

/** The current translator (numbers, dates, messages) for code outside React. */
export function currentTranslator(): Translator {
  return useI18n.getState().translator;
}
