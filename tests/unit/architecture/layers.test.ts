import { execFile } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/child';
import { tempDirs } from '../../helpers/temp';

/**
 * The layer rules must fail the build on a wrong import, not just describe the house. Each
 * test lays out a small tree shaped like the repository in a temp folder (node_modules
 * linked to ours), runs the project's own linter config or core tsconfig over it, and reads
 * the verdict: the bad tree fails with the rule named, the same tree without the bad file passes.
 */
const temp = tempDirs();
afterEach(() => temp.cleanup());

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await temp.make('isnad-layers-');
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

function run(cwd: string, bin: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'node_modules', bin), ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

const lint = (cwd: string) =>
  run(cwd, 'dependency-cruiser/bin/dependency-cruise.mjs', [
    '--config',
    join(ROOT, '.dependency-cruiser.cjs'),
    'shared',
    'electron',
    'renderer/src',
  ]);

const GOOD = {
  'shared/errors.ts': 'export class IsnadError extends Error {}\n',
  'shared/text/offsets.ts': "import { IsnadError } from '../errors';\nexport const fail = () => new IsnadError();\n",
  'shared/domain/annotation.ts': "import { fail } from '../text/offsets';\nexport const check = fail;\n",
  'shared/contract/index.ts': "import { check } from '../domain/annotation';\nexport const contract = { check };\n",
  'electron/services/store.ts': "import { contract } from '../../shared/contract/index';\nexport const store = contract;\n",
  'electron/main/index.ts':
    "import { app } from 'electron';\nimport { store } from '../services/store';\nexport const main = [app, store];\n",
  'renderer/src/client.ts': "import { contract } from '../../shared/contract/index';\nexport const api = contract;\n",
};

describe('the layer rules (npm run lint)', () => {
  it('pass a tree whose imports all point inward', async () => {
    const { code, output } = await lint(await tree(GOOD));
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  }, 30_000);

  it('fail on renderer → electron, shared → node:fs, electron outside the shell, an upward arrow in shared/ and a new cycle', async () => {
    const dir = await tree({
      ...GOOD,
      'renderer/src/bad.ts': "import { store } from '../../electron/services/store';\nexport const leak = store;\n",
      'shared/text/read.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'electron/services/dialog.ts': "import { dialog } from 'electron';\nexport const ask = dialog;\n",
      'shared/text/up.ts': "import { check } from '../domain/annotation';\nexport const up = check;\n",
      'shared/domain/asks-contract.ts': "import { contract } from '../contract/index';\nexport const c = contract;\n",
      'electron/services/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'electron/services/b.ts': "import type { a } from './a';\nexport const b = 1;\nexport type A = typeof a;\n",
    });
    const { code, output } = await lint(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/renderer-not-electron: renderer\/src\/bad\.ts → electron\/services\/store\.ts/);
    expect(output).toMatch(/shared-no-node: shared\/text\/read\.ts → (node:)?fs/);
    expect(output).toMatch(/electron-module-only-in-shell: electron\/services\/dialog\.ts → /);
    expect(output).toMatch(/shared-text-below-domain: shared\/text\/up\.ts → shared\/domain\/annotation\.ts/);
    expect(output).toMatch(/shared-contract-on-top: shared\/domain\/asks-contract\.ts → shared\/contract\/index\.ts/);
    // A cycle made only of a type import is still a cycle.
    expect(output).toMatch(/no-circular: electron\/services\/(a|b)\.ts/);
    expect(output).not.toMatch(/electron\/main\/index\.ts → /);
  }, 30_000);
});

describe('the core tsconfig (npm run typecheck)', () => {
  async function typecheck(files: Record<string, string>) {
    const dir = await tree({
      ...files,
      'tsconfig.json': JSON.stringify({
        extends: join(ROOT, 'tsconfig.core.json'),
        files: [join(ROOT, 'shared/types/universal.d.ts')],
        include: ['shared'],
      }),
    });
    return run(dir, 'typescript/bin/tsc', ['-p', 'tsconfig.json', '--pretty', 'false']);
  }

  it('lets shared/ use what every runtime has (TextDecoder, structuredClone, libraries whose typings mention Node)', async () => {
    const { code, output } = await typecheck({
      'shared/ok.ts': [
        "import Papa from 'papaparse';",
        "export const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x61]));",
        'export const copy = structuredClone({ a: 1 });',
        "export const rows = Papa.parse<string[]>('a,b').data;",
      ].join('\n'),
    });
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('makes a DOM or Node global in shared/ a compile error, even beside a library whose typings reference Node', async () => {
    const { code, output } = await typecheck({
      'shared/bad.ts': [
        "import Papa from 'papaparse';",
        'export const parse = Papa.parse;',
        'export const title = document.title;',
        "export const bytes = Buffer.from('x');",
        'export const env = process.env;',
        'export const later = setTimeout;',
      ].join('\n'),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/shared\/bad\.ts\(3,\d+\): error TS\d+: Cannot find name 'document'/);
    expect(output).toMatch(/shared\/bad\.ts\(4,\d+\): error TS\d+: Cannot find name 'Buffer'/);
    expect(output).toMatch(/shared\/bad\.ts\(5,\d+\): error TS\d+: Cannot find name 'process'/);
    expect(output).toMatch(/shared\/bad\.ts\(6,\d+\): error TS\d+: Cannot find name 'setTimeout'/);
  }, 60_000);
});
