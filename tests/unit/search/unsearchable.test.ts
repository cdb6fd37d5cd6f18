import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Services, openServices } from '../../../electron/services/api';
import { SearchCacheFile } from '../../../electron/services/search/cache';
import { IsnadError } from '../../../shared/errors';
import { reasonText } from '../../../shared/error-text';
import { translatorFor } from '../../../shared/i18n/translate';
import { runCli } from '../../helpers/cli';
import { AR_DIPLOMACY, EN_BUDGET, EN_STATE } from '../../helpers/search-fixtures';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];
const LIMIT = 'ISNAD_SEARCH_MAX_CHARS';

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  delete process.env[LIMIT];
  await temp.cleanup();
});

async function services(dir: string, log: string[] = []): Promise<Services> {
  const s = await openServices({ corpusDir: dir, mode: 'browser', version: 't', log: (m) => log.push(m) });
  open.push(s);
  return s;
}

async function close(s: Services): Promise<void> {
  open.splice(open.indexOf(s), 1);
  await s.close();
}

async function search(s: Services, query: string, more: Record<string, unknown> = {}) {
  const result = await s.dispatch('searchCorpus', { query, ...more });
  if (!result.ok) throw IsnadError.from(result.error);
  return result.value as Awaited<ReturnType<Services['ctx']['catalog']['search']>>;
}

/** Three articles, the budget one far longer than the others (a long scrape). */
async function seeded(dir: string) {
  const s = await services(dir);
  const { store } = s.ctx;
  const ids = {
    diplomacy: (await store.addDocument({ title: 'بلينكن في الدوحة', text: AR_DIPLOMACY })).id,
    state: (await store.addDocument({ title: 'Secretary in Doha', text: EN_STATE })).id,
    long: (
      await store.addDocument({ title: 'Council budget, every line', text: `${EN_BUDGET}\n\n${'The council met again. '.repeat(400)}` })
    ).id,
  };
  await close(s);
  return ids;
}

describe('a document search cannot index', () => {
  it('is listed as not searchable with its reason, and every other document is still found', async () => {
    const dir = await temp.make();
    const ids = await seeded(dir);
    // A document file damaged on disk, with the index to be built again from the documents.
    await writeFile(join(dir, 'documents', `${ids.state}.json`), '{"id": "broken');
    await new SearchCacheFile(dir).remove();
    const log: string[] = [];
    const s = await services(dir, log);
    const found = await search(s, 'council');
    expect(found.documents.map((d) => d.documentId)).toEqual([ids.long]);
    expect(found.unsearchableCount).toBe(1);
    // The cause is said once: "it could not be read (…json is not valid JSON (Unterminated string …))".
    expect(found.unsearchable[0]?.reason.match(/not valid JSON/g)).toHaveLength(1);
    expect(found.unsearchable).toEqual([
      {
        documentId: ids.state,
        title: 'Secretary in Doha',
        reason: expect.stringMatching(/could not be read.*not valid JSON/),
        reasonId: 'errors.search.unreadable',
        reasonValues: expect.objectContaining({ detailId: 'errors.store.notJson' }),
      },
    ]);
    expect((await search(s, 'الدوحة')).documents.map((d) => d.documentId)).toEqual([ids.diplomacy]);
    const status = await s.dispatch('getSearchStatus', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'ready', unsearchableCount: 1, unsearchable: [{ documentId: ids.state }] } });
    expect(log.join('\n')).toMatch(/not searchable: it could not be read/);
  });

  it('over ISNAD_SEARCH_MAX_CHARS, is left out with that reason until the limit is raised, without being tried on every open', async () => {
    const dir = await temp.make();
    const ids = await seeded(dir);
    process.env[LIMIT] = '5k';
    const log: string[] = [];
    const s = await services(dir, log);
    const found = await search(s, 'council');
    expect(found.documents).toEqual([]);
    expect(found.unsearchable).toEqual([
      {
        documentId: ids.long,
        title: 'Council budget, every line',
        reason: expect.stringMatching(/characters long, over the search limit of 5,000 \(ISNAD_SEARCH_MAX_CHARS\)/),
        reasonId: 'errors.search.tooLong',
        reasonValues: { length: expect.any(Number), limit: 5000, variable: LIMIT },
      },
    ]);
    // Read in Arabic, the reason is Arabic with Arabic-Indic digits; the variable's name stays as typed.
    const arabic = reasonText(translatorFor({ language: 'ar', digits: 'arab' }), found.unsearchable[0] ?? { reason: '' });
    expect(arabic).toMatch(/^طوله [٠-٩٬]+ محرفًا، أكثر من حد البحث \(٥٬٠٠٠؛ ‏\u2068ISNAD_SEARCH_MAX_CHARS\u2069\)$/);
    expect((await search(s, 'werberg')).documents.map((d) => d.documentId)).toEqual([ids.state]);
    await close(s);

    // Reopened with the same limit: remembered, not read and refused again.
    const again: string[] = [];
    const reopened = await services(dir, again);
    expect((await search(reopened, 'werberg')).unsearchableCount).toBe(1);
    expect(again.join('\n')).not.toMatch(/not searchable/);
    await close(reopened);

    // The CLI says so too, on stderr, and in --json.
    const cli = await runCli(['search', 'council', '--corpus', dir]);
    expect(cli.out).toMatch(/No documents match/);
    expect(cli.err).toContain(`note: 1 document is not searchable:\n  ${ids.long}\tCouncil budget, every line\tit is`);
    expect(JSON.parse((await runCli(['search', 'werberg', '--corpus', dir, '--json'])).out).notSearchable).toHaveLength(1);

    delete process.env[LIMIT];
    const raised = await services(dir);
    const all = await search(raised, 'council');
    expect(all.documents.map((d) => d.documentId)).toEqual([ids.long]);
    expect(all.unsearchableCount).toBe(0);
  });

  it('refuses a limit that is not a number of characters, naming the variable', async () => {
    const dir = await temp.make();
    process.env[LIMIT] = 'lots';
    await expect(services(dir)).rejects.toThrow(/ISNAD_SEARCH_MAX_CHARS="lots" is not a number of characters/);
    process.env[LIMIT] = '0';
    await expect(services(dir)).rejects.toThrow(/ISNAD_SEARCH_MAX_CHARS="0"/);
  });
});

describe('leaving out boilerplate', () => {
  it('finds words only outside excluded regions when asked, and shows no hit inside them', async () => {
    const dir = await temp.make();
    const s = await services(dir);
    const text = 'The council approved the budget.\n\nRead also: the ceasefire talks in Doha resumed.\n\nThe mayor said the talks helped.';
    const start = text.indexOf('Read also');
    const end = text.indexOf('\n\nThe mayor');
    const doc = await s.ctx.store.addDocument({
      title: 'Budget',
      text,
      regions: [{ id: 'r1', start, end, kind: 'read-also', label: 'Read also', excluded: true }],
    });
    expect((await search(s, 'ceasefire')).total).toBe(1);
    expect((await search(s, 'ceasefire', { skipExcluded: true })).total).toBe(0);
    expect((await search(s, '"ceasefire talks"', { skipExcluded: true })).total).toBe(0);
    // An excluded word no longer rules the document out either.
    expect((await search(s, 'talks -doha', { skipExcluded: true })).total).toBe(1);
    const talks = await search(s, 'talks', { skipExcluded: true });
    expect(talks.documents[0]?.hitCount).toBe(1);
    expect(talks.documents[0]?.snippets.map((h) => h.start)).toEqual([text.lastIndexOf('talks')]);
    const inDocument = await s.dispatch('searchDocument', { documentId: doc.id, query: 'talks', skipExcluded: true });
    expect(inDocument).toMatchObject({ ok: true, value: { hitCount: 1 } });
    const everywhere = await s.dispatch('searchDocument', { documentId: doc.id, query: 'talks' });
    expect(everywhere).toMatchObject({ ok: true, value: { hitCount: 2 } });

    // The region turned back into text: found again.
    await s.ctx.store.updateDocument({
      id: doc.id,
      regions: [{ id: 'r1', start, end, kind: 'read-also', label: 'Read also', excluded: false }],
    });
    expect((await search(s, 'ceasefire', { skipExcluded: true })).total).toBe(1);
  });

  it('runs from the CLI with --skip-excluded', async () => {
    const dir = await temp.make();
    const s = await services(dir);
    const text = 'Talks resumed.\n\nRelated: ceasefire news.';
    await s.ctx.store.addDocument({
      title: 'T',
      text,
      regions: [{ id: 'r1', start: text.indexOf('Related'), end: text.length, kind: 'related', label: '', excluded: true }],
    });
    await close(s);
    expect((await runCli(['search', 'ceasefire', '--corpus', dir])).out).toMatch(/^1 document/);
    expect((await runCli(['search', 'ceasefire', '--skip-excluded', '--corpus', dir])).out).toMatch(/No documents match/);
  });
});
