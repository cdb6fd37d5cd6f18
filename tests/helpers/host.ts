import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Host, startHost } from '../../electron/host/server';
import type { Services } from '../../electron/services/api';
import { openTestServices } from './services';
import type { TempDirs } from './temp';

/** What the host answers to an API call, as the renderer reads it. */
// `any`: the tests read values of many operations' shapes; the contract checks them, not these tests.
export type ApiAnswer = { ok: boolean; value?: any; error?: { code: string; message: string; field?: string } };

/** A static folder with the one page the host serves besides the API (and a script under assets/ when asked). */
export async function staticFolder(temp: TempDirs, withAssets = false): Promise<string> {
  const dir = await temp.make();
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Isnad</title>');
  if (withAssets) {
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  }
  return dir;
}

export interface RunningHost {
  host: Host;
  services: Services;
}

/**
 * The browser-mode host of one test at a time: `start` opens the services on a corpus (a fresh
 * temp folder unless named) and the real HTTP host over them; `stop` closes both (afterEach).
 */
export function testHosts(temp: TempDirs) {
  let running: RunningHost | null = null;
  return {
    async start(
      options: { corpusDir?: string; staticDir?: string; services?: Services; maxBodyBytes?: number; withAssets?: boolean } = {},
    ): Promise<RunningHost> {
      const services = options.services ?? (await openTestServices(options.corpusDir ?? (await temp.make())));
      const staticDir = options.staticDir ?? (await staticFolder(temp, options.withAssets));
      const host = await startHost({ services, staticDir, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) });
      running = { host, services };
      return running;
    },
    async stop(): Promise<void> {
      const was = running;
      running = null;
      await was?.host.close();
      await was?.services.close();
    },
  };
}

/** One API call as the renderer makes it: POST /api/<name> with the token, JSON in and out. */
export async function postApi(
  h: Host,
  name: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: ApiAnswer }> {
  const response = await fetch(`http://127.0.0.1:${h.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-isnad-token': h.token, ...headers },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as ApiAnswer };
}

/** The value of a call that must succeed; a refusal fails the test with its message. */
export async function apiValue<T>(h: Host, name: string, input: unknown): Promise<T> {
  const { body } = await postApi(h, name, input);
  if (!body.ok) throw new Error(`${name}: ${body.error?.code} ${body.error?.message}`);
  return body.value as T;
}
