import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/api';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { runCliProcess } from '../../helpers/cli-process';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { tempDirs } from '../../helpers/temp';

const TOKEN = 'tok-cli-process-0123456789';
let server: GitServer;
const temp = tempDirs();
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
  // The built isnad inherits this process's environment: the token comes from ISNAD_GIT_TOKEN.
  process.env.ISNAD_GIT_TOKEN = TOKEN;
});
afterAll(async () => {
  delete process.env.ISNAD_GIT_TOKEN;
  await server.close();
  await temp.cleanup();
});

describe('the built isnad shares a corpus through a git server', { timeout: 300_000 }, () => {
  it('sync pushes a corpus, sync into an empty folder clones it under another annotator, and export --layer all shows both', async () => {
    const url = await server.createRepo('cli');
    const a = join(await temp.make(), 'corpus');
    const services = await openServices({
      corpusDir: a,
      mode: 'browser',
      version: '0.0.0-test',
      log: () => {},
      annotator: 'Layla Haddad <layla@desk.example>',
    });
    const doc = await services.dispatch('addDocument', { title: 'Budget', text: ENGLISH_ARTICLE });
    if (!doc.ok) throw new Error(doc.error.message);
    const id = (doc.value as { id: string }).id;
    const at = ENGLISH_ARTICLE.indexOf('$4.5 million');
    await services.dispatch('createAnnotation', { documentId: id, type: 'figure', start: at, end: at + 12, text: '$4.5 million' });
    await services.close();

    const pushed = await runCliProcess(['sync', '--corpus', a, '--remote', url]);
    expect(pushed.stderr).not.toContain(TOKEN);
    expect(pushed).toMatchObject({ code: 0 });
    expect(pushed.stdout).toMatch(/^pushed\t/m);

    const b = join(await temp.make(), 'colleague');
    const cloned = await runCliProcess(['sync', '--corpus', b, '--remote', url, '--annotator', 'Omar Said <omar@desk.example>', '--json']);
    expect(cloned.code).toBe(0);
    expect(JSON.parse(cloned.stdout)).toMatchObject({ integration: 'clone' });
    const out = join(await temp.make(), 'all.csv');
    expect((await runCliProcess(['export', '--corpus', b, '--out', out, '--layer', 'all'])).code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/,annotator$/);
    expect(csv).toMatch(/\$4\.5 million[\s\S]*,layla-[0-9a-f]{6}\r\n/);

    const again = await runCliProcess(['sync', '--corpus', a]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^received\t/m);
    const arabic = await runCliProcess(['sync', '--corpus', a, '--lang', 'ar']);
    expect(arabic.code).toBe(0);
    expect(arabic.stdout).toMatch(/^شورك\tلا جديد\nوصل\tلا جديد\n(أُرسل|محدّث)\thttp/);
    // Its steps on stderr are Arabic too, naming the server as it is written.
    const host = new URL(url).host;
    expect(arabic.stderr).toContain('حفظ تغييراتك\n');
    expect(arabic.stderr).toContain(`الاستلام من ${host}\n`);
    expect(arabic.stderr).toContain('دمج عمل الزملاء\n');
    expect(arabic.stderr).not.toMatch(/Saving|Receiving|Merging/);
    expect(again.stderr).toContain(`Saving your changes\nReceiving from ${host}\n`);
    const wrong = await runCliProcess(['sync', '--corpus', a, '--remote', `${server.origin}/missing.git`]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr.length).toBeGreaterThan(0);
    expect(`${wrong.stdout}${wrong.stderr}`).not.toContain(TOKEN);
  });
});
