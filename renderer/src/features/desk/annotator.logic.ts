import { AnnotatorInput } from '../../../../shared/domain/annotator';
import type { Translator } from '../../../../shared/i18n/translate';

export type AnnotatorErrors = Partial<Record<'name' | 'email', string>>;

/**
 * Checks what the journalist typed about themselves with the contract's own schema, so the
 * prompt says which field is wrong before anything is sent (the store checks again).
 */
export function checkAnnotator(
  name: string,
  email: string,
  t: Translator['t'],
): { ok: true; value: AnnotatorInput } | { ok: false; errors: AnnotatorErrors } {
  const parsed = AnnotatorInput.safeParse({ name, email });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: AnnotatorErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'email') && !errors[field]) errors[field] = sentence(field, issue.message, t);
  }
  return { ok: false, errors };
}

function sentence(field: 'name' | 'email', message: string, t: Translator['t']): string {
  if (field === 'name')
    return message.includes('empty') ? t('desk.annotator.nameMissing') : t('desk.annotator.nameBad', { reason: message });
  if (message.startsWith('must be an email')) return t('desk.annotator.emailMissing');
  return t('desk.annotator.emailBad', { reason: message });
}

/** "Layla Haddad" from an annotator id when no name is known ("layla-3f9a1c" → "layla"). */
export function shortAnnotatorName(id: string, names: Readonly<Record<string, string>>, t?: Translator['t']): string {
  if (id === 'curated') return t ? t('exchange.layer.curated') : 'Curated';
  return names[id] || id.replace(/-[0-9a-f]{6}$/, '');
}
