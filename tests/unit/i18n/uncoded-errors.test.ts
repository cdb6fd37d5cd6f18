import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/child';

/**
 * A journalist reads every error in their own language only if it is thrown coded
 * (`codedError`, `importProblem`; docs/I18N.md). A bare `new IsnadError('…', 'English')` or
 * `new ImportProblem(…)` is allowed only with an `// i18n:` comment on its line or the line
 * above saying why: it passes on another error's code, or it is an internal assert no user meets.
 */
const CONSTRUCTION = /new (IsnadError|ImportProblem)\(/g;

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Each uncoded construction in a file's text, as "line: code". */
function uncodedErrors(text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (!CONSTRUCTION.test(line)) return;
    CONSTRUCTION.lastIndex = 0;
    const marked = /\/\/ i18n:/.test(line) || /\/\/ i18n:/.test(lines[i - 1] ?? '');
    if (!marked) found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('errors a user can meet', () => {
  it('are thrown coded everywhere in electron/ and shared/ (or marked // i18n: with the reason they may stay English)', async () => {
    const uncoded: string[] = [];
    for (const dir of ['electron', 'shared']) {
      for (const file of await sources(join(ROOT, dir))) {
        for (const hit of uncodedErrors(await readFile(file, 'utf8'))) uncoded.push(`${relative(ROOT, file)}:${hit}`);
      }
    }
    expect(uncoded).toEqual([]);
  });

  it('the scan catches a new English error and lets a marked one through', () => {
    const source = [
      "if (!doc) throw new IsnadError('not_found', `no document with id \"${id}\"`, 'id');",
      "throw codedError('not_found', 'errors.document.notFound', { id }, 'id');",
      '// i18n: internal — the registry is filled at start-up; no user action reaches this.',
      "throw new IsnadError('internal', 'reader registered twice');",
      "return new ImportProblem('damaged', reason);",
    ].join('\n');
    expect(uncodedErrors(source)).toEqual([
      "1: if (!doc) throw new IsnadError('not_found', `no document with id \"${id}\"`, 'id');",
      "5: return new ImportProblem('damaged', reason);",
    ]);
  });
});

/**
 * A zod check we write ourselves gives its reason from the catalog (`checkReason`), never as
 * English text: `.refine(ok, 'English')` or `.regex(re, 'English')` would reach a journalist
 * reading Arabic as English. One nesting of parentheses inside the call is enough for ours.
 */
const ENGLISH_CHECK = /\.(refine|regex)\(((?:[^()]|\([^()]*\))*?),\s*(\{\s*message:\s*)?['"`]/g;

function englishChecks(text: string): string[] {
  return [...text.matchAll(ENGLISH_CHECK)].map((m) => `${text.slice(0, m.index).split('\n').length}: ${m[0].replace(/\s+/g, ' ')}`);
}

describe('zod checks a user can meet', () => {
  it('give their reason from the catalog everywhere in electron/ and shared/', async () => {
    const english: string[] = [];
    for (const dir of ['electron', 'shared']) {
      for (const file of await sources(join(ROOT, dir))) {
        for (const hit of englishChecks(await readFile(file, 'utf8'))) english.push(`${relative(ROOT, file)}:${hit}`);
      }
    }
    expect(english).toEqual([]);
  });

  it('the scan catches a reason written in English and lets a catalog one through', () => {
    const source = [
      "const Tag = z.string().refine((t) => !/,/u.test(t), 'a tag cannot hold a comma');",
      "const Lang = z.string().regex(/^[a-z]{2,3}$/, checkReason('errors.check.languageCode'));",
      "const Id = z.string().regex(/^[a-z]+$/, 'must be letters');",
      "const F = z.object({}).refine((f) => f.ok, { message: 'not ok', path: ['x'] });",
    ].join('\n');
    expect(englishChecks(source).map((hit) => hit.split(':')[0])).toEqual(['1', '3', '4']);
  });
});
