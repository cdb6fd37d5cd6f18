import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { runImport } from '../../../electron/services/import/pipeline';
import { sourcesFromPaths } from '../../../electron/services/import/sources';
import type { ImportReport } from '../../../shared/import/report';
import { runCli } from '../../helpers/cli';
import { LONG_ARABIC, LONG_ENGLISH } from '../../helpers/import-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const closers: Array<() => unknown> = [];
let services: Services | null = null;
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await services?.close();
  services = null;
  await temp.cleanup();
});

/** A chosen folder holding a file, links in and out of it, a /dev/zero link, a pipe and a socket. */
async function hostileFolder(): Promise<{ root: string; chosen: string; secret: string }> {
  const root = await temp.make();
  const chosen = join(root, 'chosen');
  await mkdir(join(chosen, 'sub'), { recursive: true });
  await writeFile(join(chosen, 'article.txt'), LONG_ENGLISH);
  const secret = join(root, 'secret.txt');
  await writeFile(secret, LONG_ARABIC);
  await symlink(join(chosen, 'article.txt'), join(chosen, 'sub', 'same-article.txt'));
  await symlink(secret, join(chosen, 'outside.txt'));
  await symlink('/dev/zero', join(chosen, 'zero.txt'));
  await symlink(join(root, 'nothing.txt'), join(chosen, 'broken.txt'));
  await symlink(join(chosen, 'sub'), join(chosen, 'loop'));
  execFileSync('mkfifo', [join(chosen, 'pipe.txt')]);
  const server = createServer().listen(join(chosen, 'socket.txt'));
  await new Promise((r) => server.once('listening', r));
  closers.push(() => new Promise((r) => server.close(r)));
  return { root, chosen, secret };
}

async function importFolder(paths: string[], followLinks = false): Promise<ImportReport> {
  services = await openTestServices(join(await temp.make(), 'corpus'));
  const sources = await sourcesFromPaths(paths, { followLinks });
  return runImport(
    services.ctx.store,
    sources,
    { maxFileBytes: 1 << 20, split: 'offer' },
    { update() {}, signal: new AbortController().signal },
  );
}

function byName(report: ImportReport, chosen: string): Record<string, string> {
  return Object.fromEntries(report.files.map((f) => [f.name.slice(chosen.length + 1), `${f.status}: ${f.reason ?? ''}`]));
}

describe('folder import and links', () => {
  it('does not leave the chosen folder through a link, and names devices, pipes and sockets exactly', async () => {
    const { chosen, secret } = await hostileFolder();
    const report = await importFolder([chosen]);
    const seen = byName(report, chosen);
    expect(seen['article.txt']).toMatch(/^imported/);
    expect(seen['sub/same-article.txt']).toMatch(/^duplicate/);
    expect(seen['outside.txt']).toBe(
      `skipped: a link to ${secret}, outside the chosen folder: not followed (use --follow-links to import it)`,
    );
    expect(seen['zero.txt']).toBe(
      'skipped: a link to /dev/zero, outside the chosen folder: not followed (use --follow-links to import it)',
    );
    expect(seen['broken.txt']).toMatch(/^skipped: a broken link \(to .*nothing\.txt\), not followed$/);
    expect(seen.loop).toMatch(/^skipped: a link to a folder \(.*sub\), not followed$/);
    expect(seen['pipe.txt']).toBe('skipped: a named pipe (FIFO), not a file: not imported');
    expect(seen['socket.txt']).toBe('skipped: a socket, not a file: not imported');
    expect(services!.ctx.store.listDocuments().map((d) => d.title)).toEqual(['article']);
  });

  it('with --follow-links imports what a link outside points to, still never a device, and walks a looping link once', async () => {
    const { chosen } = await hostileFolder();
    const report = await importFolder([chosen], true);
    const seen = byName(report, chosen);
    expect(seen['outside.txt']).toMatch(/^imported/);
    expect(seen['zero.txt']).toBe(
      'skipped: a link to a character device (such as /dev/zero or a terminal) (/dev/zero), not a file: not imported',
    );
    expect(seen['pipe.txt']).toMatch(/named pipe/);
    expect(Object.keys(seen).filter((n) => n.startsWith('loop/'))).toEqual(['loop/same-article.txt']);
    expect(services!.ctx.store.documentCount).toBe(2);
  });

  it('a device or a pipe named on its own is refused by what it is, at once', async () => {
    const { chosen } = await hostileFolder();
    const report = await importFolder(['/dev/zero', join(chosen, 'pipe.txt'), join(chosen, 'outside.txt')]);
    expect(report.files.map((f) => [f.status, f.reason ?? ''])).toEqual([
      ['failed', 'this is a character device (such as /dev/zero or a terminal), not a file: not imported'],
      ['failed', 'this is a named pipe (FIFO), not a file: not imported'],
      ['imported', ''],
    ]);
  });

  it('isnad import takes --follow-links', async () => {
    const { chosen } = await hostileFolder();
    const corpus = join(await temp.make(), 'corpus');
    const without = await runCli(['import', chosen, '--corpus', corpus, '--json']);
    expect(JSON.parse(without.out).totals.documents).toBe(1);
    const withLinks = await runCli(['import', chosen, '--corpus', corpus, '--json', '--follow-links']);
    expect(JSON.parse(withLinks.out).totals.documents).toBe(1);
  });
});
