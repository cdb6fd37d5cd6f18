import { request } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
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

function api(h: Host, name: string, input: unknown): Promise<{ status: number; body: { ok: boolean; value?: any; error?: any } }> {
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
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

describe('suggestions over the browser-mode HTTP host', () => {
  it('suggests, accepts and rejects through the same contract the renderer uses', async () => {
    const staticDir = await temp.make();
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Isnad</title>');
    services = await openTestServices(await temp.make());
    host = await startHost({ services, staticDir });

    const added = await api(host, 'addDocument', { text: ARABIC_ARTICLE });
    const documentId = added.body.value.id;
    const suggested = await api(host, 'suggestAnnotations', { documentId });
    expect(suggested.status).toBe(200);
    const quote = suggested.body.value.suggestions.find(
      (s: { type: string; text: string }) => s.type === 'quote' && s.text === 'الوضع تحت السيطرة',
    );
    expect(quote.attributes.speakerName).toBe('خالد العمري');

    const accepted = await api(host, 'acceptSuggestions', { documentId, suggestions: [quote] });
    expect(accepted.body.value.annotations[0]).toMatchObject({ type: 'quote', origin: 'suggested', text: quote.text });

    const figure = suggested.body.value.suggestions.find((s: { type: string }) => s.type === 'figure');
    const rejected = await api(host, 'rejectSuggestion', {
      documentId,
      type: figure.type,
      start: figure.start,
      end: figure.end,
      text: figure.text,
    });
    expect(rejected.body.value.rejected).toBe(1);
    const after = await api(host, 'suggestAnnotations', { documentId });
    const ids = after.body.value.suggestions.map((s: { id: string }) => s.id);
    expect(ids).not.toContain(figure.id);
    expect(ids).not.toContain(quote.id);

    const bad = await api(host, 'suggestAnnotations', { documentId: '../x' });
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'documentId' } });
  });
});
