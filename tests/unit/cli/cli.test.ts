import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { permissionsApply, runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const run = runCli;

describe('isnad CLI', () => {
  it('imports text files and lists them with language, direction and counts', async () => {
    const dir = await temp.make();
    const corpus = join(dir, 'corpus');
    await writeFile(join(dir, 'ar.txt'), ARABIC_ARTICLE);
    await writeFile(join(dir, 'en.md'), ENGLISH_ARTICLE.replace(/\n/g, '\r\n'));
    const imported = await run(['import', join(dir, 'ar.txt'), join(dir, 'en.md'), '--corpus', corpus]);
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n')).toHaveLength(2);

    const listed = await run(['list', '--corpus', corpus, '--json']);
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.out);
    expect(
      rows.map((r: { title: string; lang: string; dir: string; annotations: number }) => [r.title, r.lang, r.dir, r.annotations]),
    ).toEqual([
      ['ar', 'ar', 'rtl', 0],
      ['en', 'en', 'ltr', 0],
    ]);
    const plain = await run(['list', '--corpus', corpus]);
    expect(plain.out).toMatch(/\tar\trtl\t0\tar$/m);
  });

  it('reports each bad file on one line, imports the good ones, and exits non-zero', async () => {
    const dir = await temp.make();
    const corpus = join(dir, 'corpus');
    await writeFile(join(dir, 'good.txt'), ENGLISH_ARTICLE);
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await writeFile(join(dir, 'empty.txt'), '  \n');
    await writeFile(join(dir, 'photo.jpg'), 'x');
    const files = ['good.txt', 'latin1.txt', 'empty.txt', 'photo.jpg', 'missing.txt'].map((f) => join(dir, f));
    const result = await run(['import', ...files, '--corpus', corpus]);
    expect(result.code).toBe(1);
    const failures = result.err.split('\n');
    expect(failures).toHaveLength(4);
    expect(failures[0]).toMatch(/latin1\.txt.*not valid UTF-8/);
    expect(failures[1]).toMatch(/empty\.txt.*text is empty/);
    expect(failures[2]).toMatch(/photo\.jpg.*unsupported file type "\.jpg"/);
    expect(failures[3]).toMatch(/missing\.txt.*no such file/);
    const listed = JSON.parse((await run(['list', '--corpus', corpus, '--json'])).out);
    expect(listed).toHaveLength(1);
  });

  it('gives a one-line reason and exit code 2 for usage errors', async () => {
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "frobnicate"/) });
    const noFiles = await run(['import', '--corpus', await temp.make()]);
    expect(noFiles).toMatchObject({ code: 2, err: expect.stringMatching(/no files given/) });
    const badFlag = await run(['list', '--corpus', await temp.make(), '--jsn']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err.split('\n')).toHaveLength(1);
    expect((await run(['serve', '--port', 'abc'])).err).toMatch(/--port must be/);
  });

  it.skipIf(!permissionsApply)('refuses a corpus folder it cannot read, in one line', async () => {
    const dir = await temp.make();
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0);
    const result = await runCliProcess(['list', '--corpus', locked], { honourPermissions: true });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^isnad list: permission denied: .*locked/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs as `npx isnad` from the repository', async () => {
    const dir = await temp.make();
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'isnad', 'list', '--corpus', join(dir, 'c')], {
      cwd: process.cwd(),
    });
    expect(stdout.trim()).toBe('The corpus has no documents yet.');
    // npx, then tsx compiling the CLI: two Node starts, which take more than the default 20 s on a loaded machine.
  }, 60_000);
});
