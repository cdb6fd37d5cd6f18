import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliLines } from '../../helpers/cli';
import { BIN, permissionsApply, runCliProcess } from '../../helpers/cli-process';
import { buildDocx } from '../../helpers/docx';
import { ARABIC_SCRAPED_PAGE, LONG_ARABIC, LONG_ENGLISH, htmlPage, paragraphs } from '../../helpers/import-fixtures';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const run = runCliLines;

async function list(corpus: string) {
  return JSON.parse((await run(['list', '--corpus', corpus, '--json'])).out.join('\n')) as Array<{ title: string; lang: string }>;
}

describe('isnad import', () => {
  it('imports a folder of mixed formats recursively and reports each bad file on one line with its reason', async () => {
    const dir = await temp.make();
    const folder = join(dir, 'inbox');
    await mkdir(join(folder, 'web'), { recursive: true });
    await writeFile(join(folder, 'a-article.txt'), LONG_ARABIC);
    await writeFile(
      join(folder, 'b-report.docx'),
      await buildDocx(['First paragraph of the report.', 'Second paragraph.'], { title: 'Annual report' }),
    );
    await writeFile(
      join(folder, 'web', 'c-page.html'),
      htmlPage({ title: 'Harvest starts early', lang: 'en', site: 'Valley Times', body: paragraphs(LONG_ENGLISH) }),
    );
    await writeFile(join(folder, 'd-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    await writeFile(join(folder, 'e-broken.csv'), 'title,text\nA,"open quote\n');
    await writeFile(join(folder, 'f-fake.docx'), 'not a zip');
    const corpus = join(dir, 'corpus');
    const result = await run(['import', folder, '--corpus', corpus]);
    expect(result.code).toBe(1);
    expect(result.out.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual([
      `imported ${join(folder, 'a-article.txt')}`,
      `imported ${join(folder, 'b-report.docx')}`,
      `imported ${join(folder, 'web', 'c-page.html')}`,
    ]);
    expect(result.err).toEqual([
      `failed\t${join(folder, 'd-binary.txt')}\tbinary data, not text (a NUL byte at byte 0)`,
      `failed\t${join(folder, 'e-broken.csv')}\tmalformed CSV at line 2: a quoted field is not closed`,
      `failed\t${join(folder, 'f-fake.docx')}\tnot a Word document: a .docx file is a ZIP archive and this one is not`,
    ]);
    expect((await list(corpus)).map((d) => [d.title, d.lang])).toEqual([
      ['a-article', 'ar'],
      ['Annual report', 'en'],
      ['Harvest starts early', 'en'],
    ]);
  });

  it('marks boilerplate, names the outlet and offers the split; --split stores the articles separately', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'page.txt'), ARABIC_SCRAPED_PAGE);
    const offered = await run(['import', join(dir, 'page.txt'), '--corpus', join(dir, 'one')]);
    expect(offered.code).toBe(0);
    expect(offered.out[0]).toMatch(
      /\t5 boilerplate blocks marked; outlet: الوكالة الوطنية للإعلام; 2 articles run together \(import with --split/,
    );
    const split = await run(['import', join(dir, 'page.txt'), '--corpus', join(dir, 'two'), '--split']);
    expect(split.out).toHaveLength(2);
    expect((await list(join(dir, 'two'))).map((d) => d.title)).toEqual(['page', 'الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة']);
    const again = await run(['import', join(dir, 'page.txt'), '--corpus', join(dir, 'two'), '--split']);
    expect(again).toMatchObject({ code: 0, out: [expect.stringMatching(/^duplicate\t.*page\.txt\t/)] });
  });

  it('asks for --map when a dataset’s text field is not recognised, and uses it when given', async () => {
    const dir = await temp.make();
    const csv = join(dir, 'set.csv');
    await writeFile(csv, `hed,copy\nHarvest,"${LONG_ENGLISH.replace(/"/g, '""')}"\n`);
    const corpus = join(dir, 'corpus');
    const without = await run(['import', csv, '--corpus', corpus]);
    expect(without.code).toBe(1);
    expect(without.err[0]).toMatch(/no field was recognised as the article text.*\(this file has: hed, copy\); pass --map text=FIELD$/);
    const mapped = await run(['import', csv, '--corpus', corpus, '--map', 'text=copy,title=hed']);
    expect(mapped.code).toBe(0);
    expect(mapped.out[0]).toMatch(/^imported\t.*set\.csv \(line 2\)\t\w+\ten\/ltr\tHarvest$/);
  });

  it('applies --max-size, writes --report and prints --json', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'big.txt'), LONG_ENGLISH);
    await writeFile(join(dir, 'small.txt'), 'A short note that fits.');
    const reportFile = join(dir, 'report.json');
    const result = await run([
      'import',
      join(dir, 'big.txt'),
      join(dir, 'small.txt'),
      '--corpus',
      join(dir, 'c'),
      '--max-size',
      '100B',
      '--report',
      reportFile,
    ]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(
      /big\.txt\tthe file is \d+ bytes, over the import limit of 100 bytes \(ISNAD_MAX_IMPORT_SIZE or --max-size raises it\)$/,
    );
    const report = JSON.parse(await readFile(reportFile, 'utf-8'));
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(['failed', 'imported']);
    const json = await run(['import', join(dir, 'small.txt'), '--corpus', join(dir, 'c'), '--json']);
    expect(JSON.parse(json.out.join('\n')).files[0].status).toBe('duplicate');
  });

  it('refuses bad options with exit code 2', async () => {
    const corpus = join(await temp.make(), 'c');
    expect(await run(['import', 'x.txt', '--corpus', corpus, '--map', 'body'])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--map takes TARGET=FIELD/)],
    });
    expect(await run(['import', 'x.txt', '--corpus', corpus, '--map', 'title=hed'])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/must name the text field/)],
    });
    expect(await run(['import', 'x.txt', '--corpus', corpus, '--max-size', 'huge'])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--max-size must be a size/)],
    });
  });

  it.skipIf(!permissionsApply)('reports a file it may not read, and still imports the rest', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'locked.txt'), LONG_ENGLISH);
    await chmod(join(dir, 'locked.txt'), 0);
    await writeFile(join(dir, 'open.txt'), LONG_ARABIC);
    const corpus = join(dir, 'corpus');
    const result = await runCliProcess(['import', join(dir, 'locked.txt'), join(dir, 'open.txt'), '--corpus', corpus], {
      honourPermissions: true,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`failed\t${join(dir, 'locked.txt')}\tpermission denied: the file cannot be read`);
    expect(result.stdout).toMatch(/^imported\t.*open\.txt\t/);
    await chmod(join(dir, 'locked.txt'), 0o644);
    expect(await list(corpus)).toHaveLength(1);
  });

  it('reads pasted text from stdin with "-"', async () => {
    const corpus = join(await temp.make(), 'corpus');
    const child = spawn(process.execPath, [BIN, 'import', '-', '--corpus', corpus], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stdin.end(ARABIC_SCRAPED_PAGE);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^imported\tPasted text\t\w+\tar\/rtl\t/);
  });
});
