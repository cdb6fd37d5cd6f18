import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/error-text';
import type { Document } from '../../../shared/domain/document';
import { createTranslator } from '../../../shared/i18n/translate';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { servicesPerTest } from '../../helpers/services-per-test';

/**
 * The checks we wrote ourselves on the contract's input (a tag's characters, a language code,
 * an id's form, an email), refused by the real services at their boundary: a journalist
 * reading Arabic gets the reason in Arabic, with zod's English nowhere, and nothing changes.
 */
const services = servicesPerTest();
const arabic = createTranslator({ language: 'ar', digits: 'arab' });

describe('our own input checks, refused in Arabic', () => {
  it('a tag with an invisible character, a language code in capitals, a malformed id and email: each reason in Arabic, nothing stored changed', async () => {
    const api = await services.open();
    const added = await api.dispatch('addDocument', { title: 'Budget', text: ENGLISH_ARTICLE });
    if (!added.ok) throw new Error(added.error.message);
    const doc = added.value as Document;
    const tagged = await api.dispatch('updateDocument', { id: doc.id, tags: ['ميزانية'] });
    expect(tagged.ok).toBe(true);

    const refused = async (op: 'updateDocument' | 'getDocument', input: object) => {
      const result = await api.dispatch(op, input as never);
      if (result.ok) throw new Error(`${op}: expected a refusal`);
      return { ar: errorText(arabic, result.error), en: result.error.message };
    };

    const tag = await refused('updateDocument', { id: doc.id, tags: ['ميزانية\u200b'] });
    expect(tag.en).toBe('tags.0: a tag cannot hold a comma or an invisible or control character');
    expect(tag.ar).toBe('عند \u2068tags.0\u2069: لا يجوز أن يحوي الوسم فاصلة أو حرفًا خفيًا أو حرف تحكّم');

    const lang = await refused('updateDocument', { id: doc.id, lang: 'ENG' });
    expect(lang.en).toBe('lang: must be a language code such as "ar" or "en"');
    expect(lang.ar).toBe('عند \u2068lang\u2069: يجب أن يكون رمز لغة من حرفين أو ثلاثة، مثل ar أو en');

    const id = await refused('getDocument', { id: 'وثيقة 1' });
    expect(id.en).toBe('id: must be 1–64 letters, digits, "_" or "-"');
    expect(id.ar).toBe('عند \u2068id\u2069: يجب أن يكون من ١ إلى ٦٤ من الحروف اللاتينية أو الأرقام أو "_" أو "-"');

    for (const text of [tag.ar, lang.ar, id.ar]) expect(text).not.toMatch(/must be|cannot hold|Invalid/);

    const stored = await api.dispatch('getDocument', { id: doc.id });
    if (!stored.ok) throw new Error(stored.error.message);
    expect((stored.value as Document).tags).toEqual(['ميزانية']);
    expect((stored.value as Document).lang).toBe(doc.lang);
  });

  it('an email that is no address, a conflict id of another form, both a side and a value: said in Arabic, with the field', async () => {
    const api = await services.open();
    const said = async (op: 'setAnnotator' | 'decideSyncConflict', input: object) => {
      const result = await api.dispatch(op, input as never);
      if (result.ok) throw new Error(`${op}: expected a refusal`);
      return errorText(arabic, result.error);
    };
    expect(await said('setAnnotator', { name: 'ليلى', email: 'layla' })).toBe(
      'عند \u2068email\u2069: يجب أن يكون عنوان بريد إلكتروني، مثل layla@example.org',
    );
    expect(await said('decideSyncConflict', { conflictId: 'c-1', side: 0 })).toBe('عند \u2068conflictId\u2069: ليس معرّف تعارض');
    expect(await said('decideSyncConflict', { conflictId: 'c0123456789abcdef', side: 0, value: 'x' })).toBe(
      'عند \u2068side\u2069: أعطِ إما side (0 أو 1) وإما value، لا كليهما',
    );
    // Nobody was set as the annotator.
    const who = await api.dispatch('getAnnotator', {});
    expect(who.ok && JSON.stringify(who.value)).not.toContain('layla');
  });
});
