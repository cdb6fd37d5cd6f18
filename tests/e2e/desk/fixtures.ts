import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { cloneCorpus } from '../../../electron/services/sync/engine';
import { startGitServer } from '../../helpers/git-server';
import { tokenSource } from '../../helpers/sync-fixtures';
import { api } from '../api';
import { type Server, startServer } from '../serve';

export const SHOTS = process.env.ISNAD_SCREENSHOTS ?? join(tmpdir(), 'isnad-screenshots');

export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** An Arabic article two reporters annotate differently. */
export const ARTICLE = [
  'قال الوزير أحمد سالم إن عدد الضحايا بلغ 75 شخصاً في المدينة.',
  'وأكدت الوزارة أن الوضع تحت السيطرة رغم الأضرار.',
  'وذكرت مصادر محلية أن الخسائر تجاوزت مليون دولار.',
].join('\n\n');
export const TITLE = 'بيان الوزارة عن الضحايا';

export const LAYLA = 'Layla Haddad <layla@desk.example>';
export const OMAR = 'Omar Said <omar@desk.example>';
export const SARA = 'Sara Nasser <sara@desk.example>';

function person(spec: string) {
  const m = /^(.*) <(.*)>$/.exec(spec);
  return { name: m?.[1] ?? spec, email: m?.[2] ?? '' };
}

export async function annotate(
  server: Server,
  documentId: string,
  type: 'quote' | 'speaker' | 'figure',
  words: string,
  over: { attributes?: Record<string, unknown>; verdict?: Record<string, unknown> } = {},
): Promise<string> {
  const start = ARTICLE.indexOf(words);
  if (start < 0) throw new Error(`not in the article: ${words}`);
  const made = await api<{ annotation: { id: string } }>(server, 'createAnnotation', {
    documentId,
    type,
    start,
    end: start + words.length,
    text: words,
    ...over,
  });
  return made.annotation.id;
}

/**
 * Two layers that differ: Layla and Omar annotate the same article (switching who "me" is
 * through the API, as two journalists would on two copies), then the copy is Sara's, the editor.
 *   - the first quote: Omar leaves out "في المدينة" (different boundaries)
 *   - the figure 75: Layla says verified, Omar false (different verdicts)
 *   - "الوضع تحت السيطرة": only Layla marked it
 *   - the figure "مليون دولار": both the same (agreement, not a disagreement)
 */
export async function twoLayers(server: Server): Promise<string> {
  await api(server, 'setAnnotator', person(LAYLA));
  const doc = await api<{ id: string }>(server, 'addDocument', { title: TITLE, text: ARTICLE });
  await annotate(server, doc.id, 'quote', 'عدد الضحايا بلغ 75 شخصاً في المدينة');
  await annotate(server, doc.id, 'figure', '75', { attributes: { value: 75, kind: 'count' }, verdict: { status: 'verified' } });
  await annotate(server, doc.id, 'quote', 'الوضع تحت السيطرة');
  await annotate(server, doc.id, 'figure', 'مليون دولار', { attributes: { value: 1000000, unit: 'USD', kind: 'money' } });
  await api(server, 'setAnnotator', person(OMAR));
  await annotate(server, doc.id, 'quote', 'عدد الضحايا بلغ 75 شخصاً');
  await annotate(server, doc.id, 'figure', '75', { attributes: { value: 75, kind: 'count' }, verdict: { status: 'false' } });
  await annotate(server, doc.id, 'figure', 'مليون دولار', { attributes: { value: 1000000, unit: 'USD', kind: 'money' } });
  await api(server, 'setAnnotator', person(SARA));
  return doc.id;
}

/** Runs a sync job through the API and waits for its end, as the Sync button does. */
export async function syncThroughApi(server: Server): Promise<void> {
  let job = await api<{ id: string; state: string; error?: string }>(server, 'syncCorpus', {});
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 200));
    job = await api(server, 'getJob', { jobId: job.id });
  }
  if (job.state !== 'done') throw new Error(`sync: ${job.error}`);
}

export interface Desk {
  /** The shared repository on the desk's real git server. */
  url: string;
  /** Omar's copy: cloned from the shared repository, with its own server, stopped at the end. */
  omarCopy(): Promise<Server>;
}

/**
 * Layla (on `server`) and a desk on a real git server that knows the tokens tok-layla and
 * tok-omar; the server and Omar's copy are stopped whatever the test's outcome.
 */
export async function withDesk(server: Server, corpusDir: string, body: (desk: Desk) => Promise<void>): Promise<void> {
  const git = await startGitServer({ tokens: { 'tok-layla': 'layla', 'tok-omar': 'omar' } });
  let omar: Server | null = null;
  try {
    const url = await git.createRepo('desk');
    await api(server, 'setAnnotator', person(LAYLA));
    await body({
      url,
      async omarCopy() {
        const omarDir = join(dirname(corpusDir), 'omar');
        await cloneCorpus(omarDir, url, tokenSource('tok-omar'));
        omar = await startServer(omarDir, undefined, { env: { ISNAD_ANNOTATOR: OMAR, ISNAD_GIT_TOKEN: 'tok-omar' } });
        return omar;
      },
    });
  } finally {
    await (omar as Server | null)?.stop();
    await git.close();
  }
}
