import { afterEach, describe, expect, it } from 'vitest';
import { stopSuggestWorker, suggestOffThread } from '../../../electron/services/suggest/off-thread';
import { suggest } from '../../../shared/suggest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { type ApiAnswer, postApi, testHosts } from '../../helpers/host';
import { tempDirs } from '../../helpers/temp';
import type { Host } from '../../../electron/host/server';

const temp = tempDirs();
const hosts = testHosts(temp);
afterEach(async () => {
  await hosts.stop();
  await temp.cleanup();
});

const api = async (h: Host, name: string, input: unknown): Promise<ApiAnswer> => (await postApi(h, name, input)).body;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the host runs suggestions off its event loop', () => {
  it('answers other requests while a long article is being suggested', async () => {
    const { host: h } = await hosts.start();
    // About 600 KB of paragraphs in both languages: seconds of rules on one core.
    const paragraph = `${ARABIC_ARTICLE}\n\n${ENGLISH_ARTICLE}\n\n`;
    const long = paragraph.repeat(Math.ceil((600 * 1024) / paragraph.length));
    const big = (await api(h, 'addDocument', { text: long })).value.id;
    const small = (await api(h, 'addDocument', { text: ENGLISH_ARTICLE })).value.id;

    let suggested = null as ApiAnswer | null;
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
    expect(suggested?.ok).toBe(true);
    expect(suggested?.value.suggestions.filter((s: { type: string }) => s.type === 'quote').length).toBeGreaterThan(1000);
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
