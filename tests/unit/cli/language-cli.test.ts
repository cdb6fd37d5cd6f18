import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** Columns a terminal gives a line: combining marks and direction marks take none. */
const columns = (line: string) => [...line].filter((c) => !/\p{Mn}|\p{Cf}/u.test(c)).length;

async function badFiles(): Promise<{ dir: string; empty: string; binary: string }> {
  const dir = await temp.make();
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'binary.txt');
  await writeFile(empty, '');
  await writeFile(binary, Buffer.from([0x61, 0x62, 0x63, 0x00, 0x64]));
  return { dir, empty, binary };
}

describe('isnad in Arabic', () => {
  it('--lang ar prints the usage in Arabic, within 80 columns, naming --lang and --digits', async () => {
    const { code, stdout } = await runCliProcess(['--lang', 'ar', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^الاستعمال: isnad <command>/);
    expect(stdout).toContain('ضع ملف W3C Web Annotation على مستند');
    expect(stdout).toMatch(/--lang en\|ar/);
    expect(stdout).toMatch(/--digits arab\|latn/);
    for (const line of stdout.trimEnd().split('\n')) expect(columns(line), line).toBeLessThanOrEqual(80);
    const one = await runCliProcess(['trash', '--help', '--lang=ar']);
    expect(one.stdout).toMatch(/^الاستعمال: isnad trash/);
    expect(one.stdout).toContain('الخيارات:');
    expect(one.stdout).toContain('أكّد ‎--empty (لا يمكن التراجع عنه)');
    for (const line of one.stdout.trimEnd().split('\n')) expect(columns(line), line).toBeLessThanOrEqual(80);
  }, 60_000);

  it('says why a bad file failed in Arabic, with the same exit code as in English', async () => {
    const { dir, empty, binary } = await badFiles();
    const english = await runCliProcess(['import', empty, binary, '--corpus', join(dir, 'en')]);
    const arabic = await runCliProcess(['import', empty, binary, '--corpus', join(dir, 'ar'), '--lang', 'ar']);
    expect(english.stderr).toContain('the file is empty (0 bytes)');
    expect(arabic.stderr).toContain(`فشل\t${empty}\tالملف فارغ (لا بايتات فيه)`);
    expect(arabic.stderr).toContain(`فشل\t${binary}\tبيانات ثنائية وليست نصًّا (بايت صفري عند البايت ٣)`);
    expect(arabic.code).toBe(english.code);
    expect(arabic.code).toBe(1);
    // Latin digits when asked, by option or by the environment.
    const latin = await runCliProcess(['import', binary, '--corpus', join(dir, 'latn'), '--lang', 'ar', '--digits', 'latn']);
    expect(latin.stderr).toContain('عند البايت 3)');
    const byEnv = await runCliProcess(['import', binary, '--corpus', join(dir, 'env')], {
      env: { ISNAD_LANG: 'ar', ISNAD_DIGITS: 'latn' },
    });
    expect(byEnv.stderr).toContain('عند البايت 3)');
  }, 120_000);

  it('keeps --json byte for byte the same in every language', async () => {
    const { dir, empty, binary } = await badFiles();
    const text = join(dir, 'claim.txt');
    await writeFile(text, 'قال وزير المالية إن التضخم بلغ 12% في 2024.\n"We will cut taxes," the minister said.\n');
    for (const args of [
      ['import', empty, binary, '--json'],
      ['suggest', text, '--json'],
      ['list', '--json'],
    ]) {
      const withCorpus = args[0] === 'suggest' ? [] : ['--corpus', join(dir, `c-${args[0]}`)];
      const english = await runCliProcess([...args, ...withCorpus]);
      const arabic = await runCliProcess([...args, ...withCorpus, '--lang', 'ar']);
      expect(arabic.stdout, args.join(' ')).toBe(english.stdout);
      expect(arabic.code).toBe(english.code);
      expect(english.stdout.length).toBeGreaterThan(1);
    }
  }, 120_000);

  it('follows --lang, then ISNAD_LANG, then the system locale', async () => {
    const system = await runCliProcess(['lst'], { env: { ISNAD_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'ar_EG.UTF-8' } });
    expect(system.stderr).toMatch(/^isnad: أمر غير معروف "lst"/);
    expect(system.code).toBe(2);
    const posix = await runCliProcess(['lst'], { env: { ISNAD_LANG: '', LC_ALL: 'C', LC_MESSAGES: '', LANG: 'ar_EG.UTF-8' } });
    expect(posix.stderr).toMatch(/^isnad: unknown command/);
    const messages = await runCliProcess(['lst'], { env: { ISNAD_LANG: '', LC_ALL: '', LC_MESSAGES: 'ar_SA.UTF-8', LANG: 'en_US.UTF-8' } });
    expect(messages.stderr).toMatch(/^isnad: أمر غير معروف/);
    const env = await runCliProcess(['lst'], { env: { ISNAD_LANG: 'en', LANG: 'ar_EG.UTF-8' } });
    expect(env.stderr).toMatch(/^isnad: unknown command "lst"/);
    const option = await runCliProcess(['lst', '--lang', 'en'], { env: { ISNAD_LANG: 'ar' } });
    expect(option.stderr).toMatch(/^isnad: unknown command "lst"/);
  }, 60_000);

  it('refuses a language or digits it does not know, listing the ones it does', async () => {
    for (const [args, env] of [
      [['list', '--lang', 'xx'], {}],
      [['--lang=fr', '--help'], {}],
      [['list'], { ISNAD_LANG: 'de' }],
      [['list', '--lang', 'ar', '--digits', 'roman'], {}],
      [['list', '--lang'], {}],
    ] as Array<[string[], NodeJS.ProcessEnv]>) {
      const { code, stdout, stderr } = await runCliProcess(args, { env });
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/en, ar|arab, latn/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
