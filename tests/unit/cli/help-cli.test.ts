import { afterEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const COMMANDS = ['import', 'export', 'list', 'search', 'annotations', 'serve', 'suggest', 'unlock'];

describe('isnad <command> --help', () => {
  it('prints each command’s usage within 80 columns and exits 0 without opening a corpus', async () => {
    const runs = await Promise.all(COMMANDS.map((name) => runCliProcess([name, '--help'])));
    for (const [i, name] of COMMANDS.entries()) {
      const { code, stdout, stderr } = runs[i] as Awaited<(typeof runs)[number]>;
      expect(code, name).toBe(0);
      expect(stderr, name).toBe('');
      expect(stdout, name).toMatch(new RegExp(`^usage: isnad ${name}\\b`));
      for (const line of stdout.trimEnd().split('\n')) expect([...line].length, `${name}: ${line}`).toBeLessThanOrEqual(80);
    }
    // -h, after other options too; a missing corpus is not looked at.
    const short = await runCliProcess(['list', '--corpus', '/no/such/corpus', '-h']);
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/^usage: isnad list --corpus DIR/);
  }, 120_000);

  it('the overview names every command and fits 80 columns', async () => {
    const { code, stdout } = await runCliProcess(['--help']);
    expect(code).toBe(0);
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    for (const line of stdout.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('refuses an impossible date in a filter with the reason, on one line', async () => {
    const corpus = await temp.make();
    for (const [bad, reason] of [
      ['2024-02-30', 'February 2024 has 29 days'],
      ['2024-13-45', 'there is no month 13'],
    ]) {
      const { code, stdout, stderr } = await runCliProcess(['annotations', '--corpus', corpus, '--from', bad as string]);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toContain(reason);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
