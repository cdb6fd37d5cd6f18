import type { SpeakerChangeResult, SpeakerOverview } from '../../../shared/contract/speakers';
import { IsnadError } from '../../../shared/errors';
import { codedError } from '../../../shared/error-text';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import type { CorpusStore } from '../corpus/store';
import { newId } from '../corpus/ids';
import type { CorpusCatalog } from '../search/catalog';
import { checkNameFree, cleanAliases, entryKeys, findEntry, mergedEntry, nameKey, speakerStats, unlinkedNames } from './rules';

interface Relink {
  documentId: string;
  annotationId: string;
  from: string | null;
  to: string | null;
}

/** One undoable registry change: the whole registry before and after, and the links it moved. */
interface Change {
  label: string;
  before: RegistrySpeaker[];
  after: RegistrySpeaker[];
  relinks: Relink[];
}

const UNDO_DEPTH = 50;

interface Fields {
  name: string;
  role: string;
  affiliation: string;
  aliases: string[];
}

/**
 * The corpus-wide speaker registry (kept in speakers.json) and the links to it from speaker
 * annotations. Every change is recorded with what it replaced so it can be undone, across
 * documents, until the app closes.
 */
export class SpeakerRegistry {
  readonly #store: CorpusStore;
  readonly #catalog: CorpusCatalog;
  readonly #undo: Change[] = [];
  readonly #redo: Change[] = [];
  /** Registry changes run one at a time: each reads the registry it then replaces. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: CorpusStore, catalog: CorpusCatalog) {
    this.#store = store;
    this.#catalog = catalog;
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => {});
    return run;
  }

  list(): RegistrySpeaker[] {
    return structuredClone(this.#store.speakers) as RegistrySpeaker[];
  }

  async overview(): Promise<SpeakerOverview> {
    await this.#catalog.ready();
    const registry = this.list();
    return {
      speakers: speakerStats(registry, this.#catalog.rows(), (id) => this.#catalog.documentMeta(id)?.title ?? id),
      unlinked: unlinkedNames(registry, this.#catalog.rows()),
      undo: this.#undo.at(-1)?.label ?? null,
      redo: this.#redo.at(-1)?.label ?? null,
    };
  }

  /** Unlinked speaker annotations (after following "same as") whose name folds to one of `keys`. */
  async #unlinkedMatching(keys: Set<string>, to: string): Promise<Relink[]> {
    await this.#catalog.ready();
    const relinks: Relink[] = [];
    for (const row of this.#catalog.rows()) {
      if (row.type === 'speaker' && row.speaker && !row.speaker.registryId && keys.has(nameKey(row.speaker.name))) {
        relinks.push({ documentId: row.documentId, annotationId: row.id, from: null, to });
      }
    }
    return relinks;
  }

  /** Speaker annotations that carry a link to one of `ids` themselves (not through "same as"). */
  async #linkedTo(
    ids: Set<string>,
    to: (row: { text: string; name: string; from: string }) => string | null | undefined,
  ): Promise<Relink[]> {
    await this.#catalog.ready();
    const relinks: Relink[] = [];
    for (const row of this.#catalog.rows()) {
      if (row.type !== 'speaker' || !row.speaker?.registryId || !ids.has(row.speaker.registryId)) continue;
      const target = to({ text: row.text, name: row.speaker.name, from: row.speaker.registryId });
      if (target !== undefined && target !== row.speaker.registryId) {
        relinks.push({ documentId: row.documentId, annotationId: row.id, from: row.speaker.registryId, to: target });
      }
    }
    return relinks;
  }

  async #setLink(link: Relink, expectFrom: string | null, to: string | null): Promise<boolean> {
    try {
      const doc = await this.#store.getDocument(link.documentId);
      const annotation = doc.annotations.find((a) => a.id === link.annotationId);
      // Skip annotations deleted or relinked by hand since: undo must not clobber newer work.
      if (!annotation || annotation.type !== 'speaker' || annotation.attributes.registryId !== expectFrom) return false;
      await this.#store.updateAnnotation({ documentId: link.documentId, id: link.annotationId, attributes: { registryId: to } });
      return true;
    } catch (err) {
      if (err instanceof IsnadError && err.code === 'not_found') return false;
      throw err;
    }
  }

  /**
   * Moves the registry from `from` to `to` and the links along. Entries are added before
   * links point at them and removed only after links have left them, so a crash midway
   * never leaves a link to a missing entry that was meant to exist.
   */
  async #move(
    from: RegistrySpeaker[],
    to: RegistrySpeaker[],
    relinks: Array<{ link: Relink; expect: string | null; to: string | null }>,
  ): Promise<number> {
    const removes = from.some((e) => !to.some((t) => t.id === e.id));
    const write = () => this.#store.updateSpeakers(() => structuredClone(to));
    if (!removes) await write();
    let moved = 0;
    for (const r of relinks) if (await this.#setLink(r.link, r.expect, r.to)) moved++;
    if (removes) await write();
    await this.#catalog.ready();
    return moved;
  }

  async #apply(label: string, after: RegistrySpeaker[], relinks: Relink[], speaker?: RegistrySpeaker): Promise<SpeakerChangeResult> {
    const before = this.list();
    const moved = await this.#move(
      before,
      after,
      relinks.map((link) => ({ link, expect: link.from, to: link.to })),
    );
    this.#undo.push({ label, before, after: structuredClone(after), relinks });
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
    this.#redo.length = 0;
    return { label, relinked: moved, ...(speaker ? { speaker } : {}) };
  }

  create(fields: Fields & { linkMatching: boolean }): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const registry = this.list();
      const aliases = cleanAliases(fields.name, fields.aliases);
      checkNameFree(registry, [fields.name, ...aliases]);
      const stamp = new Date().toISOString();
      const entry: RegistrySpeaker = { id: newId('s'), ...fields, aliases, createdAt: stamp, updatedAt: stamp };
      const relinks = fields.linkMatching ? await this.#unlinkedMatching(entryKeys(entry), entry.id) : [];
      return this.#apply(`add ${entry.name}`, [...registry, entry], relinks, entry);
    });
  }

  update(id: string, patch: Partial<Fields>): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const registry = this.list();
      const current = findEntry(registry, id);
      const name = patch.name ?? current.name;
      // A rename keeps the old spelling as an alias, so documents that use it still match.
      const aliases = cleanAliases(
        name,
        patch.aliases ?? (patch.name && patch.name !== current.name ? [...current.aliases, current.name] : current.aliases),
      );
      checkNameFree(registry, [name, ...aliases], [id]);
      const next: RegistrySpeaker = {
        ...current,
        name,
        role: patch.role ?? current.role,
        affiliation: patch.affiliation ?? current.affiliation,
        aliases,
        updatedAt: new Date().toISOString(),
      };
      const label = patch.name && patch.name !== current.name ? `rename ${current.name} to ${name}` : `edit ${name}`;
      return this.#apply(
        label,
        registry.map((e) => (e.id === id ? next : e)),
        [],
        next,
      );
    });
  }

  remove(id: string): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const registry = this.list();
      const entry = findEntry(registry, id);
      const relinks = await this.#linkedTo(new Set([id]), () => null);
      return this.#apply(
        `remove ${entry.name}`,
        registry.filter((e) => e.id !== id),
        relinks,
      );
    });
  }

  merge(targetId: string, sourceIds: string[]): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const registry = this.list();
      if (sourceIds.includes(targetId)) throw codedError('invalid_input', 'errors.speakers.mergeSelf', undefined, 'sourceIds');
      const target = findEntry(registry, targetId, 'targetId');
      const sources = [...new Set(sourceIds)].map((id) => findEntry(registry, id, 'sourceIds'));
      const merged = mergedEntry(target, sources, new Date().toISOString());
      const relinks = await this.#linkedTo(new Set(sources.map((s) => s.id)), () => targetId);
      const after = registry.filter((e) => !sourceIds.includes(e.id)).map((e) => (e.id === targetId ? merged : e));
      return this.#apply(`merge ${sources.map((s) => s.name).join(', ')} into ${target.name}`, after, relinks, merged);
    });
  }

  /** The new entry takes `fields.name` and `fields.aliases`; those spellings leave the original. */
  split(id: string, fields: Fields): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const registry = this.list();
      const original = findEntry(registry, id);
      const moving = new Set([fields.name, ...fields.aliases].map(nameKey));
      if (moving.has(nameKey(original.name))) {
        throw codedError('invalid_input', 'errors.speakers.splitName', { name: original.name }, 'aliases');
      }
      const kept: RegistrySpeaker = {
        ...original,
        aliases: original.aliases.filter((a) => !moving.has(nameKey(a))),
        updatedAt: new Date().toISOString(),
      };
      const others = registry.filter((e) => e.id !== id);
      const aliases = cleanAliases(fields.name, fields.aliases);
      checkNameFree([...others, kept], [fields.name, ...aliases]);
      const stamp = new Date().toISOString();
      const entry: RegistrySpeaker = { id: newId('s'), ...fields, aliases, createdAt: stamp, updatedAt: stamp };
      const relinks = await this.#linkedTo(new Set([id]), (row) =>
        moving.has(nameKey(row.name)) || moving.has(nameKey(row.text)) ? entry.id : undefined,
      );
      const after = registry.map((e) => (e.id === id ? kept : e));
      after.push(entry);
      return this.#apply(`split ${entry.name} from ${original.name}`, after, relinks, entry);
    });
  }

  /** Links a group of unlinked annotations and keeps their spelling as an alias. */
  linkName(key: string, registryId: string): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const registry = this.list();
      const entry = findEntry(registry, registryId, 'registryId');
      const relinks = await this.#unlinkedMatching(new Set([key]), registryId);
      if (relinks.length === 0) throw codedError('not_found', 'errors.speakers.noUnlinked', undefined, 'key');
      const spelling = this.#catalog.row(relinks[0]?.documentId as string, relinks[0]?.annotationId as string)?.speaker?.name ?? key;
      const next = { ...entry, aliases: cleanAliases(entry.name, [...entry.aliases, spelling]), updatedAt: new Date().toISOString() };
      return this.#apply(
        `link ${spelling} to ${entry.name}`,
        registry.map((e) => (e.id === registryId ? next : e)),
        relinks,
        next,
      );
    });
  }

  undo(): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const change = this.#undo.pop();
      if (!change) throw codedError('invalid_input', 'errors.speakers.nothingToUndo');
      const moved = await this.#move(
        this.list(),
        change.before,
        change.relinks.map((link) => ({ link, expect: link.to, to: link.from })),
      );
      this.#redo.push(change);
      return { label: `undo ${change.label}`, relinked: moved };
    });
  }

  redo(): Promise<SpeakerChangeResult> {
    return this.#serial(async () => {
      const change = this.#redo.pop();
      if (!change) throw codedError('invalid_input', 'errors.speakers.nothingToRedo');
      const moved = await this.#move(
        this.list(),
        change.after,
        change.relinks.map((link) => ({ link, expect: link.from, to: link.to })),
      );
      this.#undo.push(change);
      return { label: `redo ${change.label}`, relinked: moved };
    });
  }
}
