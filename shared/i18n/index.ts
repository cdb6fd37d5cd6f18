/** The interface's languages: catalogs, locale settings and the plain-text translator (docs/I18N.md). */
export { AREAS, type Area, CATALOGS, type Catalog, type MessageId } from './catalogs';
export {
  DIGITS,
  type Digits,
  InterfaceSettings,
  LANGUAGES,
  type Language,
  PSEUDO_LOCALE,
  defaultSettings,
  directionOf,
  languageFor,
  localeTag,
} from './locale';
export {
  type Locale,
  type MessageValues,
  type Messages,
  type Translator,
  createTranslator,
  intlLocale,
  isolate,
  messagesFor,
  reportIntlError,
} from './translate';
