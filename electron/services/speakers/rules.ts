import type { SpeakerStats, UnlinkedName } from '../../../shared/contract/speakers';
import { codedError } from '../../../shared/error-text';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import type { AnnotationRow } from '../../../shared/search/rows';
import { terms } from '../../../shared/search/tokens';

/** Two spellings are the same name when they fold to the same words (ی/ي, أ/ا, case, diacritics). */
export function nameKey(name: string): string {
  return terms(name).join(' ');
}

/** Every key an entry answers to: its name and its aliases. */
export function entryKeys(entry: Pick<RegistrySpeaker, 'name' | 'aliases'>): Set<string> {
  return new Set([entry.name, ...entry.aliases].map(nameKey).filter(Boolean));
}

/** Aliases without duplicates (by folded key) and without the name itself. */
export function cleanAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = nameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

/** Refuses a name that another entry already answers to, naming that entry. */
export function checkNameFree(registry: RegistrySpeaker[], names: string[], exceptIds: string[] = []): void {
  for (const name of names) {
    const key = nameKey(name);
    if (!key) throw codedError('invalid_input', 'errors.speakers.noLetters', { name }, 'name');
    const other = registry.find((e) => !exceptIds.includes(e.id) && entryKeys(e).has(key));
    if (other) throw codedError('conflict', 'errors.speakers.taken', { name, other: other.name }, 'name');
  }
}

export function findEntry(registry: RegistrySpeaker[], id: string, field = 'id'): RegistrySpeaker {
  const entry = registry.find((e) => e.id === id);
  if (!entry) throw codedError('not_found', 'errors.speakers.notFound', { id }, field);
  return entry;
}

/** The entry that absorbs `sources`: their names and aliases become its aliases. */
export function mergedEntry(target: RegistrySpeaker, sources: RegistrySpeaker[], stamp: string): RegistrySpeaker {
  const aliases = cleanAliases(target.name, [...target.aliases, ...sources.flatMap((s) => [s.name, ...s.aliases])]);
  return {
    ...target,
    role: target.role || sources.find((s) => s.role)?.role || '',
    affiliation: target.affiliation || sources.find((s) => s.affiliation)?.affiliation || '',
    aliases,
    updatedAt: stamp,
  };
}

function sortedByCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** Counts per registry entry, most quoted first. */
export function speakerStats(
  registry: RegistrySpeaker[],
  rows: Iterable<AnnotationRow>,
  titleOf: (documentId: string) => string,
): SpeakerStats[] {
  const stats = new Map<
    string,
    { mentions: number; quotes: number; figures: number; documents: Set<string>; spellings: Map<string, number> }
  >();
  for (const entry of registry) stats.set(entry.id, { mentions: 0, quotes: 0, figures: 0, documents: new Set(), spellings: new Map() });
  for (const row of rows) {
    const s = row.speaker?.registryId ? stats.get(row.speaker.registryId) : undefined;
    if (!s) continue;
    if (row.type === 'speaker') {
      s.mentions++;
      s.spellings.set(row.text, (s.spellings.get(row.text) ?? 0) + 1);
    } else if (row.type === 'quote') s.quotes++;
    else s.figures++;
    s.documents.add(row.documentId);
  }
  return registry
    .map((speaker) => {
      const s = stats.get(speaker.id) as NonNullable<ReturnType<typeof stats.get>>;
      return {
        speaker,
        mentions: s.mentions,
        quotes: s.quotes,
        figures: s.figures,
        documents: [...s.documents].map((id) => ({ id, title: titleOf(id) })),
        spellings: sortedByCount(s.spellings),
      };
    })
    .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.speaker.name.localeCompare(b.speaker.name));
}

/** Unlinked speaker annotations grouped by folded name, with a registry entry to suggest. */
export function unlinkedNames(registry: RegistrySpeaker[], rows: Iterable<AnnotationRow>): UnlinkedName[] {
  const groups = new Map<string, { spellings: Map<string, number>; mentions: number; quotes: number; documents: Set<string> }>();
  const speakerKey = new Map<string, string>();
  const all = [...rows];
  for (const row of all) {
    if (row.type !== 'speaker' || !row.speaker || row.speaker.registryId) continue;
    const key = nameKey(row.speaker.name);
    if (!key) continue;
    speakerKey.set(`${row.documentId}:${row.id}`, key);
    let group = groups.get(key);
    if (!group) {
      group = { spellings: new Map(), mentions: 0, quotes: 0, documents: new Set() };
      groups.set(key, group);
    }
    group.mentions++;
    group.spellings.set(row.speaker.name, (group.spellings.get(row.speaker.name) ?? 0) + 1);
    group.documents.add(row.documentId);
  }
  for (const row of all) {
    if (row.type !== 'quote' || !row.speaker || row.speaker.registryId) continue;
    const key = speakerKey.get(`${row.documentId}:${row.speaker.annotationId}`);
    if (key) (groups.get(key) as { quotes: number }).quotes++;
  }
  const keysOf = registry.map((e) => ({ id: e.id, keys: entryKeys(e) }));
  return [...groups]
    .map(([key, g]) => ({
      key,
      name: sortedByCount(g.spellings)[0] as string,
      mentions: g.mentions,
      quotes: g.quotes,
      documents: g.documents.size,
      suggestedId: keysOf.find((e) => e.keys.has(key))?.id ?? null,
    }))
    .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name));
}
