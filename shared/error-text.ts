import { type ErrorCode, type ErrorValues, IsnadError } from './errors';
import { ImportProblem, type ProblemKind } from './import/problems';
import { CATALOGS, type MessageId } from './i18n/catalogs';
import { type Translator, englishTranslator } from './i18n/translate';

/**
 * Errors with codes. A service throws `codedError('invalid_input', 'errors.…', values)`: the
 * English text (the catalog's) stays in `message` for logs and older clients, and the id and
 * values travel with it through IPC and HTTP, so the renderer and the CLI show the error in
 * the reader's language (`errorText`). See docs/I18N.md.
 */
export type ErrorMessageId = Extract<MessageId, `errors.${string}`>;

/**
 * A message whose values carry `detailId` (a clause of its own, such as what is wrong in a
 * JSON file) gets that clause as `detail`, written by the same translator: the reason is
 * translated with the sentence around it, wherever the error is shown.
 */
function withDetail(t: Translator, values: ErrorValues | undefined): ErrorValues | undefined {
  const detailId = values?.detailId;
  return typeof detailId === 'string' && known(detailId) ? { ...values, detail: t.t(detailId, values) } : values;
}

/**
 * A machine's own words (a tool's stderr, a parser's message) are no sentence for a journalist:
 * a message names them `technical`, says in its own words what failed and what to do, and the
 * machine's words follow as a second, labelled line, for whoever has to fix it.
 */
function withTechnical(t: Translator, text: string, values: ErrorValues | undefined, separator = '\n'): string {
  const technical = values?.technical;
  return typeof technical === 'string' && technical.trim() !== ''
    ? `${text}${separator}${t.t('errors.technicalDetail', { technical })}`
    : text;
}

/** The English text of a coded message: what `message` carries (one line: logs quote it inside their own). */
export function englishText(id: ErrorMessageId, values?: ErrorValues): string {
  const t = englishTranslator();
  return withTechnical(t, t.t(id, withDetail(t, values)), values, ' — ');
}

export function codedError(code: ErrorCode, id: ErrorMessageId, values?: ErrorValues, field?: string): IsnadError {
  // i18n: the one place a coded error is made.
  return new IsnadError(code, englishText(id, values), field, { messageId: id, ...(values ? { values } : {}) });
}

export function importProblem(kind: ProblemKind, id: ErrorMessageId, values?: ErrorValues): ImportProblem {
  // i18n: the one place a coded import reason is made.
  return new ImportProblem(kind, englishText(id, values), { messageId: id, ...(values ? { values } : {}) });
}

/**
 * A value named `…List` holds whole numbers separated by spaces ("2 3 14", page numbers):
 * each reader writes them with their own digits and list separator ("2, 3, 14" / "٢، ٣، ١٤").
 */
function withLists(t: Translator, values: ErrorValues | undefined): ErrorValues | undefined {
  if (!values || !Object.keys(values).some((k) => k.endsWith('List'))) return values;
  const out: ErrorValues = { ...values };
  const separator = t.locale !== 'pseudo' && t.locale.language === 'ar' ? '، ' : ', ';
  for (const [key, value] of Object.entries(values)) {
    if (!key.endsWith('List') || typeof value !== 'string') continue;
    out[key] = value
      .split(' ')
      .filter(Boolean)
      .map((n) => t.number(Number(n), { useGrouping: false }))
      .join(separator);
  }
  return out;
}

/** A note (a warning, a progress step) named by a catalog message, with its English as `text`. */
export function codedText(id: MessageId, values?: ErrorValues): { text: string; id: MessageId; values?: ErrorValues } {
  const english = englishTranslator();
  return { text: english.t(id, withDetail(english, withLists(english, values))), id, ...(values ? { values } : {}) };
}

/** Any coded message from the wire (a warning, a step), in the reader's language; its English when the id is unknown here. */
export function messageText(t: Translator, info: { message: string; messageId?: string; values?: ErrorValues }): string {
  return info.messageId !== undefined && Object.hasOwn(CATALOGS.en, info.messageId)
    ? t.t(info.messageId as MessageId, withDetail(t, withLists(t, info.values)))
    : info.message;
}

/** Whether an id from the wire is one this build knows (a newer host may send ids we lack). */
function known(id: string | undefined): id is ErrorMessageId {
  return id !== undefined && id.startsWith('errors.') && Object.hasOwn(CATALOGS.en, id);
}

/** A coded message as the reader's translator writes it; the English `message` when it has no code. */
export function errorText(t: Translator, info: { message: string; messageId?: string; values?: ErrorValues }): string {
  return known(info.messageId) ? withTechnical(t, t.t(info.messageId, withDetail(t, info.values)), info.values) : info.message;
}

/** Any thrown value, in the reader's language where it carries a code. */
export function describeError(t: Translator, err: unknown): string {
  if (err instanceof IsnadError || err instanceof ImportProblem) return errorText(t, err);
  return err instanceof Error ? err.message : String(err);
}

/** The reason of an import outcome (`reason`, `reasonId`, `reasonValues`), in the reader's language. */
export function reasonText(t: Translator, outcome: { reason?: string; reasonId?: string; reasonValues?: ErrorValues }): string | undefined {
  if (outcome.reason === undefined) return undefined;
  return errorText(t, { message: outcome.reason, messageId: outcome.reasonId, values: outcome.reasonValues });
}

/** What a job is on now, in the reader's language when the job named it by a message (a sync's step). */
export function jobCurrentText(t: Translator, status: { current: string; currentId?: string; currentValues?: ErrorValues }): string {
  return messageText(t, { message: status.current, messageId: status.currentId, values: status.currentValues });
}

/** Why a job failed, in the reader's language where its error was coded; undefined when it did not fail. */
export function jobErrorText(t: Translator, status: { error?: string; errorId?: string; errorValues?: ErrorValues }): string | undefined {
  if (status.error === undefined) return undefined;
  return errorText(t, { message: status.error, messageId: status.errorId, values: status.errorValues });
}

/** A coded error's id and values, to pass on with a new field or code (nothing of its words is lost). */
export function codeOf(err: { messageId?: string; values?: ErrorValues }): { messageId: string; values?: ErrorValues } | undefined {
  return err.messageId === undefined ? undefined : { messageId: err.messageId, ...(err.values ? { values: err.values } : {}) };
}

/** The same error, filed under another input field (its words, coded or not, unchanged). */
export function refiled(err: IsnadError, field: string | undefined): IsnadError {
  // i18n: passes on err's own message id and values.
  return new IsnadError(err.code, err.message, field, codeOf(err));
}

/** An error from a nested check, said of the place it was found ("annotations.3: …"), translated as a whole. */
export function errorAt(
  err: { code?: ErrorCode; message: string; messageId?: string; values?: ErrorValues },
  where: string,
  field?: string,
): IsnadError {
  const code = err.code ?? 'invalid_input';
  // Already "place: reason" (a field with a catalog reason): one place in front of the other, the same
  // reason inside, since a message's detail is translated one level deep.
  if (err.messageId === 'errors.input.at' && typeof err.values?.detailId === 'string')
    return codedError(code, 'errors.input.at', { ...err.values, where: `${where}: ${String(err.values.where ?? '')}` }, field);
  if (known(err.messageId)) return codedError(code, 'errors.input.at', { ...err.values, where, detailId: err.messageId }, field);
  // i18n: an uncoded inner message stays as it was written; the place is data.
  return new IsnadError(code, `${where}: ${err.message}`, field);
}

/** A long job or step stopped by the journalist's cancel. */
export function cancelledByUser(): IsnadError {
  return codedError('cancelled', 'errors.jobs.cancelled');
}

/**
 * Where a record of a JSON, JSON Lines or CSV file is ("record 3", "line 12": the English that
 * shared/import/records.ts writes and `--json` keeps), in the reader's words and digits.
 */
export function whereText(t: Translator, where: string): string {
  const { kind, n } = placeOf(where);
  return kind === 'other' ? where : t.t(kind === 'record' ? 'import.where.record' : 'import.where.line', { n });
}

/**
 * The place of a record ("record 3", "line 12", or anything else as it is) as the values of a
 * message that names it in the reader's words: `{kind, select, record {…} line {…} other {{where}}}`.
 */
export function placeOf(where: string): { kind: 'record' | 'line' | 'other'; n: number; where: string } {
  const match = /^(record|line) (\d+)$/.exec(where);
  return { kind: (match?.[1] as 'record' | 'line' | undefined) ?? 'other', n: Number(match?.[2] ?? 0), where };
}

/** A reason a zod check gives in the catalog's words (`errors.check.*`). */
export type CheckReasonId = Extract<MessageId, `errors.check.${string}`>;

/**
 * The English of each pattern's reason, back to its id and values. A pattern's issue
 * (`.regex`) carries its message only, never params: the boundary finds the reason again by
 * that English. Filled as the schemas are defined (module load), never changed after.
 */
const patternReasons = new Map<string, { messageId: CheckReasonId; values: ErrorValues }>();

/**
 * A zod check's reason from the catalog: `.refine(ok, checkReason('errors.check.tagCharacters'))`,
 * `.regex(re, checkReason('errors.check.id', { min: 1, max: 64 }))`. The English is zod's
 * message (logs, `--json`, older clients); the id rides along as the params, so the
 * contract boundary and the CLI refuse it in the reader's language (shared/input-errors.ts).
 */
export function checkReason(
  id: CheckReasonId,
  values: ErrorValues = {},
): { message: string; params: { messageId: CheckReasonId; values: ErrorValues } } {
  const message = englishText(id, values);
  patternReasons.set(message, { messageId: id, values });
  return { message, params: { messageId: id, values } };
}

/** The catalog reason of a pattern's English message (see `checkReason`); undefined for one written otherwise. */
export function patternReason(message: string): { messageId: CheckReasonId; values: ErrorValues } | undefined {
  return patternReasons.get(message);
}
