import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The scorer of the suggestion engine, run as the team runs it (`npm run eval:suggest -- --gold DIR`),
// on an invented gold article: a sealed test set gives its totals but never its misses.
const ARTICLE = {
  id: 'x-en-council',
  lang: 'en',
  text: 'The council met on Monday.\n\n“We will cut the fares by 10%,” said Mayor Ann Lee.',
  quotes: [{ text: 'We will cut the fares by 10%', kind: 'direct', speaker: 'Ann Lee', cue: 'said' }],
  speakers: [{ text: 'Ann Lee', name: 'Ann Lee' }],
  figures: [{ text: '10%', value: 10, kind: 'percent' }],
};

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function goldFolder(name: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'isnad-eval-'));
  const folder = join(dir, name);
  await mkdir(folder);
  await writeFile(join(folder, `${ARTICLE.id}.json`), JSON.stringify(ARTICLE));
  return folder;
}

function score(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'bench/eval/run.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('eval:suggest on a sealed test set', () => {
  it('refuses to print the misses of a folder named sealed-*, and prints nothing of its articles', async () => {
    const folder = await goldFolder('sealed-x');
    const run = score('--gold', folder, '--split', '--details');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a sealed test set; its misses are never shown');
    expect(run.stdout).not.toContain(ARTICLE.id);
  });

  it('still scores it, and a development folder still shows its misses', async () => {
    const sealed = await goldFolder('sealed-x');
    const totals = score('--gold', sealed);
    expect(totals.status).toBe(0);
    expect(totals.stdout).toContain('Suggestion engine on 1 gold articles');
    await rm(dir, { recursive: true, force: true });
    const dev = await goldFolder('blind-x-dev');
    const details = score('--gold', dev, '--split', '--details');
    expect(details.status).toBe(0);
    expect(details.stderr).not.toContain('sealed');
  });
});
