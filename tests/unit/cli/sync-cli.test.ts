import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('isnad sync and isnad agreement refuse bad command lines clearly', () => {
  it('asks for --remote when the folder is empty, since there is nothing to sync yet', async () => {
    const dir = join(await temp.make(), 'new-corpus');
    const { code, err } = await runCli(['sync', '--corpus', dir]);
    expect(code).toBe(2);
    expect(err).toMatch(/is empty or missing: give --remote URL to clone/);
  });

  it('refuses a remote that is not http(s) or carries a token, before touching the network', async () => {
    const dir = join(await temp.make(), 'c');
    const ssh = await runCli(['sync', '--corpus', dir, '--remote', 'ssh://git.example/desk.git']);
    expect(ssh.code).toBe(1);
    expect(ssh.err).toMatch(/HTTP\(S\) only/);
    const leaky = await runCli(['sync', '--corpus', dir, '--remote', 'https://layla:tok-in-url-123@git.example/desk.git']);
    expect(leaky.code).toBe(1);
    expect(leaky.err).toMatch(/contains a password or token/);
    expect(leaky.err).not.toContain('tok-in-url-123');
  });

  it('rejects unknown options and stray arguments', async () => {
    expect((await runCli(['sync', '--bogus'])).code).toBe(2);
    expect((await runCli(['sync', 'extra'])).code).toBe(2);
    const badType = await runCli(['agreement', '--type', 'opinion']);
    expect(badType.code).toBe(2);
    expect(badType.err).toMatch(/--type must be quote, speaker or figure, got "opinion"/);
    expect((await runCli(['agreement', '--annotators', 'only-one'])).err).toMatch(/at least two/);
  });
});
