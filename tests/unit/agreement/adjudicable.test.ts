import { afterEach, describe, expect, it } from 'vitest';
import type { AdjudicableDocument } from '../../../shared/agreement/disagreements';
import type { Services } from '../../../electron/services/api';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

/** Invented for the test: two short reports a desk annotates. */
const REPORT = 'The mayor said 40 families left the district. Aid workers counted 35 tents by evening.';
const OTHER = 'The council met on Monday and approved 12 new bus lines for the suburbs.';

async function desk() {
  const services = await openTestServices(await temp.make());
  open.push(services);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const answer = await services.dispatch(name, input);
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.value as T;
  };
  const as = (name: string, email: string) => call('setAnnotator', { name, email });
  const mark = (documentId: string, text: string, type: string, words: string, verdict?: object) => {
    const start = text.indexOf(words);
    return call('createAnnotation', { documentId, type, start, end: start + words.length, text: words, ...(verdict ? { verdict } : {}) });
  };
  return { call, as, mark };
}

describe('listAdjudicable', () => {
  it('lists only documents two annotators marked, with who marked how many and the disagreements of the first pair', async () => {
    const { call, as, mark } = await desk();
    await as('Rana Aziz', 'rana@desk.example');
    const shared = await call<{ id: string }>('addDocument', { title: 'Families leave', text: REPORT });
    const alone = await call<{ id: string }>('addDocument', { title: 'Bus lines', text: OTHER });
    await mark(shared.id, REPORT, 'figure', '40', { status: 'verified' });
    await mark(shared.id, REPORT, 'figure', '35');
    await mark(shared.id, REPORT, 'speaker', 'The mayor');
    await mark(alone.id, OTHER, 'figure', '12');
    await as('Tariq Mansour', 'tariq@desk.example');
    await mark(shared.id, REPORT, 'figure', '40', { status: 'false' });
    // The editor's copy: no layer of her own on either document.
    await as('Nour Editor', 'nour@desk.example');
    const list = await call<AdjudicableDocument[]>('listAdjudicable', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      documentId: shared.id,
      title: 'Families leave',
      annotators: [
        { name: 'Rana Aziz', annotations: 3 },
        { name: 'Tariq Mansour', annotations: 1 },
      ],
      // 40: different verdicts; 35 and the speaker: only Rana marked them.
      disagreements: 3,
      settled: 0,
      agreed: 0,
      curated: 0,
    });
  });

  it('counts what the curated layer settles, and finds my layer while its edits are still in the journal', async () => {
    const { call, as, mark } = await desk();
    await as('Rana Aziz', 'rana@desk.example');
    const doc = await call<{ id: string }>('addDocument', { title: 'Families leave', text: REPORT });
    await mark(doc.id, REPORT, 'figure', '40');
    await mark(doc.id, REPORT, 'figure', '35');
    await as('Tariq Mansour', 'tariq@desk.example');
    // Tariq is "me" now: his edit may be only in his journal, not yet folded into a layer file.
    await mark(doc.id, REPORT, 'figure', '40');
    const start = REPORT.indexOf('35');
    await call('applyCuratedEdits', {
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'c1', type: 'figure', start, end: start + 2, text: '35', attributes: {} }],
    });
    const [row] = await call<AdjudicableDocument[]>('listAdjudicable', {});
    expect(row).toMatchObject({ disagreements: 1, settled: 1, agreed: 1, curated: 1 });
    // A document in the trash is not offered.
    await call('deleteDocument', { id: doc.id });
    expect(await call('listAdjudicable', {})).toEqual([]);
  });

  it('counts a stretch the curated layer left out on purpose as settled', async () => {
    const { call, as, mark } = await desk();
    await as('Rana Aziz', 'rana@desk.example');
    const doc = await call<{ id: string }>('addDocument', { title: 'Families leave', text: REPORT });
    await mark(doc.id, REPORT, 'figure', '40');
    await mark(doc.id, REPORT, 'figure', '35');
    await as('Tariq Mansour', 'tariq@desk.example');
    await mark(doc.id, REPORT, 'figure', '40');
    const start = REPORT.indexOf('35');
    await call('applyCuratedEdits', {
      documentId: doc.id,
      edits: [],
      leftOut: { add: [{ type: 'figure', start, end: start + 2, text: '35' }] },
    });
    const [row] = await call<AdjudicableDocument[]>('listAdjudicable', {});
    expect(row).toMatchObject({ disagreements: 1, settled: 1, agreed: 1, curated: 0 });
  });
});
