import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FileCredentialStore,
  credentialChain,
  encryptedCodec,
  environmentCredentials,
  remoteKey,
} from '../../../electron/services/sync/credentials';
import { checkRemoteUrl } from '../../../electron/services/sync/layout';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());
const URL_A = 'https://git.desk.example/news/corpus.git';

describe('sync credentials', () => {
  it('takes the token from ISNAD_GIT_TOKEN, with any user name the server ignores', async () => {
    const env = { ISNAD_GIT_TOKEN: 'tok-env' } as NodeJS.ProcessEnv;
    expect(await environmentCredentials(env)?.get(URL_A)).toEqual({ username: 'isnad', password: 'tok-env' });
    expect(environmentCredentials({} as NodeJS.ProcessEnv)).toBeNull();
  });

  it('keeps tokens per remote in a file created readable by its owner only', async () => {
    const file = join(await temp.make(), 'nested', 'git-credentials.json');
    const store = new FileCredentialStore(file);
    await store.save(URL_A, { username: 'layla', password: 'tok-file' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await store.get('https://git.desk.example/news/corpus')).toEqual({ username: 'layla', password: 'tok-file' });
    expect(await store.get('https://git.desk.example/other.git')).toBeNull();
    await store.forget(URL_A);
    expect(await store.get(URL_A)).toBeNull();
  });

  it('refuses a credentials file that others can read, saying how to fix it', async () => {
    const file = join(await temp.make(), 'git-credentials.json');
    await writeFile(file, JSON.stringify({ version: 1, remotes: { [remoteKey(URL_A)]: { username: 'x', token: 'tok-open' } } }));
    await chmod(file, 0o644);
    const store = new FileCredentialStore(file);
    await expect(store.get(URL_A)).rejects.toThrow(/can be read by other users \(mode 644\).*chmod 600/);
    await chmod(file, 0o600);
    expect((await store.get(URL_A))?.password).toBe('tok-open');
  });

  it('refuses a damaged credentials file with its name, not a stack trace', async () => {
    const file = join(await temp.make(), 'git-credentials.json');
    await writeFile(file, '{ not json', { mode: 0o600 });
    await expect(new FileCredentialStore(file).get(URL_A)).rejects.toThrow(/not valid JSON/);
  });

  it('stores only ciphertext when an encryptor (the desktop safeStorage) is given', async () => {
    const file = join(await temp.make(), 'sync-credentials.json');
    const encryptor = {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from([...s].reverse().join(''), 'utf8'),
      decryptString: (b: Buffer) => [...b.toString('utf8')].reverse().join(''),
    };
    const store = new FileCredentialStore(file, { codec: encryptedCodec(encryptor) });
    await store.save(URL_A, { username: 'isnad', password: 'tok-secret-123' });
    expect(await readFile(file, 'utf8')).not.toContain('tok-secret-123');
    expect((await store.get(URL_A))?.password).toBe('tok-secret-123');
    const locked = new FileCredentialStore(file, { codec: encryptedCodec({ ...encryptor, isEncryptionAvailable: () => false }) });
    await expect(locked.save(URL_A, { username: 'i', password: 'x' })).rejects.toThrow(/no secure storage.*ISNAD_GIT_TOKEN/);
  });

  it('tries the environment before the stored tokens', async () => {
    const file = join(await temp.make(), 'c.json');
    const stored = new FileCredentialStore(file);
    await stored.save(URL_A, { username: 'u', password: 'tok-stored' });
    const chain = credentialChain([environmentCredentials({ ISNAD_GIT_TOKEN: 'tok-env' } as NodeJS.ProcessEnv), stored]);
    expect((await chain.get(URL_A))?.password).toBe('tok-env');
    expect((await credentialChain([null, stored]).get(URL_A))?.password).toBe('tok-stored');
  });

  it('refuses remote addresses that carry a token, or are not http(s)', () => {
    expect(() => checkRemoteUrl('https://layla:tok-in-url@git.example/x.git')).toThrow(/contains a password or token/);
    expect(() => checkRemoteUrl('git@github.com:desk/corpus.git')).toThrow(/not a web address|HTTP\(S\) only/);
    expect(() => checkRemoteUrl('ssh://git.example/x.git')).toThrow(/HTTP\(S\) only/);
    expect(checkRemoteUrl(' https://layla@git.example/x.git ')).toBe('https://layla@git.example/x.git');
  });
});
