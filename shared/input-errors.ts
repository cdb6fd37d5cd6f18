import type { z } from 'zod';
import { type ErrorInfo, type ErrorValues, IsnadError } from './errors';
import { type ErrorMessageId, codedError } from './error-text';

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
    case 'invalid_format':
      if (issue.format === 'url') return ['errors.input.badUrl', { field }];
      if (issue.format === 'date' || issue.format === 'datetime') return ['errors.input.badDate', { field }];
      return ['errors.input.badFormat', { field, format: issue.format }];
    case 'invalid_value':
      return ['errors.input.notAChoice', { field, choices: issue.values.map(String).join(', ') }];
    case 'unrecognized_keys':
      return ['errors.input.unknownKeys', { field, keys: issue.keys.join(', ') }];
    case 'custom': {
      // A check that said its reason by a catalog message (`checked` in shared/domain/dates.ts): that reason, of this field.
      const coded = issue.params as { messageId?: unknown; values?: ErrorValues } | undefined;
      if (typeof coded?.messageId === 'string' && coded.messageId.startsWith('errors.'))
        return ['errors.input.at', { ...coded.values, where: field, detailId: coded.messageId }];
      return ['errors.input.invalid', { field, detail: issue.message }];
    }
    default:
      return ['errors.input.invalid', { field, detail: issue.message }];
  }
}

/** A zod issue of a stored or given value, coded as at the contract's boundary, filed under `field`. */
export function issueError(issue: z.core.$ZodIssue | undefined, path: readonly PropertyKey[], field: string): IsnadError {
  if (!issue) return codedError('invalid_input', 'errors.input.invalid', { field, detail: 'invalid' }, field);
  return IsnadError.from({ ...codedIssue({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue), field });
}
