import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, operationNames } from '../../../shared/contract';
import { createClient } from '../../../shared/contract/dispatch';
import { unpackDocument } from '../../../shared/domain/packed-document';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('the contract', () => {
  it('declares the foundation operations, each with a summary', () => {
    for (const name of [
      'listDocuments',
      'getDocument',
      'addDocument',
      'updateDocument',
      'deleteDocument',
      'createAnnotation',
      'updateAnnotation',
      'deleteAnnotation',
    ]) {
      expect(operationNames).toContain(name);
    }
    for (const name of operationNames) expect(contract[name].summary.length).toBeGreaterThan(5);
  });
});

describe('dispatch', () => {
  it('validates input before any handler runs: the error names the field and nothing is written', async () => {
    const dir = await temp.make();
    const services = await openTestServices(dir);
    const added = await services.dispatch('addDocument', { title: 'Budget', text: ENGLISH_ARTICLE });
    expect(added.ok).toBe(true);
    const id = added.ok ? (added.value as { id: string }).id : '';
    await services.ctx.store.flush();
    const docPath = join(dir, 'documents', `${id}.json`);
    const before = await readFile(docPath, 'utf-8');

    const cases: Array<[string, unknown, string]> = [
      ['createAnnotation', { documentId: id, type: 'opinion', start: 0, end: 3, text: 'The' }, 'type'],
      ['createAnnotation', { documentId: id, type: 'quote', start: -1, end: 3, text: 'The' }, 'start'],
      ['createAnnotation', { documentId: id, type: 'quote', start: 0, end: 3 }, 'text'],
      ['createAnnotation', { documentId: '../../etc/passwd', type: 'quote', start: 0, end: 3, text: 'The' }, 'documentId'],
      ['createAnnotation', { documentId: id, type: 'figure', start: 0, end: 3, text: 'The', attributes: { kind: 'x' } }, 'attributes.kind'],
      ['updateAnnotation', { documentId: id, id: 'a1', verdict: { status: 'maybe' } }, 'verdict.status'],
      ['addDocument', { title: 'Empty', text: '   ' }, 'text'],
      ['updateDocument', { id, title: '' }, 'title'],
      ['getDocument', { id: 42 }, 'id'],
    ];
    for (const [name, input, field] of cases) {
      const result = await services.dispatch(name, input);
      expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    }
    const wrongText = await services.dispatch('createAnnotation', { documentId: id, type: 'quote', start: 0, end: 3, text: 'xyz' });
    expect(wrongText).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'text' } });

    await services.ctx.store.flush();
    expect(await readFile(docPath, 'utf-8')).toBe(before);
    expect(services.ctx.store.listDocuments()).toHaveLength(1);
    await services.close();
  });

  it('refuses unknown operations, including inherited property names', async () => {
    const services = await openTestServices(await temp.make());
    expect(await services.dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await services.dispatch('dropEverything', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await services.close();
  });

  it('returns typed results for good calls', async () => {
    const services = await openTestServices(await temp.make());
    const info = await services.dispatch('getAppInfo', {});
    expect(info).toMatchObject({ ok: true, value: { mode: 'browser', documentCount: 0 } });
    await services.close();
  });

  it('a result sent as text (the opened document) crosses a cloning transport as a string, and the client gives the document', async () => {
    const services = await openTestServices(await temp.make());
    const doc = await services.ctx.store.addDocument({ title: 'Budget', text: ENGLISH_ARTICLE });
    await services.ctx.store.createAnnotation({ documentId: doc.id, type: 'quote', start: 0, end: 6, text: doc.text.slice(0, 6) });
    const crossed: unknown[] = [];
    // As Electron's IPC does: the envelope is structured-cloned on its way.
    const client = createClient(contract, async (name, input) => {
      const envelope = structuredClone(await services.dispatch(name, input));
      if (envelope.ok) crossed.push(envelope.value);
      return envelope;
    });
    const packed = await client.getPackedDocument({ id: doc.id });
    expect(typeof crossed[0]).toBe('string');
    expect(unpackDocument(packed)).toEqual(await services.ctx.store.getDocument(doc.id));
    await expect(client.getPackedDocument({ id: 'd-nope' })).rejects.toMatchObject({ code: 'not_found' });
    await services.close();
  });
});
