import { AnnotatorInput } from '../../../../shared/domain/annotator';

export type AnnotatorErrors = Partial<Record<'name' | 'email', string>>;

/**
 * Checks what the journalist typed about themselves with the contract's own schema, so the
 * prompt says which field is wrong before anything is sent (the store checks again).
 */
export function checkAnnotator(name: string, email: string): { ok: true; value: AnnotatorInput } | { ok: false; errors: AnnotatorErrors } {
  const parsed = AnnotatorInput.safeParse({ name, email });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: AnnotatorErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'email') && !errors[field]) errors[field] = sentence(field, issue.message);
  }
  return { ok: false, errors };
}

function sentence(field: 'name' | 'email', message: string): string {
  if (field === 'name') return message.includes('empty') ? 'Give your name, as colleagues know you.' : `Name: ${message}.`;
  if (message.startsWith('must be an email')) return 'Give an email address such as layla@example.org.';
  return `Email: ${message}.`;
}

/** "Layla Haddad" from an annotator id when no name is known ("layla-3f9a1c" → "layla"). */
export function shortAnnotatorName(id: string, names: Readonly<Record<string, string>>): string {
  if (id === 'curated') return 'Curated';
  return names[id] || id.replace(/-[0-9a-f]{6}$/, '');
}
