import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { SpeakerOverview } from '../../../shared/contract/speakers';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import { IsnadError } from '../../../shared/errors';
import { seedSpokesmanCorpus } from '../../helpers/search-fixtures';
import { servicesPerTest } from '../../helpers/services-per-test';

const services = servicesPerTest();
const { temp } = services;

async function setup(dir?: string) {
  const s = await services.open(dir);
  const seed = await seedSpokesmanCorpus(s.ctx.store);
  return { s, seed };
}

async function call<T>(s: Services, name: string, input: unknown): Promise<T> {
  const result = await s.dispatch(name, input);
  if (!result.ok) throw IsnadError.from(result.error);
  return result.value as T;
}

const overview = (s: Services) => call<SpeakerOverview>(s, 'getSpeakers', {});

async function registryIdOf(s: Services, documentId: string, annotationId: string): Promise<string | null> {
  const doc = await s.ctx.store.getDocument(documentId);
  const a = doc.annotations.find((x) => x.id === annotationId);
  return a?.type === 'speaker' ? a.attributes.registryId : null;
}

describe('speaker registry', () => {
  it('groups unlinked speaker annotations by folded spelling, so Persian ی and Arabic ي are one name', async () => {
    const { s } = await setup();
    const { unlinked, speakers } = await overview(s);
    expect(speakers).toEqual([]);
    const werberg = unlinked.find((u) => u.key === 'سامويل وربيرج');
    expect(werberg).toMatchObject({ mentions: 2, quotes: 2, documents: 2 });
    expect(unlinked.map((u) => u.key)).toContain('samuel werberg');
  });

  it('creating an entry with aliases links every matching spelling, counts quotes and documents, and undo reverts it', async () => {
    const { s, seed } = await setup();
    const created = await call<{ speaker: { id: string }; relinked: number }>(s, 'createSpeaker', {
      name: 'سامويل وربيرج',
      role: 'المتحدث باسم الخارجية الأمريكية',
      aliases: ['Samuel Werberg', 'وربيرج'],
    });
    expect(created.relinked).toBe(4);
    const { speakers, unlinked, undo } = await overview(s);
    expect(speakers[0]).toMatchObject({ quotes: 3, mentions: 4 });
    expect(speakers[0]?.documents.map((d) => d.id).sort()).toEqual(
      [seed.documents.diplomacy, seed.documents.cairo, seed.documents.state].sort(),
    );
    expect(unlinked.map((u) => u.key)).toEqual(['خالد العمري']);
    expect(undo).toBe('add سامويل وربيرج');

    await call(s, 'undoSpeakerChange', {});
    const after = await overview(s);
    expect(after.speakers).toEqual([]);
    expect(await registryIdOf(s, seed.documents.state, seed.speakers.s3)).toBeNull();
    expect(after.redo).toBe('add سامويل وربيرج');
    await call(s, 'redoSpeakerChange', {});
    expect(await registryIdOf(s, seed.documents.state, seed.speakers.s3)).toBe(created.speaker.id);
  });

  it('merges entries (names become aliases, links move) and undoes the merge across documents', async () => {
    const { s, seed } = await setup();
    const arabic = await call<{ speaker: { id: string } }>(s, 'createSpeaker', { name: 'سامويل وربيرج' });
    const english = await call<{ speaker: { id: string } }>(s, 'createSpeaker', { name: 'Samuel Werberg', role: 'spokesman' });
    const merged = await call<{ speaker: { aliases: string[]; role: string } }>(s, 'mergeSpeakers', {
      targetId: arabic.speaker.id,
      sourceIds: [english.speaker.id],
    });
    expect(merged.speaker.aliases).toEqual(['Samuel Werberg']);
    expect(merged.speaker.role).toBe('spokesman');
    expect(await registryIdOf(s, seed.documents.state, seed.speakers.s3)).toBe(arabic.speaker.id);
    let { speakers } = await overview(s);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]?.quotes).toBe(3);

    await call(s, 'undoSpeakerChange', {});
    ({ speakers } = await overview(s));
    expect(speakers.map((x) => x.speaker.name).sort()).toEqual(['Samuel Werberg', 'سامويل وربيرج'].sort());
    expect(await registryIdOf(s, seed.documents.state, seed.speakers.s3)).toBe(english.speaker.id);
  });

  it('splits spellings off into a new entry, moving their annotations, with undo', async () => {
    const { s, seed } = await setup();
    const entry = await call<{ speaker: { id: string } }>(s, 'createSpeaker', { name: 'سامويل وربيرج', aliases: ['Samuel Werberg'] });
    const split = await call<{ speaker: { id: string }; relinked: number }>(s, 'splitSpeaker', {
      id: entry.speaker.id,
      name: 'Samuel Werberg',
      role: 'State Department spokesman',
    });
    expect(split.relinked).toBe(1);
    expect(await registryIdOf(s, seed.documents.state, seed.speakers.s3)).toBe(split.speaker.id);
    const { speakers } = await overview(s);
    expect(speakers.find((x) => x.speaker.id === entry.speaker.id)?.speaker.aliases).toEqual([]);
    await call(s, 'undoSpeakerChange', {});
    expect(await registryIdOf(s, seed.documents.state, seed.speakers.s3)).toBe(entry.speaker.id);
    expect((await overview(s)).speakers).toHaveLength(1);
  });

  it('refuses bad changes with specific errors and leaves the registry as it was', async () => {
    const { s } = await setup();
    const a = await call<{ speaker: { id: string } }>(s, 'createSpeaker', { name: 'Samuel Werberg' });
    await expect(call(s, 'createSpeaker', { name: 'samuel  WERBERG' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/already in the registry/),
    });
    await expect(call(s, 'createSpeaker', { name: '   ' })).rejects.toMatchObject({ code: 'invalid_input', field: 'name' });
    await expect(call(s, 'mergeSpeakers', { targetId: a.speaker.id, sourceIds: [a.speaker.id] })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(call(s, 'mergeSpeakers', { targetId: a.speaker.id, sourceIds: ['s-missing'] })).rejects.toMatchObject({
      code: 'not_found',
      field: 'sourceIds',
    });
    await expect(call(s, 'splitSpeaker', { id: a.speaker.id, name: 'Samuel Werberg' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await overview(s)).speakers.map((x) => x.speaker.name)).toEqual(['Samuel Werberg']);
    await call(s, 'undoSpeakerChange', {});
    await expect(call(s, 'undoSpeakerChange', {})).rejects.toMatchObject({ message: /nothing|no speaker change/ });
  });

  it('renaming a speaker keeps its role, affiliation and aliases', async () => {
    const { s } = await setup();
    const created = await call<{ speaker: { id: string } }>(s, 'createSpeaker', {
      name: 'Samuel Werberg',
      role: 'spokesman',
      affiliation: 'State Department',
      aliases: ['سامويل وربيرج'],
    });
    const renamed = await call<{ speaker: RegistrySpeaker }>(s, 'updateSpeaker', { id: created.speaker.id, name: 'Sam Werberg' });
    expect(renamed.speaker).toMatchObject({
      name: 'Sam Werberg',
      role: 'spokesman',
      affiliation: 'State Department',
      aliases: expect.arrayContaining(['سامويل وربيرج']),
    });
    const [entry] = (await overview(s)).speakers;
    expect(entry?.speaker).toMatchObject({
      name: 'Sam Werberg',
      role: 'spokesman',
      affiliation: 'State Department',
      aliases: expect.arrayContaining(['سامويل وربيرج']),
    });
  });

  it('keeps the registry in corpus.json across a restart', async () => {
    const dir = await temp.make();
    const { s } = await setup(dir);
    await call(s, 'createSpeaker', { name: 'خالد العمري', role: 'المتحدث باسم الوزارة' });
    await services.close(s);
    const again = await services.open(dir);
    const { speakers } = await overview(again);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ quotes: 1, speaker: { role: 'المتحدث باسم الوزارة' } });
  });
});
