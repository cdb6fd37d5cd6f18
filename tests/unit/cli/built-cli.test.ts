import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames, loadCommand } from '../../../electron/cli/main';
import { BUILT_CLI } from '../../../scripts/build-outputs';
import { BIN, runCliProcess } from '../../helpers/cli-process';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('the built isnad command', () => {
  it('is what package.json installs as `isnad`, and needs no TypeScript compiler at run time', () => {
    expect(join(dirname(new URL('../../../package.json', import.meta.url).pathname), pkg.bin.isnad)).toBe(BIN);
    expect(pkg.dependencies.tsx).toBeUndefined();
    const outDir = dirname(BUILT_CLI);
    const files = [
      BUILT_CLI,
      ...readdirSync(join(outDir, 'chunks'))
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => join(outDir, 'chunks', f)),
    ];
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ["'](tsx|typescript)[/"']/);
    expect(readFileSync(BUILT_CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // npm links the bin to this file; a build that left it unexecutable breaks `npx isnad`.
    expect(statSync(BUILT_CLI).mode & 0o111).toBe(0o111);
  });

  it('lists every command with its usage, each loaded from its own chunk', async () => {
    const help = await runCliProcess(['--help']);
    expect(help.code).toBe(0);
    for (const name of commandNames) {
      const command = await loadCommand(name);
      expect(command?.name).toBe(name);
      // The usage may wrap to fit 80 columns: compare it with the line breaks taken out.
      expect(help.stdout.replace(/\n\s+/g, ' ')).toContain(`  ${command?.usage}`.replace(/\s+/g, ' '));
    }
  });

  it('names the commands it knows when given one it does not', async () => {
    const result = await runCliProcess(['lst']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`isnad: unknown command "lst" (try: ${commandNames.join(', ')})`);
  });
});
