import { codedError, importProblem } from '../../../shared/error-text';
import { findForbiddenCharacter, forbiddenCharacterReason } from '../../../shared/text/policy';

/**
 * The longest document the corpus stores, in UTF-16 code units (the unit of every offset).
 * 20 million is a 20 MB text file (the import limit) or some fifteen novels; anything longer
 * is a mistake or an attack, and would make every search and export over it slow.
 */
const DEFAULT_MAX_DOCUMENT_CHARS = 20_000_000;

/**
 * Reads one limit from the environment. A value that is not valid is refused, not quietly
 * replaced: the user set it for a reason, and the message says how to write it.
 */
export function envLimit(
  env: NodeJS.ProcessEnv,
  name: string,
  parse: (raw: string) => number | null,
  fallback: number,
  example: string,
  what: 'number' | 'size' | 'pages' = 'number',
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = parse(raw);
  if (value === null || !(value > 0)) {
    throw codedError('invalid_input', 'errors.env.badValue', { name, raw, what, example });
  }
  return value;
}

export function positiveNumber(raw: string): number | null {
  const value = Number(raw.trim().replace(/[×x_,]/gi, ''));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function maxDocumentCharsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return envLimit(env, 'ISNAD_MAX_DOCUMENT_LENGTH', positiveNumber, DEFAULT_MAX_DOCUMENT_CHARS, '50000000 (characters, default 20000000)');
}

/** Why a text of this length cannot be stored (a catalog id and its values), or null when it can. */
export function documentLengthProblem(
  length: number,
  env: NodeJS.ProcessEnv = process.env,
): { id: 'errors.text.tooLong'; values: { length: number; limit: number } } | null {
  const limit = maxDocumentCharsFromEnv(env);
  return length <= limit ? null : { id: 'errors.text.tooLong', values: { length, limit } };
}

/** The store's rules for a new document's text: its length, then the text policy. */
export function checkDocumentText(text: string): void {
  const problem = documentLengthProblem(text.length);
  if (problem) throw codedError('invalid_input', problem.id, problem.values, 'text');
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) {
    const reason = forbiddenCharacterReason(forbidden);
    throw codedError('invalid_input', reason.id, reason.values, 'text');
  }
}

/** The same rule, checked early on an import path so a huge text is refused before heavy work. */
export function checkImportLength(text: string): void {
  const problem = documentLengthProblem(text.length);
  if (problem) throw importProblem('too-large', problem.id, problem.values);
}
