import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

// A journalist at a terminal in Arabic: an impossible date is refused in Arabic, and a
// dataset's impossible date is a warning in Arabic; `--json` keeps its English and adds codes.
const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('isnad in Arabic, given an impossible date', () => {
  it('refuses it in a filter with the reason in Arabic, on one line, with no isolates to copy back into a command', async () => {
    const corpus = await temp.make();
    const { code, stdout, stderr } = await runCliProcess(['annotations', '--corpus', corpus, '--from', '2024-02-30'], {
      env: { ISNAD_LANG: 'ar' },
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('عند --from: «2024-02-30» ليس تاريخاً: عدد أيام شهر فبراير من عام 2024 هو ');
    expect(stderr).not.toMatch(/is not a date|February|[\u2068\u2069]/);
  }, 60_000);

  it('imports a record with one as a warning in Arabic; --json keeps the English warning and adds its code', async () => {
    const dir = await temp.make();
    const csv = join(dir, 'wire.csv');
    await writeFile(csv, 'text,title,date\n"The council met on Monday to vote on the budget.",Council,2024-13-45\n');
    const arabic = await runCliProcess(['import', csv, '--corpus', join(dir, 'ar')], { env: { ISNAD_LANG: 'ar' } });
    expect(arabic.code, arabic.stderr).toBe(0);
    expect(arabic.stderr).toContain('السطر ٢: «2024-13-45» ليس تاريخاً: لا يوجد شهر رقمه ١٣');
    expect(arabic.stderr).toContain('تُرك تاريخ النشر فارغًا');
    const json = await runCliProcess(['import', csv, '--corpus', join(dir, 'json'), '--json'], { env: { ISNAD_LANG: 'ar' } });
    expect(json.code, json.stderr).toBe(0);
    const file = (JSON.parse(json.stdout) as { files: Array<{ warnings: string[]; warningCodes?: Array<{ id: string } | null> }> })
      .files[0];
    expect(file?.warnings).toEqual([
      'line 2: "2024-13-45" is not a date: there is no month 13 (months run 01 to 12); the publication date was left empty',
    ]);
    expect(file?.warningCodes?.[0]?.id).toBe('import.warning.recordDate');
  }, 120_000);
});
