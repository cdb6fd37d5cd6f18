// The desk's operations given bad input through the real browser-mode host (HTTP, token,
// JSON), as the renderer calls them, not through dispatch: a sync to a bad address or with a
// wrong token, an adjudication pair naming nobody, a curated edit that cannot apply. Each
// must answer with a coded error and an HTTP status that says so, and leave every stored
// file as it was (the corpus, every layer, the curated one).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/host/server';
import { type Services, openServices } from '../../../electron/services/api';
import { CURATED_LAYER } from '../../../shared/domain/annotator';
import type { JobStatus } from '../../../shared/contract/app';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { type ApiAnswer, apiValue, postApi, staticFolder } from '../../helpers/host';
import { tempDirs } from '../../helpers/temp';

const TOKEN = 'tok-desk-host-9f8e7d6c5b4a';
const temp = tempDirs();
let git: GitServer;
let host: Host | null = null;
let services: Services | null = null;

beforeAll(async () => {
  git = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
  // Tokens the app stores go to a file of this test run, never the user's.
  process.env.ISNAD_GIT_CREDENTIALS = join(await temp.make(), 'git-credentials.json');
});
afterAll(async () => {
  delete process.env.ISNAD_GIT_CREDENTIALS;
  await git.close();
  await temp.cleanup();
});
afterEach(async () => {
  await host?.close();
  await services?.close();
  host = null;
  services = null;
});

interface Answer extends ApiAnswer {
  status: number;
}

async function call(name: string, input: unknown): Promise<Answer> {
  const { status, body } = await postApi(host as Host, name, input);
  return { status, ...body };
}

const value = <T>(name: string, input: unknown): Promise<T> => apiValue<T>(host as Host, name, input);

/** Every stored file of the corpus and its content hash; git's folder and machine-local state (.isnad) apart. */
async function storedFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(dir, path);
      if (name === '.git' || name === '.isnad' || entry.name.endsWith('.lock')) continue;
      if (entry.isDirectory()) await visit(path);
      else
        out.set(
          name,
          createHash('sha1')
            .update(await readFile(path))
            .digest('hex'),
        );
    }
  };
  await visit(dir);
  return out;
}

/** A corpus with two annotators' layers on one Arabic document and a curated layer begun, served over HTTP. */
async function servedCorpus(): Promise<{ dir: string; documentId: string; curatedId: string }> {
  const dir = join(await temp.make(), 'corpus');
  const staticDir = await staticFolder(temp);
  services = await openServices({
    corpusDir: dir,
    mode: 'browser',
    version: '0.0.0-test',
    log: () => {},
    annotator: 'Layla Haddad <layla@desk.example>',
  });
  host = await startHost({ services, staticDir });
  const doc = await value<{ id: string; text: string }>('addDocument', { title: 'بيان الوزارة', text: ARABIC_ARTICLE });
  const at = (words: string) => ({ start: doc.text.indexOf(words), end: doc.text.indexOf(words) + words.length, text: words });
  await value('applyAnnotationEdits', {
    documentId: doc.id,
    edits: [{ kind: 'create', id: 'f1', type: 'figure', ...at('120'), attributes: { value: 120 }, verdict: { status: 'false' } }],
  });
  await value('setAnnotator', { name: 'Omar Said', email: 'omar@desk.example' });
  await value('applyAnnotationEdits', {
    documentId: doc.id,
    edits: [{ kind: 'create', id: 'f2', type: 'figure', ...at('120'), attributes: { value: 120 }, verdict: { status: 'verified' } }],
  });
  await value('applyCuratedEdits', {
    documentId: doc.id,
    edits: [{ kind: 'create', id: 'c1', type: 'figure', ...at('120'), attributes: { value: 120 }, verdict: { status: 'false' } }],
  });
  return { dir, documentId: doc.id, curatedId: 'c1' };
}

async function syncJob(): Promise<JobStatus> {
  let job = await value<JobStatus>('syncCorpus', {});
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 100));
    job = await value<JobStatus>('getJob', { jobId: job.id });
  }
  return job;
}

describe('the desk’s operations refuse bad input through the HTTP host, changing nothing stored', { timeout: 120_000 }, () => {
  it('a sync remote that is not an http(s) address, or no address at all: 400 invalid_input naming the url; nothing written, no git folder', async () => {
    const { dir } = await servedCorpus();
    const before = await storedFiles(dir);
    for (const url of ['not a web address', 'ssh://git@example.org/desk.git', 'file:///srv/desk.git']) {
      const answer = await call('setSyncRemote', { url, token: TOKEN });
      expect(answer.status).toBe(400);
      expect(answer.error?.code).toBe('invalid_input');
      expect(answer.error?.message).toMatch(/not a web address|HTTP\(S\) only/);
      expect(answer.error?.message).not.toContain(TOKEN);
    }
    const empty = await call('setSyncRemote', { url: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.error?.message).toMatch(/give the repository address/);
    // Syncing with no remote set says what to give, before anything is committed.
    const job = await syncJob();
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/no remote yet/);
    expect(await storedFiles(dir)).toEqual(before);
    expect((await readdir(dir)).includes('.git')).toBe(false);
    expect((await value<{ remoteUrl: string | null }>('getSyncStatus', {})).remoteUrl).toBeNull();
  });

  it('a wrong token: the sync job fails with the server’s refusal (HTTP 401), the token never in the answer, every layer as it was', async () => {
    const { dir, documentId } = await servedCorpus();
    const layers = async () => {
      const infos = await value<Array<{ annotator: { id: string } }>>('listLayers', { documentId });
      return Promise.all(infos.map((l) => value('getLayer', { documentId, annotator: l.annotator.id })));
    };
    const before = await storedFiles(dir);
    const document = await value('getDocument', { id: documentId });
    const listed = await layers();
    expect(listed).toHaveLength(3);
    const url = await git.createRepo('desk-host-token');
    await value('setSyncRemote', { url, token: 'tok-wrong-000000' });
    const job = await syncJob();
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/refused the token \(HTTP 401\)/);
    expect(JSON.stringify(job)).not.toContain('tok-wrong');
    const status = await value<{ lastError: { code: string; message: string } | null }>('getSyncStatus', {});
    expect(status.lastError?.message).toMatch(/HTTP 401/);
    // Committed on this computer (journals folded into layer files first), every annotation as it was, nothing pushed.
    expect(await layers()).toEqual(listed);
    expect([...(await storedFiles(dir)).keys()].filter((p) => !p.startsWith('layers/'))).toEqual(
      [...before.keys()].filter((p) => !p.startsWith('layers/')),
    );
    expect(await value('getDocument', { id: documentId })).toEqual(document);
    await expect(git.git('desk-host-token', ['rev-parse', '--verify', '--quiet', 'main'])).rejects.toThrow();
  });

  it('an adjudication pair naming nobody, or a layer id that is not one: a coded error, and the layers unchanged', async () => {
    const { dir, documentId } = await servedCorpus();
    const before = await storedFiles(dir);
    const malformed = await call('getLayer', { documentId, annotator: '../layla' });
    expect(malformed.status).toBe(400);
    expect(malformed.error?.code).toBe('invalid_input');
    const nobody = await call('getLayer', { documentId, annotator: 'nobody-000000' });
    expect(nobody.status).toBe(404);
    expect(nobody.error).toMatchObject({ code: 'not_found', field: 'annotator' });
    expect(nobody.error?.message).toMatch(/no annotator "nobody-000000" has a layer/);
    const missingDoc = await call('getLayer', { documentId: 'd-no-such-document', annotator: CURATED_LAYER });
    expect(missingDoc.ok).toBe(false);
    expect(missingDoc.error?.code).toBe('not_found');
    const one = await call('computeAgreement', { documentIds: [documentId], annotators: ['layla-000000'] });
    expect(one.status).toBe(400);
    expect(one.error?.message).toMatch(/at least two annotators/);
    expect(await storedFiles(dir)).toEqual(before);
  });

  it('a curated edit that cannot apply (a span past the text, an unknown annotation, a bad verdict, nothing to do): refused whole, the curated layer as it was', async () => {
    const { dir, documentId, curatedId } = await servedCorpus();
    const before = await storedFiles(dir);
    const curated = await value(`getLayer`, { documentId, annotator: CURATED_LAYER });
    const bad: Array<[string, unknown, number, string, RegExp]> = [
      [
        'a span past the end of the text',
        [{ kind: 'create', id: 'c9', type: 'quote', start: 0, end: 10_000_000, text: 'x' }],
        400,
        'edits.0.end',
        /end must be at most the text length/,
      ],
      [
        'an annotation that is not there',
        [{ kind: 'update', id: 'c-missing', verdict: { status: 'false' } }],
        404,
        'edits.0.id',
        /c-missing/,
      ],
      [
        'a verdict that does not exist',
        [{ kind: 'update', id: curatedId, verdict: { status: 'maybe' } }],
        400,
        'edits.0.verdict.status',
        /verified/,
      ],
      [
        'a good edit beside a bad one (all or nothing)',
        [
          { kind: 'update', id: curatedId, verdict: { status: 'verified' } },
          { kind: 'delete', id: 'c-missing' },
        ],
        404,
        'edits.1.id',
        /c-missing/,
      ],
      ['nothing to do', [], 400, 'edits', /no edits/],
    ];
    for (const [what, edits, status, field, message] of bad) {
      const answer = await call('applyCuratedEdits', { documentId, edits });
      expect(answer.status, what).toBe(status);
      expect(answer.error?.code, what).toBe(status === 404 ? 'not_found' : 'invalid_input');
      expect(answer.error?.field, what).toBe(field);
      expect(answer.error?.message, what).toMatch(message);
    }
    const stale = await call('applyCuratedEdits', {
      documentId,
      edits: [{ kind: 'update', id: curatedId, verdict: { status: 'verified' } }],
      expectedRevision: 999,
    });
    expect(stale.ok).toBe(false);
    expect(await value('getLayer', { documentId, annotator: CURATED_LAYER })).toEqual(curated);
    expect(await storedFiles(dir)).toEqual(before);
  });
});
