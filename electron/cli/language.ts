import { DIGITS, type Digits, type InterfaceSettings, LANGUAGES, type Language, languageFor } from '../../shared/i18n/locale';
import { type Translator, createTranslator, englishTranslator } from '../../shared/i18n/translate';

/**
 * The CLI's language: `--lang ar|en` (anywhere among the arguments), else ISNAD_LANG, else the
 * system locale (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), else English. In Arabic,
 * digits are Arabic-Indic unless `--digits latn` or ISNAD_DIGITS=latn. `--json` output is
 * data and never changes with the language.
 */
export class LanguageError extends Error {}

function pick<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value.trim().toLowerCase());
  if (found) return found;
  // Said in both languages: the one the user wanted is the one we could not tell.
  throw new LanguageError(
    `${what} "${value}" is not one Isnad knows; use one of: ${allowed.join(', ')} / ` +
      `القيمة "${value}" غير معروفة؛ استعمل واحدة من: ${allowed.join('، ')}`,
  );
}

/** The system's language as POSIX resolves it: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
function systemLanguage(env: NodeJS.ProcessEnv): Language {
  // LC_ALL=C means the C locale, English, even when LANG says Arabic.
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v);
  return tag ? languageFor([tag]) : 'en';
}

/** Takes `--lang X`/`--lang=X` and `--digits X`/`--digits=X` out of argv and settles the locale. */
export function cliLocale(argv: string[], env: NodeJS.ProcessEnv = process.env): { settings: InterfaceSettings; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  let digits: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const match = /^--(lang|digits)(?:=(.*))?$/.exec(arg);
    if (!match) {
      rest.push(arg);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined)
      throw new LanguageError(`--${match[1]} needs a value: ${(match[1] === 'lang' ? LANGUAGES : DIGITS).join(', ')}`);
    if (match[1] === 'lang') lang = value;
    else digits = value;
  }
  const language =
    lang !== undefined
      ? pick(lang, LANGUAGES, '--lang')
      : env.ISNAD_LANG
        ? pick(env.ISNAD_LANG, LANGUAGES, 'ISNAD_LANG')
        : systemLanguage(env);
  const chosen: Digits =
    digits !== undefined ? pick(digits, DIGITS, '--digits') : env.ISNAD_DIGITS ? pick(env.ISNAD_DIGITS, DIGITS, 'ISNAD_DIGITS') : 'arab';
  return { settings: { language, digits: chosen }, rest };
}

// One run, one language: set by main() before a command runs, read by what prints. The
// translator is made on first use: `isnad list` prints data, and setting up Intl for a
// language is a noticeable part of a start that prints none of its messages.
let chosen: InterfaceSettings | undefined;
let current: Translator | undefined;

export function useCliLocale(settings: InterfaceSettings): void {
  chosen = settings;
  current = undefined;
}

/** The translator of this run: `cli().t('cli.list.empty')`. */
export function cli(): Translator {
  // No isolates in a terminal: ids, paths and options printed there are copied back into commands, and U+2068/U+2069 would ride along.
  current ??= chosen ? createTranslator(chosen, { isolateValues: false }) : englishTranslator();
  return current;
}
