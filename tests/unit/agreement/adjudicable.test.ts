import { describe, expect, it } from 'vitest';
import type { AdjudicableDocument } from '../../../shared/agreement/disagreements';
import { servicesPerTest } from '../../helpers/services-per-test';

const services = servicesPerTest();

/** Invented for the test: two short reports a desk annotates, and its people. */
const REPORT = 'The mayor said 40 families left the district. Aid workers counted 35 tents by evening.';
const OTHER = 'The council met on Monday and approved 12 new bus lines for the suburbs.';
const RANA = { name: 'Rana Aziz', email: 'rana@desk.example' };
const TARIQ = { name: 'Tariq Mansour', email: 'tariq@desk.example' };
const NOUR = { name: 'Nour Editor', email: 'nour@desk.example' };

/** `words` (their first occurrence in `text`) as a span. */
function span(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
}

/** One corpus the desk's people work on in turn: `as` changes who "I" am, as setAnnotator does. */
async function desk() {
  const opened = await services.open();
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const answer = await opened.dispatch(name, input);
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.value as T;
  };
  return {
    call,
    as: (person: { name: string; email: string }) => call('setAnnotator', person),
    add: (title: string, text: string) => call<{ id: string }>('addDocument', { title, text }),
    mark: (documentId: string, text: string, type: string, words: string, verdict?: object) =>
      call('createAnnotation', { documentId, type, ...span(text, words), ...(verdict ? { verdict } : {}) }),
    adjudicable: () => call<AdjudicableDocument[]>('listAdjudicable', {}),
  };
}

/** The report as two people marked it: Rana the 40 and the 35, then Tariq (me from then on) the 40. */
async function reportMarkedByTwo() {
  const d = await desk();
  await d.as(RANA);
  const doc = await d.add('Families leave', REPORT);
  await d.mark(doc.id, REPORT, 'figure', '40');
  await d.mark(doc.id, REPORT, 'figure', '35');
  await d.as(TARIQ);
  await d.mark(doc.id, REPORT, 'figure', '40');
  return { ...d, doc, tents: span(REPORT, '35') };
}

describe('listAdjudicable', () => {
  it('lists only documents two annotators marked, with who marked how many and the disagreements of the first pair', async () => {
    const { as, add, mark, adjudicable } = await desk();
    await as(RANA);
    const shared = await add('Families leave', REPORT);
    const alone = await add('Bus lines', OTHER);
    await mark(shared.id, REPORT, 'figure', '40', { status: 'verified' });
    await mark(shared.id, REPORT, 'figure', '35');
    await mark(shared.id, REPORT, 'speaker', 'The mayor');
    await mark(alone.id, OTHER, 'figure', '12');
    await as(TARIQ);
    await mark(shared.id, REPORT, 'figure', '40', { status: 'false' });
    // The editor's copy: no layer of her own on either document.
    await as(NOUR);
    const list = await adjudicable();
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
    // Tariq is "me": his edit may be only in his journal, not yet folded into a layer file.
    const { call, doc, tents, adjudicable } = await reportMarkedByTwo();
    await call('applyCuratedEdits', {
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'c1', type: 'figure', ...tents, attributes: {} }],
    });
    const [row] = await adjudicable();
    expect(row).toMatchObject({ disagreements: 1, settled: 1, agreed: 1, curated: 1 });
    // A document in the trash is not offered.
    await call('deleteDocument', { id: doc.id });
    expect(await adjudicable()).toEqual([]);
  });

  it('counts a stretch the curated layer left out on purpose as settled', async () => {
    const { call, doc, tents, adjudicable } = await reportMarkedByTwo();
    await call('applyCuratedEdits', { documentId: doc.id, edits: [], leftOut: { add: [{ type: 'figure', ...tents }] } });
    const [row] = await adjudicable();
    expect(row).toMatchObject({ disagreements: 1, settled: 1, agreed: 1, curated: 0 });
  });
});
