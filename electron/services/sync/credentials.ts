import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { userDataDir } from '../paths';
import { codedError } from '../../../shared/error-text';

/** What a git server asks for: with a token, the user name is mostly ignored by servers. */
export interface GitCredentials {
  username: string;
  password: string;
}

/**
 * Where the token for a remote comes from. Tokens are kept out of the corpus, git's config
 * and every log line: the engine asks for them only when the server asks, and messages
 * name the source ("ISNAD_GIT_TOKEN"), never the value.
 */
export interface CredentialSource {
  get(url: string): Promise<GitCredentials | null>;
  /** Where a token would come from, for messages: "ISNAD_GIT_TOKEN", "the credentials file …". */
  readonly describe: string;
}

export interface CredentialStore extends CredentialSource {
  save(url: string, credentials: GitCredentials): Promise<void>;
  forget(url: string): Promise<void>;
}

/** Servers differ on what user name goes with a token; GitHub, GitLab and Gitea accept any. */
export const DEFAULT_TOKEN_USER = 'isnad';

/** The remote's key: origin and path, without a trailing ".git" or "/". */
export function remoteKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
}

/** ISNAD_GIT_TOKEN (and optionally ISNAD_GIT_USER), for the CLI and browser mode. */
export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): CredentialSource | null {
  const token = env.ISNAD_GIT_TOKEN;
  if (!token) return null;
  return { describe: 'ISNAD_GIT_TOKEN', get: async () => ({ username: env.ISNAD_GIT_USER || DEFAULT_TOKEN_USER, password: token }) };
}

/**
 * How a token is kept in the file: as typed (CLI, browser mode: the file's mode protects
 * it), or encrypted by the desktop's safeStorage (the OS keychain's key).
 */
export interface TokenCodec {
  encode(token: string): string;
  decode(stored: string): string;
}

const PLAIN: TokenCodec = { encode: (t) => t, decode: (t) => t };

/** What Electron's safeStorage offers; electron/main passes it in, so this file needs no `electron`. */
export interface StringEncryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Tokens encrypted with the OS keychain's key, for the desktop app. */
export function encryptedCodec(encryptor: StringEncryptor): TokenCodec {
  return {
    encode(token) {
      if (!encryptor.isEncryptionAvailable()) {
        throw codedError('unavailable', 'errors.sync.noKeychain');
      }
      return encryptor.encryptString(token).toString('base64');
    },
    decode: (stored) => encryptor.decryptString(Buffer.from(stored, 'base64')),
  };
}

interface CredentialsFile {
  version: 1;
  remotes: Record<string, { username: string; token: string }>;
}

export function defaultCredentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.ISNAD_GIT_CREDENTIALS || join(userDataDir(env), 'git-credentials.json');
}

/**
 * A JSON file of tokens per remote, readable only by its owner (mode 600), outside the
 * corpus. A file others can read is refused rather than used: its token may already be
 * compromised, and using it silently would teach nobody to fix it.
 */
export class FileCredentialStore implements CredentialStore {
  readonly describe: string;
  readonly #codec: TokenCodec;
  constructor(
    readonly file: string,
    options: { codec?: TokenCodec; describe?: string } = {},
  ) {
    this.describe = options.describe ?? `the credentials file ${file}`;
    this.#codec = options.codec ?? PLAIN;
  }

  async #read(): Promise<CredentialsFile> {
    let info;
    try {
      info = await stat(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, remotes: {} };
      throw err;
    }
    if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
      const mode = (info.mode & 0o777).toString(8);
      throw codedError('forbidden', 'errors.sync.credentialsOpen', { file: this.file, mode });
    }
    let data: unknown;
    try {
      data = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      throw codedError('corrupt_data', 'errors.sync.credentialsNotJson', { file: this.file });
    }
    const remotes = (data as Partial<CredentialsFile>)?.remotes;
    if (typeof remotes !== 'object' || remotes === null) {
      throw codedError('corrupt_data', 'errors.sync.credentialsNoRemotes', { file: this.file });
    }
    return { version: 1, remotes };
  }

  async get(url: string): Promise<GitCredentials | null> {
    const entry = (await this.#read()).remotes[remoteKey(url)];
    return entry && typeof entry.token === 'string'
      ? { username: entry.username || DEFAULT_TOKEN_USER, password: this.#codec.decode(entry.token) }
      : null;
  }

  async #write(data: CredentialsFile): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    // Created 600 from the first byte: a chmod after writing would leave a moment when it is readable.
    const temp = `${this.file}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file).catch(async (err: unknown) => {
      await unlink(temp).catch(() => {});
      throw err;
    });
  }

  async save(url: string, credentials: GitCredentials): Promise<void> {
    const data = await this.#read();
    data.remotes[remoteKey(url)] = { username: credentials.username, token: this.#codec.encode(credentials.password) };
    await this.#write(data);
  }

  async forget(url: string): Promise<void> {
    const data = await this.#read();
    delete data.remotes[remoteKey(url)];
    await this.#write(data);
  }
}

/** The environment first (a script's explicit choice), then the stored tokens. */
export function credentialChain(sources: Array<CredentialSource | null>): CredentialSource {
  const present = sources.filter((s): s is CredentialSource => s !== null);
  return {
    describe: present.map((s) => s.describe).join(' or ') || 'ISNAD_GIT_TOKEN',
    async get(url) {
      for (const source of present) {
        const found = await source.get(url);
        if (found) return found;
      }
      return null;
    },
  };
}
