import { type FormatDateOptions, type FormatNumberOptions, type IntlShape, createIntl, createIntlCache } from '@formatjs/intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGS, type MessageId } from './catalogs';
import { type InterfaceSettings, PSEUDO_LOCALE, localeTag } from './locale';
import { pseudoMessage } from './pseudo';
import { type MessageIsolation, isolatePrinted, messageIsolation } from './isolation';

/** Values a message's ICU arguments take in plain text (the CLI, menus, reports, notices). */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** Which catalog, and how numbers and dates are written: a language with its digits, or the pseudo-locale. */
export type Locale = InterfaceSettings | 'pseudo';

/** A catalog as FormatJS takes it: ICU strings, or (the pseudo-locale) their parsed form. */
export type Messages = Record<string, string> | Record<string, MessageFormatElement[]>;

// Built on first use only: the pseudo-locale exists for the untranslated-string test.
let pseudo: Messages | undefined;

/** The catalog of a locale, as FormatJS takes it; the pseudo-locale's is English transformed, built once. */
export function messagesFor(locale: Locale): Messages {
  if (locale !== 'pseudo') return CATALOGS[locale.language];
  pseudo ??= Object.fromEntries(Object.entries(CATALOGS.en).map(([id, text]) => [id, pseudoMessage(text)])) as Record<
    string,
    MessageFormatElement[]
  >;
  return pseudo;
}

/** The locale tag FormatJS and Intl are given: `en`, `ar-u-nu-arab`, `ar-u-nu-latn`, or `en-XA`. */
export function intlLocale(locale: Locale): string {
  return locale === 'pseudo' ? PSEUDO_LOCALE : localeTag(locale);
}

/**
 * What FormatJS reports. A missing translation cannot happen (the catalog test), so any
 * report is a broken message or value: the console shows it, and the browser tests fail on it.
 */
export function reportIntlError(err: { code?: string; message: string }): void {
  if (err.code === 'MISSING_DATA') return; // a locale without Intl data falls back quietly
  console.error(`i18n: ${err.message}`);
}

export interface Translator {
  readonly locale: Locale;
  /** One message, formatted: `t('library.list.count', { count: 3 })`. */
  t(id: MessageId, values?: MessageValues): string;
  /** A number with the locale's digits and grouping. */
  number(value: number, options?: FormatNumberOptions): string;
  /** A date (a Date, epoch milliseconds or an ISO string) with the locale's digits and month names. */
  date(value: Date | number | string, options?: FormatDateOptions): string;
  /**
   * A calendar date kept in the app's ISO form (YYYY-MM-DD, as typed and exported) but
   * written with the locale's digits: `٢٠٢٤-١٠-٠٧` in Arabic with Arabic-Indic digits.
   * Anything that is not such a date (a partial one, a timestamp's tail) comes back as given.
   */
  isoDate(value: string): string;
  /** FormatJS's own object, for what the helpers above do not cover (lists, relative time). */
  readonly intl: IntlShape<string>;
}

const cache = createIntlCache();

// One translator per locale tag (there are four), built on first use: a report or an error need not build its own.
const made = new Map<string, Translator>();

/** The translator of a locale, shared by every caller that asks for it. */
export function translatorFor(locale: Locale): Translator {
  const key = intlLocale(locale);
  let translator = made.get(key);
  if (!translator) {
    translator = createTranslator(locale);
    made.set(key, translator);
  }
  return translator;
}

/** English: what logs, `message` fields, menus before settings load and reports without settings use. */
export function englishTranslator(): Translator {
  return translatorFor({ language: 'en', digits: 'latn' });
}

/** How many formatted messages a translator keeps (counts and names vary: the set is bounded, then started afresh). */
const FORMATTED_KEPT = 4000;

/** The key of a message with plain values (strings, numbers, booleans, null), or null when one is not plain. */
function keyOf(id: string, values: MessageValues): string | null {
  let key = id;
  for (const name in values) {
    const value = values[name];
    const kind = typeof value;
    if (value !== null && value !== undefined && kind !== 'string' && kind !== 'number' && kind !== 'boolean') return null;
    // The separators cannot occur in a value's JSON form unescaped.
    key += `\u0001${name}\u0002${JSON.stringify(value) ?? 'undefined'}`;
  }
  return key;
}

/** The Node helper (CLI, Electron menus, HTML reports, the renderer's stores): one per locale. */
export function createTranslator(locale: Locale, options: { isolateValues?: boolean } = {}): Translator {
  const rightToLeft = options.isolateValues !== false && locale !== 'pseudo' && locale.language === 'ar';
  // This translator's own copy of the catalog: a message that prints a value it also selects by is
  // replaced by its separated form on first use (isolation.ts), which FormatJS reads at format time.
  const messages: Record<string, string | MessageFormatElement[]> = rightToLeft
    ? { ...CATALOGS.ar }
    : (messagesFor(locale) as Record<string, string>);
  const intl = createIntl<string>(
    { locale: intlLocale(locale), defaultLocale: 'en', messages: messages as Messages, onError: reportIntlError },
    cache,
  );
  // Per message id, which arguments it prints as text (parsed once, on first use).
  const isolations = new Map<string, MessageIsolation>();
  const printedOf = (id: MessageId): ReadonlySet<string> => {
    let isolation = isolations.get(id);
    if (!isolation) {
      isolation = messageIsolation(CATALOGS.ar[id] ?? '');
      if (isolation.separated) messages[id] = isolation.separated;
      isolations.set(id, isolation);
    }
    return isolation.printed;
  };
  // FormatJS finds a message's compiled form by serializing all its arguments (the locale's
  // formats included) on every call, tens of microseconds each: a screen's render asking for
  // dozens of labels paid milliseconds per key press. The same message with the same plain
  // values is the same text, so it is kept; a date, or anything not plain, is formatted anew.
  const formatted = new Map<string, string>();
  const format = (id: MessageId, values?: MessageValues): string =>
    intl.formatMessage({ id }, rightToLeft && values ? isolatePrinted(printedOf(id), values) : values);
  return {
    locale,
    intl,
    // In a right-to-left sentence a value that may run the other way (a file name, a field) is isolated here, once.
    t: (id, values) => {
      const key = values === undefined ? id : keyOf(id, values);
      if (key === null) return format(id, values);
      let text = formatted.get(key);
      if (text === undefined) {
        text = format(id, values);
        if (formatted.size >= FORMATTED_KEPT) formatted.clear();
        formatted.set(key, text);
      }
      return text;
    },
    number: (value, options) => intl.formatNumber(value, options),
    date: (value, options) => intl.formatDate(typeof value === 'string' ? new Date(value) : value, options),
    isoDate: (value) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      if (!match) return value;
      const part = (digits: string, width: number) =>
        intl.formatNumber(Number(digits), { useGrouping: false, minimumIntegerDigits: width });
      return `${part(match[1] ?? '', 4)}-${part(match[2] ?? '', 2)}-${part(match[3] ?? '', 2)}`;
    },
  };
}

/**
 * A value of the journalist's (a title, a name) inside a plain-text message: wrapped in
 * Unicode first-strong isolates (U+2068 … U+2069), the plain-text form of `<bdi>`, so an
 * English title cannot reorder an Arabic sentence around it, nor the other way round.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
