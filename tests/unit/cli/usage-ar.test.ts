import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** The one line `isnad` prints for a call it refuses, in a real process. */
async function refused(args: string[]): Promise<{ code: number; line: string }> {
  const run = await runCliProcess(args);
  expect(run.stdout).toBe('');
  return { code: run.code, line: run.stderr.trimEnd() };
}

describe('isnad explains a command line it cannot run in the language it speaks', { timeout: 180_000 }, () => {
  it('in Arabic: a missing search, an unknown option, a bad value, a number out of range (exit 2)', async () => {
    const corpus = join(await temp.make(), 'corpus');
    expect(await refused(['search', '--corpus', corpus, '--lang', 'ar'])).toEqual({
      code: 2,
      line: 'isnad search: لم يُعطَ ما يُبحث عنه (الاستعمال: isnad search QUERY --corpus DIR [--clitics] [--skip-excluded] [--limit N] [--json])',
    });
    expect(await refused(['list', '--bogus', '--lang', 'ar'])).toEqual({
      code: 2,
      line: 'isnad list: خيار غير معروف --bogus (‎--help يسرد الخيارات)',
    });
    expect(await refused(['list', '--corpus', '--lang', 'ar'])).toMatchObject({ code: 2, line: expect.stringContaining('يحتاج إلى قيمة') });
    expect(await refused(['annotations', '--corpus', corpus, '--type', 'opinion', '--lang', 'ar'])).toEqual({
      code: 2,
      line: 'isnad annotations: الخيار --type يأخذ واحدًا من quote, speaker, figure؛ أُعطي "opinion"',
    });
    // The range is written in the run's digits: Arabic-Indic by default, Latin when asked.
    expect((await refused(['search', 'x', '--corpus', corpus, '--limit', '0', '--lang', 'ar'])).line).toContain(
      'يأخذ عددًا صحيحًا من ١ إلى ١٠٠، أُعطي "0"',
    );
    expect((await refused(['search', 'x', '--corpus', corpus, '--limit', '0', '--lang', 'ar', '--digits', 'latn'])).line).toContain(
      'من 1 إلى 100',
    );
    expect((await refused(['export', '--corpus', corpus, '--lang', 'ar'])).line).toMatch(/^isnad export: الخيار ‎--out FILE مطلوب/);
  });

  it('in English, the same refusals in English words, with the same exit codes', async () => {
    const corpus = join(await temp.make(), 'corpus');
    expect(await refused(['search', '--corpus', corpus])).toEqual({
      code: 2,
      line: 'isnad search: no search given (usage: isnad search QUERY --corpus DIR [--clitics] [--skip-excluded] [--limit N] [--json])',
    });
    expect(await refused(['list', '--bogus'])).toEqual({ code: 2, line: 'isnad list: unknown option --bogus (--help lists the options)' });
    expect(await refused(['list', '--json=yes'])).toEqual({ code: 2, line: 'isnad list: --json takes no value' });
    expect((await refused(['search', 'x', '--corpus', corpus, '--limit', '500'])).line).toBe(
      'isnad search: --limit must be a whole number from 1 to 100, got "500"',
    );
  });

  it('says where a JSON file is broken, and what is wrong there, in Arabic', async () => {
    const dir = await temp.make();
    const corpus = join(dir, 'corpus');
    const lines = join(dir, 'articles.jsonl');
    await writeFile(lines, '{"text": "أ"}\n{"text": "ب"\n{"text": "ج"}\n');
    const records = await runCliProcess(['import', lines, '--corpus', corpus, '--lang', 'ar']);
    expect(records.code).toBe(1);
    expect(records.stderr).toContain('JSON غير سليم في السطر ٢، العمود ١٣: ينتهي السطر قبل أوانه (يُنتظر "," أو "}")');
    const dataset = join(dir, 'export.json');
    await writeFile(dataset, '{"format": "isnad-export",\n "documents": [1, 2,]\n}');
    const exported = await runCliProcess(['import', dataset, '--corpus', corpus, '--lang', 'ar']);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain('ليس JSON سليمًا (السطر ٢، العمود ٢١: فاصلة قبل "]" (فاصلة زائدة))؛ لم يُستورد شيء.');
  });
});
