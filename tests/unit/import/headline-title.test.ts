import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { DocumentSummary } from '../../../shared/domain/document';
import { headlineOf } from '../../../shared/import/lines';
import { call, importThroughContract } from '../../helpers/import';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
let services: Services | null = null;
afterEach(async () => {
  await services?.close();
  services = null;
  await temp.cleanup();
});

const HEADLINED = ['هدنة السودان: 75 عاماً من النزاع على الحدود', '', 'قال الوزير في مؤتمر صحفي إن المفاوضات ستستمر حتى نهاية الشهر.'].join(
  '\n',
);
const PROSE_FIRST = 'The city council approved a budget of $4.5 million on Tuesday.\n\nLopez added that 30 percent would go to schools.';

describe('a headline on the first line titles the article', () => {
  it('reads a headline, a Markdown heading, and not a sentence or a lone line', () => {
    expect(headlineOf(HEADLINED)).toBe('هدنة السودان: 75 عاماً من النزاع على الحدود');
    expect(headlineOf('# Council passes the budget\n\nThe council voted on Tuesday.')).toBe('Council passes the budget');
    expect(headlineOf(PROSE_FIRST)).toBe('');
    expect(headlineOf('Only a headline here')).toBe('');
    expect(headlineOf('- a bullet item line\n\nbody text follows.')).toBe('');
  });

  it('a .txt file gets its headline as title; one starting with prose keeps its file name', async () => {
    services = await openTestServices(join(await temp.make(), 'corpus'));
    const report = await importThroughContract(services, [
      { name: 'sudan-2024.txt', bytes: HEADLINED },
      { name: 'budget.txt', bytes: PROSE_FIRST },
    ]);
    expect(report.files.map((f) => f.documents[0]?.title)).toEqual(['هدنة السودان: 75 عاماً من النزاع على الحدود', 'budget']);
  });

  it('after a split, each article is titled by its own first-line headline', async () => {
    services = await openTestServices(join(await temp.make(), 'corpus'));
    const page = [HEADLINED, '', 'Council passes the budget', '', PROSE_FIRST].join('\n');
    const report = await importThroughContract(services, [{ name: 'page.txt', bytes: page }]);
    const id = report.files[0]!.documents[0]!.id;
    const at = [page.indexOf('Council passes')];
    const { documents } = await call<{ documents: DocumentSummary[] }>(services, 'splitDocument', { id, at });
    expect(documents.map((d) => d.title)).toEqual(['هدنة السودان: 75 عاماً من النزاع على الحدود', 'Council passes the budget']);
  });
});
