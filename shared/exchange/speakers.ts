import type { Annotation, SpeakerAnnotation } from '../domain/annotation';

/** Speaker annotation id → the name to show for that person. */
export type SpeakerNames = ReadonlyMap<string, string>;

/**
 * Resolves every speaker mention to one name. A later mention ("Lopez") points at an
 * earlier one ("Maria Lopez") with `sameAs`; the chain's earliest mention names the person.
 * An empty name falls back to the nearest name along the chain, then to the mention's text.
 * Chains are followed with a visited set, because nothing stops two mentions pointing at
 * each other.
 */
export function speakerNames(annotations: readonly Annotation[]): Map<string, string> {
  const speakers = new Map<string, SpeakerAnnotation>();
  for (const a of annotations) if (a.type === 'speaker') speakers.set(a.id, a);
  const names = new Map<string, string>();
  for (const speaker of speakers.values()) {
    const chain: SpeakerAnnotation[] = [];
    const seen = new Set<string>();
    for (let s: SpeakerAnnotation | undefined = speaker; s && !seen.has(s.id);) {
      seen.add(s.id);
      chain.push(s);
      s = s.attributes.sameAs === null ? undefined : speakers.get(s.attributes.sameAs);
    }
    const earliest = chain.at(-1) as SpeakerAnnotation;
    const named = [earliest, ...chain].find((s) => s.attributes.name.trim() !== '');
    names.set(speaker.id, (named?.attributes.name ?? earliest.text).trim());
  }
  return names;
}
