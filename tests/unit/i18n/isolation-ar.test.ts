import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../shared/i18n/translate';
import { errorText } from '../../../shared/error-text';
import { codedError } from '../../../shared/error-text';

const arabic = translatorFor({ language: 'ar', digits: 'arab' });
const english = translatorFor({ language: 'en', digits: 'latn' });

describe('values isolated inside an Arabic sentence', () => {
  it('a value the message both selects by and prints is chosen by as given and printed isolated', () => {
    // The library's direction badge: Arabic and English are named, any other language code is printed.
    expect(arabic.t('library.item.rtlTitle', { lang: 'ar' })).toBe('العربية، من اليمين إلى اليسار');
    expect(arabic.t('library.item.ltrTitle', { lang: 'en' })).toBe('الإنجليزية، من اليسار إلى اليمين');
    expect(arabic.t('library.item.ltrTitle', { lang: 'fr' })).toBe('اللغة \u2068fr\u2069، من اليسار إلى اليمين');
    // Asked again (the separated message is kept), and in English nothing is isolated.
    expect(arabic.t('library.item.ltrTitle', { lang: 'fr' })).toBe('اللغة \u2068fr\u2069، من اليسار إلى اليمين');
    expect(english.t('library.item.ltrTitle', { lang: 'fr' })).not.toContain('\u2068');
  });

  it('an annotator the export names among the others is isolated, and "none" still selects the short sentence', () => {
    const withOwners = arabic.t('errors.export.noLayer', { layer: 'sami@example.org', owners: 'layla@example.org, omar@example.org' });
    expect(withOwners).toContain('أو واحدًا من: \u2068layla@example.org, omar@example.org\u2069');
    const without = arabic.t('errors.export.noLayer', { layer: 'sami@example.org', owners: 'none' });
    expect(without).not.toContain('واحدًا من');
    expect(without).not.toContain('none');
  });

  it('an Arabic file name ending in a Latin extension is isolated, so the number after it stays in its place', () => {
    const err = codedError('invalid_input', 'errors.dataset.newer', { file: 'تقرير الوزارة.json', version: 9, supported: 3 });
    const text = errorText(arabic, err);
    expect(text).toContain('\u2068تقرير الوزارة.json\u2069');
    expect(text).toContain('٩');
    // Arabic only: read with the sentence, left as it is.
    expect(errorText(arabic, codedError('invalid_input', 'errors.dataset.empty', { file: 'تقرير الوزارة' }))).not.toContain('\u2068');
    // English text never carries isolates.
    expect(err.message).toBe(
      'تقرير الوزارة.json was written by a newer Isnad (export format version 9); this Isnad reads version 3. Update Isnad to import it; nothing was imported.',
    );
  });
});
