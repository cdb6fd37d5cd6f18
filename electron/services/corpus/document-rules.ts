import { IsnadError } from '../../../shared/errors';
import { type Annotation, Verdict } from '../../../shared/domain/annotation';
import { Document } from '../../../shared/domain/document';
import { isNormalized } from '../../../shared/text/normalize';
import { pagesProblem } from '../../../shared/text/pages';
import { checkSpan, spanContext } from '../../../shared/text/offsets';
import { checkLinks, compareAnnotations, resolveAttributes } from '../../../shared/domain/annotation-rules';
import { type ErrorMessageId, codedError, errorAt } from '../../../shared/error-text';
import { issueError } from '../../../shared/input-errors';
import type { ErrorValues } from '../../../shared/errors';

function fail(field: string, id: ErrorMessageId, values?: ErrorValues): never {
  throw codedError('invalid_input', id, values, field);
}

/** Puts the annotation's place in front of an error from the per-annotation rules. */
function withField<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof IsnadError)) throw err;
    throw errorAt(err, prefix, `${prefix}.${err.field ?? ''}`);
  }
}

/**
 * Checks a complete document from outside the store (an import-back) as strictly as the
 * store checks its own edits: shape, normalized text, hash, every span against the text,
 * attributes, verdicts and links. Returns the document with derived context recomputed.
 */
export function checkCompleteDocument(input: Document, hashOf: (text: string) => string): Document {
  const parsed = Document.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw issueError(issue, [], issue?.path.map(String).join('.') || 'document');
  }
  const doc = parsed.data;
  if (!isNormalized(doc.text)) fail('text', 'errors.document.notNormalized');
  if (doc.text.trim() === '') fail('text', 'errors.document.textEmptyField');
  if (hashOf(doc.text) !== doc.contentHash) fail('contentHash', 'errors.document.hashMismatch');
  const pagesWrong = doc.pages ? pagesProblem(doc.text, doc.pages) : null;
  if (pagesWrong) fail('pages', 'errors.document.pages', { detail: pagesWrong });
  doc.regions.forEach((r, i) => {
    const problem = checkSpan(doc.text, r.start, r.end);
    if (problem) throw errorAt(problem, `regions.${i}.${problem.field}`, `regions.${i}.${problem.field}`);
  });
  const ids = new Set<string>();
  const annotations = doc.annotations.map((a, i): Annotation => {
    if (ids.has(a.id)) fail(`annotations.${i}.id`, 'errors.document.duplicateAnnotationId', { index: i, id: a.id });
    ids.add(a.id);
    const problem = checkSpan(doc.text, a.start, a.end, a.text);
    if (problem) throw errorAt(problem, `annotations.${i}.${problem.field}`, `annotations.${i}.${problem.field}`);
    const attributes = withField(`annotations.${i}`, () =>
      // The raw attributes, not zod's stripped copy: an unknown field is refused, not dropped.
      resolveAttributes(a.type, {}, input.annotations[i]?.attributes as Record<string, unknown>),
    );
    return {
      ...a,
      ...spanContext(doc.text, a.start, a.end),
      attributes,
      verdict: Verdict.parse(a.verdict),
    } as Annotation;
  });
  annotations.forEach((a, i) => withField(`annotations.${i}`, () => checkLinks(annotations, a)));
  annotations.sort(compareAnnotations);
  return { ...doc, annotations };
}
