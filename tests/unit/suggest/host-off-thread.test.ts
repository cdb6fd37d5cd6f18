import { request } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { stopSuggestWorker, suggestOffThread } from '../../../electron/services/suggest/off-thread';
import { suggest } from '../../../shared/suggest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
let host: Host | null = null;
let services: Services | null = null;
afterEach(async () => {
  await host?.close();
  await services?.close();
  host = services = null;
  await temp.cleanup();
});

function api(h: Host, name: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: h.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-isnad-token': h.token },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the host runs suggestions off its event loop', () => {
  it('answers other requests while a long article is being suggested', async () => {
    const staticDir = await temp.make();
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Isnad</title>');
    services = await openTestServices(await temp.make());
    host = await startHost({ services, staticDir });
    const h = host;
    // About 600 KB of paragraphs in both languages: seconds of rules on one core.
    const paragraph = `${ARABIC_ARTICLE}\n\n${ENGLISH_ARTICLE}\n\n`;
    const long = paragraph.repeat(Math.ceil((600 * 1024) / paragraph.length));
    const big = (await api(h, 'addDocument', { text: long })).value.id;
    const small = (await api(h, 'addDocument', { text: ENGLISH_ARTICLE })).value.id;

    let suggested: any = null;
    const run = api(h, 'suggestAnnotations', { documentId: big }).then((r) => (suggested = r));
    // The journalist opens another document while the long one is being suggested: each
    // request is sent after the one before was answered, so a host held up by the rules
    // would answer none of them until the suggestions were done.
    let answeredMeanwhile = 0;
    while (suggested === null) {
      await pause(50);
      const other = await api(h, 'getDocument', { id: small });
      expect(other.ok).toBe(true);
      if (suggested === null) answeredMeanwhile++;
    }
    await run;
    expect(suggested.ok).toBe(true);
    expect(suggested.value.suggestions.filter((s: { type: string }) => s.type === 'quote').length).toBeGreaterThan(1000);
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it('gives the same suggestions as the engine run in place, and starts again after its worker is stopped', async () => {
    const text = `${ARABIC_ARTICLE}\n\n${ENGLISH_ARTICLE}`;
    const excluded = [{ start: 0, end: 20 }];
    expect(await suggestOffThread(text, { excluded })).toEqual(suggest(text, { excluded }));
    await stopSuggestWorker();
    expect(await suggestOffThread(text, { types: ['figure'] })).toEqual(suggest(text, { types: ['figure'] }));
    expect(await suggestOffThread(text, { types: [] })).toEqual([]);
  }, 60_000);

  it('fails a request with a clear error when the worker is stopped under it, and the next one works', async () => {
    const text = ENGLISH_ARTICLE.repeat(2000);
    const running = suggestOffThread(text);
    await stopSuggestWorker();
    await expect(running).rejects.toThrow(/Suggestions failed/);
    expect((await suggestOffThread(ENGLISH_ARTICLE)).length).toBeGreaterThan(0);
  }, 60_000);
});
