import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { staticFolder } from '../../helpers/host';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
let host: Host | null = null;
let services: Services | null = null;

afterEach(async () => {
  await host?.close();
  await services?.close();
  host = null;
  services = null;
  await temp.cleanup();
});

async function start(options: { maxBodyBytes?: number } = {}): Promise<Host> {
  const staticDir = await staticFolder(temp, true);
  services = await openTestServices(await temp.make());
  host = await startHost({ services, staticDir, ...options });
  return host;
}

/** Raw HTTP so the Host header can be forged, as a DNS-rebinding page would. */
function call(h: Host, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

function api(h: Host, name: string, input: unknown, headers: Record<string, string> = {}) {
  return call(h, `/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-isnad-token': h.token, ...headers },
    body: JSON.stringify(input),
  });
}

describe('browser-mode host', () => {
  it('binds to 127.0.0.1 and prints a URL carrying a random token', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const other = await startHost({ services: services as Services, staticDir: await temp.make() });
    expect(other.token).not.toBe(h.token);
    await other.close();
  });

  it('serves the contract to a caller with the token', async () => {
    const h = await start();
    const added = await api(h, 'addDocument', { title: 'خبر', text: ARABIC_ARTICLE });
    expect(added.status).toBe(200);
    expect(JSON.parse(added.body)).toMatchObject({ ok: true, value: { lang: 'ar', dir: 'rtl' } });
    const list = JSON.parse((await api(h, 'listDocuments', {})).body);
    expect(list.value).toHaveLength(1);
  });

  it('refuses API calls without the token, or with a wrong one, and writes nothing', async () => {
    const h = await start();
    const missing = await call(h, '/api/addDocument', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x' }),
    });
    expect(missing.status).toBe(403);
    const wrong = await api(h, 'addDocument', { text: 'x' }, { 'x-isnad-token': 'guess' });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(services?.ctx.store.documentCount).toBe(0);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const h = await start();
    const rebound = await api(h, 'listDocuments', {}, { host: `evil.example:${h.port}` });
    expect(rebound.status).toBe(421);
    const page = await call(h, '/', { headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
    const ok = await api(h, 'listDocuments', {}, { host: `localhost:${h.port}` });
    expect(ok.status).toBe(200);
  });

  it('answers invalid input with the field at fault', async () => {
    const h = await start();
    const res = await api(h, 'addDocument', { text: '' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'text' } });
    const notJson = await call(h, '/api/listDocuments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-isnad-token': h.token },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves pages with the strict CSP and never outside the static folder', async () => {
    const h = await start();
    const page = await call(h, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
    expect((await call(h, '/assets/app.js')).headers['content-type']).toContain('javascript');
    expect((await call(h, '/../../etc/passwd')).status).toBe(404);
    expect((await call(h, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('hands an export to the browser as a download: token required, unknown or expired ids are 404, scratch files removed on close', async () => {
    const h = await start();
    const added = JSON.parse((await api(h, 'addDocument', { title: 'غزة', text: ARABIC_ARTICLE })).body).value;
    const job = JSON.parse((await api(h, 'startExport', { format: 'json', filter: { documentIds: [added.id] } })).body).value;
    const done = await (services as Services).ctx.jobs.wait(job.id);
    expect(done.state).toBe('done');
    const { downloadId, fileName } = done.result as { downloadId: string; fileName: string };
    const path = (services as Services).ctx.downloads.get(downloadId).path;

    const file = await call(h, `/api/download/${downloadId}?token=${h.token}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    expect(Number(file.headers['content-length'])).toBe(Buffer.byteLength(file.body));
    expect(JSON.parse(file.body).documents[0].text).toBe(ARABIC_ARTICLE);

    expect((await call(h, `/api/download/${downloadId}`)).status).toBe(403);
    expect((await call(h, `/api/download/${downloadId}?token=wrong`)).status).toBe(403);
    expect((await call(h, `/api/download/f-nothing?token=${h.token}`)).status).toBe(404);
    await rm(path);
    const gone = await call(h, `/api/download/${downloadId}?token=${h.token}`);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.body).error.message).toMatch(/expired; export again/);

    const report = JSON.parse((await api(h, 'startExport', { format: 'csv', filter: {} })).body).value;
    const second = (await (services as Services).ctx.jobs.wait(report.id)).result as { downloadId: string };
    const scratch = dirname((services as Services).ctx.downloads.get(second.downloadId).path);
    expect(existsSync(scratch)).toBe(true);
    await (services as Services).close();
    services = null;
    expect(existsSync(scratch)).toBe(false);
  });

  it('refuses a body over the limit with 413 and a reason, storing nothing', async () => {
    const h = await start({ maxBodyBytes: 4096 });
    const res = await api(h, 'addDocument', { title: 'big', text: 'x'.repeat(10_000) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/request body is over/) },
    });
    const list = await api(h, 'listDocuments', {});
    expect(JSON.parse(list.body).value).toEqual([]);
    expect((await api(h, 'addDocument', { title: 'small', text: 'A short article.' })).status).toBe(200);
  });
});
