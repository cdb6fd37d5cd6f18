import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../../electron/services/api';
import { SaveQueue, type SaveStatus } from '../../../../renderer/src/features/document/save-queue';
import { IsnadError } from '../../../../shared/errors';
import type { Document } from '../../../../shared/domain/document';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../../helpers/fixtures';
import { openTestServices } from '../../../helpers/services';
import { tempDirs } from '../../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

/** A figure to create in one of the two documents ('en' or 'ar'). */
type Write = { doc: 'en' | 'ar'; id: string; text: string; start: number };

/**
 * The queue in front of the real services on a temp corpus holding an English and an Arabic
 * document. `down` makes the transport fail as an unreachable server does, until it is set back.
 */
async function setup(retryDelaysMs = [20, 40]) {
  const services = await openTestServices(await temp.make());
  open.push(services);
  const docs: Record<Write['doc'], Document> = { en: await add(services, ENGLISH_ARTICLE), ar: await add(services, ARABIC_ARTICLE) };
  const link = { down: false };
  const statuses: SaveStatus[] = [];
  const rejected: unknown[] = [];
  const queue = new SaveQueue<Write>({
    async send(w) {
      if (link.down) throw new IsnadError('unavailable', 'Isnad’s local server is not reachable.');
      const envelope = await services.dispatch('applyAnnotationEdits', {
        documentId: docs[w.doc].id,
        edits: [{ kind: 'create', id: w.id, type: 'figure', start: w.start, end: w.start + w.text.length, text: w.text }],
      });
      if (!envelope.ok) throw IsnadError.from(envelope.error);
    },
    documentOf: (w) => w.doc,
    onStatus: (s) => statuses.push(s),
    onRejected: (_w, err, dropped) => rejected.push({ err, dropped }),
    retryDelaysMs,
  });
  const stored = async (doc: Write['doc'] = 'en') => {
    const got = await services.dispatch('getDocument', { id: docs[doc].id });
    return got.ok ? (got.value as Document).annotations.map((a) => a.id) : [];
  };
  const at = (s: string, doc: Write['doc'] = 'en') => ({ doc, text: s, start: docs[doc].text.indexOf(s) });
  return { queue, link, statuses, rejected, stored, at };
}

async function add(services: Services, text: string): Promise<Document> {
  const added = await services.dispatch('addDocument', { text });
  if (!added.ok) throw new Error(added.error.message);
  return added.value as Document;
}

describe('SaveQueue', () => {
  it('retries while the server is unreachable, then stores every write in order', async () => {
    const { queue, link, statuses, stored, at } = await setup();
    link.down = true;
    queue.enqueue({ id: 'a', ...at('$4.5 million') });
    queue.enqueue({ id: 'b', ...at('30 percent') });
    await vi.waitFor(() => expect(statuses.filter((s) => s.state === 'retrying').length).toBeGreaterThanOrEqual(2));
    expect(queue.status).toMatchObject({ state: 'retrying', pending: 2, error: 'Isnad’s local server is not reachable.' });
    expect(await stored()).toEqual([]);
    link.down = false;
    await queue.whenIdle();
    expect(queue.status).toMatchObject({ state: 'saved', pending: 0, error: null });
    expect(await stored()).toEqual(['a', 'b']);
  });

  it('retries at once when asked', async () => {
    const { queue, link, stored, at } = await setup([60_000]); // only "Retry now" can save it in time
    link.down = true;
    queue.enqueue({ id: 'a', ...at('Tuesday') });
    await vi.waitFor(() => expect(queue.status.state).toBe('retrying'));
    link.down = false;
    queue.retryNow();
    await queue.whenIdle();
    expect(await stored()).toEqual(['a']);
  });

  it('reports a write the server refuses, with the writes built on it, instead of retrying forever', async () => {
    const { queue, rejected, stored, at } = await setup();
    queue.enqueue({ id: 'a', ...at('Tuesday') });
    queue.enqueue({ id: 'a', ...at('schools') }); // same id: a conflict the server refuses
    queue.enqueue({ id: 'c', ...at('council') });
    await queue.whenIdle();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ err: { code: 'conflict' }, dropped: [{ id: 'c' }] });
    expect(await stored()).toEqual(['a']);
    expect(queue.status.state).toBe('saved');
  });

  it('drops only the refused document’s later writes; another document’s queued writes are still stored', async () => {
    const { queue, rejected, stored, at } = await setup();
    queue.enqueue({ id: 'a', ...at('Tuesday') });
    queue.enqueue({ id: 'a', ...at('schools') }); // refused: the id is taken
    queue.enqueue({ id: 'x', ...at('120 شخصاً', 'ar') });
    queue.enqueue({ id: 'c', ...at('council') });
    queue.enqueue({ id: 'y', ...at('48 ساعة', 'ar') });
    await queue.whenIdle();
    expect(rejected).toEqual([
      expect.objectContaining({ err: expect.objectContaining({ code: 'conflict' }), dropped: [expect.objectContaining({ id: 'c' })] }),
    ]);
    expect(await stored('en')).toEqual(['a']);
    expect((await stored('ar')).sort()).toEqual(['x', 'y']);
    expect(queue.status).toMatchObject({ state: 'saved', pending: 0 });
  });

  it('tells each writer whether its own write was stored: after retries yes, when refused or built on a refused one no', async () => {
    const { queue, link, at } = await setup();
    link.down = true;
    const first = queue.enqueue({ id: 'a', ...at('Tuesday') });
    await vi.waitFor(() => expect(queue.status.state).toBe('retrying'));
    link.down = false;
    const refused = queue.enqueue({ id: 'a', ...at('schools') }); // the id is taken
    const builtOnIt = queue.enqueue({ id: 'c', ...at('council') });
    const otherDocument = queue.enqueue({ id: 'x', ...at('120 شخصاً', 'ar') });
    queue.retryNow();
    expect(await Promise.all([first, refused, builtOnIt, otherDocument])).toEqual([true, false, false, true]);
  });

  it('tells when one document’s writes are stored, while another document’s still wait', async () => {
    const { queue, link, stored, at } = await setup([60_000]);
    queue.enqueue({ id: 'x', ...at('120 شخصاً', 'ar') });
    await queue.whenSaved((w) => w.doc === 'ar');
    link.down = true;
    queue.enqueue({ id: 'a', ...at('Tuesday') });
    let saved = false;
    const en = queue.whenSaved((w) => w.doc === 'en').then(() => (saved = true));
    await queue.whenSaved((w) => w.doc === 'ar'); // nothing of the Arabic document is queued
    await vi.waitFor(() => expect(queue.status.state).toBe('retrying'));
    expect(saved).toBe(false);
    link.down = false;
    queue.retryNow();
    await en;
    expect(await stored('en')).toEqual(['a']);
    expect(await stored('ar')).toEqual(['x']);
  });
});
