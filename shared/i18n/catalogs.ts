/**
 * The message catalogs: one JSON file per area per language (messages/<language>/<area>.json),
 * so people translating different areas never edit the same file. Every id starts with its
 * area (`library.list.empty` lives in library.json); tests/unit/i18n/catalogs.test.ts checks
 * that, and that both languages hold the same ids with the same ICU arguments. The English
 * files define which ids exist: `MessageId` is their keys, so a mistyped id fails the type check.
 */
import enApp from './messages/en/app.json' with { type: 'json' };
import enUi from './messages/en/ui.json' with { type: 'json' };
import enSettings from './messages/en/settings.json' with { type: 'json' };
import enLibrary from './messages/en/library.json' with { type: 'json' };
import enImport from './messages/en/import.json' with { type: 'json' };
import enDocument from './messages/en/document.json' with { type: 'json' };
import enDesk from './messages/en/desk.json' with { type: 'json' };
import enExchange from './messages/en/exchange.json' with { type: 'json' };
import enFactcheck from './messages/en/factcheck.json' with { type: 'json' };
import enSearch from './messages/en/search.json' with { type: 'json' };
import enSpeakers from './messages/en/speakers.json' with { type: 'json' };
import enCli from './messages/en/cli.json' with { type: 'json' };
import enErrors from './messages/en/errors.json' with { type: 'json' };
import enMenus from './messages/en/menus.json' with { type: 'json' };
import enReports from './messages/en/reports.json' with { type: 'json' };
import arApp from './messages/ar/app.json' with { type: 'json' };
import arUi from './messages/ar/ui.json' with { type: 'json' };
import arSettings from './messages/ar/settings.json' with { type: 'json' };
import arLibrary from './messages/ar/library.json' with { type: 'json' };
import arImport from './messages/ar/import.json' with { type: 'json' };
import arDocument from './messages/ar/document.json' with { type: 'json' };
import arDesk from './messages/ar/desk.json' with { type: 'json' };
import arExchange from './messages/ar/exchange.json' with { type: 'json' };
import arFactcheck from './messages/ar/factcheck.json' with { type: 'json' };
import arSearch from './messages/ar/search.json' with { type: 'json' };
import arSpeakers from './messages/ar/speakers.json' with { type: 'json' };
import arCli from './messages/ar/cli.json' with { type: 'json' };
import arErrors from './messages/ar/errors.json' with { type: 'json' };
import arMenus from './messages/ar/menus.json' with { type: 'json' };
import arReports from './messages/ar/reports.json' with { type: 'json' };
import type { Language } from './locale';

// Each area's file, per language, as read: the one list of areas (what the catalog test compares).
const EN_FILES = {
  app: enApp,
  ui: enUi,
  settings: enSettings,
  library: enLibrary,
  import: enImport,
  document: enDocument,
  desk: enDesk,
  exchange: enExchange,
  factcheck: enFactcheck,
  search: enSearch,
  speakers: enSpeakers,
  cli: enCli,
  errors: enErrors,
  menus: enMenus,
  reports: enReports,
};
type EnFiles = typeof EN_FILES;

/** The areas, each a file per language; add one to both objects here and a file to both folders. */
export type Area = keyof EnFiles;
export const AREAS = Object.keys(EN_FILES) as Area[];

/** Every id the English files define: a mistyped id fails the type check. */
export type MessageId = { [A in Area]: keyof EnFiles[A] }[Area] & string;
export type Catalog = Readonly<Record<MessageId, string>>;

// The Arabic files, area for area: the type makes a missing area a compile error.
const AR_FILES: Record<Area, Readonly<Record<string, string>>> = {
  app: arApp,
  ui: arUi,
  settings: arSettings,
  library: arLibrary,
  import: arImport,
  document: arDocument,
  desk: arDesk,
  exchange: arExchange,
  factcheck: arFactcheck,
  search: arSearch,
  speakers: arSpeakers,
  cli: arCli,
  errors: arErrors,
  menus: arMenus,
  reports: arReports,
};

export const AREA_FILES: Readonly<Record<Language, Readonly<Record<Area, Readonly<Record<string, string>>>>>> = {
  en: EN_FILES,
  ar: AR_FILES,
};

// Arabic is checked against English id for id by the catalog test; the type trusts that.
export const CATALOGS: Readonly<Record<Language, Catalog>> = {
  en: Object.assign({}, ...Object.values(EN_FILES)) as Catalog,
  ar: Object.assign({}, ...Object.values(AR_FILES)) as Catalog,
};
