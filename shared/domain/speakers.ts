import type { Annotation, SpeakerAnnotation } from './annotation';

/**
 * The mention a speaker annotation stands for: it follows "same as" links back to the first
 * (canonical) mention, so a surname-only mention resolves to the full name.
 */
export function canonicalSpeaker(
  annotations: readonly Annotation[],
  id: string | null,
  byId: ReadonlyMap<string, Annotation> = new Map(annotations.map((a) => [a.id, a])),
): SpeakerAnnotation | null {
  const seen = new Set<string>();
  let current = id === null ? undefined : byId.get(id);
  while (current && current.type === 'speaker' && !seen.has(current.id)) {
    seen.add(current.id);
    const next: Annotation | undefined = current.attributes.sameAs === null ? undefined : byId.get(current.attributes.sameAs);
    if (!next || next.type !== 'speaker') return current;
    current = next;
  }
  return current?.type === 'speaker' ? current : null;
}

/** The name to show for a speaker: the canonical mention's name, or its text when none was typed. */
export function speakerName(annotations: readonly Annotation[], id: string | null, byId?: ReadonlyMap<string, Annotation>): string {
  const canonical = canonicalSpeaker(annotations, id, byId);
  if (!canonical) return '';
  return canonical.attributes.name.trim() || canonical.text;
}

/** Speakers a mention may be linked to as "same as" without making a loop. */
export function sameAsCandidates(
  annotations: readonly Annotation[],
  speakerId: string,
  byId: ReadonlyMap<string, Annotation> = new Map(annotations.map((a) => [a.id, a])),
): SpeakerAnnotation[] {
  return annotations.filter((a): a is SpeakerAnnotation => {
    if (a.type !== 'speaker' || a.id === speakerId) return false;
    const seen = new Set<string>();
    let current: Annotation | undefined = a;
    while (current && current.type === 'speaker' && !seen.has(current.id)) {
      if (current.id === speakerId) return false;
      seen.add(current.id);
      current = current.attributes.sameAs === null ? undefined : byId.get(current.attributes.sameAs);
    }
    return true;
  });
}
