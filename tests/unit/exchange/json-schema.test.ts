import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { exportJsonSchemas } from '../../../shared/exchange/json-schema';
import { ExportRequest } from '../../../shared/exchange/request';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const schemaFile = (name: string) => fileURLToPath(new URL(`../../../shared/exchange/${name}`, import.meta.url));

async function committed(name: string): Promise<object> {
  return JSON.parse(await readFile(schemaFile(name), 'utf8'));
}

async function exportsOf(formats: Array<'json' | 'jsonl'>): Promise<Record<string, string>> {
  const dir = await temp.make();
  const store = await CorpusStore.open(join(dir, 'corpus'));
  await seedExchangeCorpus(store);
  const files: Record<string, string> = {};
  for (const format of formats) {
    await writeExport(store, ExportRequest.parse({ format }), join(dir, `out.${format}`), { appVersion: '1.2.3' });
    files[format] = await readFile(join(dir, `out.${format}`), 'utf8');
  }
  await store.close();
  return files;
}

describe('the committed JSON Schema files', () => {
  it('are what the exporter’s schemas generate (run `npm run schema` after changing the format)', async () => {
    for (const [name, schema] of Object.entries(exportJsonSchemas())) {
      expect(await committed(name), name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('accept real JSON and JSONL exports and reject damaged ones', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validateFile = ajv.compile(await committed('isnad-export.schema.json'));
    const validateLine = ajv.compile(await committed('isnad-export-line.schema.json'));
    const { json, jsonl } = (await exportsOf(['json', 'jsonl'])) as { json: string; jsonl: string };

    const exported = JSON.parse(json);
    expect(validateFile(exported), JSON.stringify(validateFile.errors)).toBe(true);
    const lines = jsonl.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(validateLine(JSON.parse(line)), JSON.stringify(validateLine.errors)).toBe(true);

    const noUnit = { ...exported, offsetUnit: undefined };
    expect(validateFile(JSON.parse(JSON.stringify(noUnit)))).toBe(false);
    const noCodePoints = structuredClone(exported);
    delete noCodePoints.documents[0].annotations[0].startCodePoint;
    expect(validateFile(noCodePoints)).toBe(false);
    expect(validateFile.errors?.[0]?.message).toMatch(/startCodePoint/);
    const wrongType = structuredClone(exported);
    wrongType.documents[0].annotations[0].type = 'rumour';
    expect(validateFile(wrongType)).toBe(false);
  });
});
