import type { z } from 'zod';
import { type ErrorInfo, type ErrorValues, IsnadError } from './errors';
import { type ErrorMessageId, codedError, patternReason } from './error-text';

/**
 * A zod issue at the contract's boundary as a coded error: `message` stays zod's English
 * (what older clients and logs read), and the id says the same in words the catalog
 * translates, so a journalist reading Arabic sees which field and what is wrong with it.
 */
export function codedIssue(issue: z.core.$ZodIssue): ErrorInfo {
  const field = issue.path.map(String).join('.');
  const [messageId, values] = describe(issue, field || '—');
  return {
    code: 'invalid_input',
    message: field ? `${field}: ${issue.message}` : issue.message,
    ...(field ? { field } : {}),
    messageId,
    values,
  };
}

function describe(issue: z.core.$ZodIssue, field: string): [ErrorMessageId, ErrorValues] {
  switch (issue.code) {
    case 'invalid_type':
      return ['errors.input.missingOrWrongType', { field, expected: String(issue.expected) }];
    case 'too_small':
      // A required text left blank reads better as "is empty" than as a length.
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return ['errors.input.empty', { field }];
      if (issue.origin === 'string') return ['errors.input.tooShort', { field, limit: Number(issue.minimum) }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['errors.input.tooFew', { field, limit: Number(issue.minimum) }];
      return ['errors.input.tooSmall', { field, limit: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['errors.input.tooLong', { field, limit: Number(issue.maximum) }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['errors.input.tooMany', { field, limit: Number(issue.maximum) }];
      return ['errors.input.tooBig', { field, limit: Number(issue.maximum) }];
    case 'invalid_format': {
      // A pattern whose reason is the catalog's (`checkReason`): that reason, of this field.
      const reason = issue.format === 'regex' ? patternReason(issue.message) : undefined;
      if (reason) return ['errors.input.at', { ...reason.values, where: field, detailId: reason.messageId }];
      if (issue.format === 'url') return ['errors.input.badUrl', { field }];
      if (issue.format === 'date' || issue.format === 'datetime') return ['errors.input.badDate', { field }];
      return ['errors.input.badFormat', { field, format: issue.format }];
    }
    case 'invalid_value':
      return ['errors.input.notAChoice', { field, choices: issue.values.map(String).join(', ') }];
    case 'unrecognized_keys':
      return ['errors.input.unknownKeys', { field, keys: issue.keys.join(', ') }];
    case 'custom': {
      // A check that said its reason by a catalog message (`checked` in shared/domain/dates.ts): that reason, of this field.
      const coded = issue.params as { messageId?: unknown; values?: ErrorValues } | undefined;
      if (typeof coded?.messageId === 'string' && coded.messageId.startsWith('errors.'))
        return ['errors.input.at', { ...coded.values, where: field, detailId: coded.messageId }];
      return ['errors.input.invalid', { field, technical: issue.message }];
    }
    default:
      // zod's own English is no sentence for a journalist: it follows as the technical line.
      return ['errors.input.invalid', { field, technical: issue.message }];
  }
}

/** A zod issue of a stored or given value, coded as at the contract's boundary, filed under `field`. */
export function issueError(issue: z.core.$ZodIssue | undefined, path: readonly PropertyKey[], field: string): IsnadError {
  if (!issue) return codedError('invalid_input', 'errors.input.invalid', { field }, field);
  return IsnadError.from({ ...codedIssue({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue), field });
}

/**
 * A zod issue as a clause for a sentence that names the place itself (a dataset file's
 * "documents.3.language"): the catalog id and values, and the place the clause does not name
 * (`where`: the field, for a reason written without it; empty when the clause starts with it).
 */
export function issueClause(issue: z.core.$ZodIssue): { where: string; messageId: ErrorMessageId; values: ErrorValues } {
  const info = codedIssue(issue);
  const values = info.values ?? {};
  if (info.messageId === 'errors.input.at' && typeof values.detailId === 'string')
    return { where: String(values.where ?? ''), messageId: values.detailId as ErrorMessageId, values };
  return { where: '', messageId: info.messageId as ErrorMessageId, values };
}
