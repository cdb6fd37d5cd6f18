import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';

// The import report's line about documents of an Isnad export already in the corpus: a
// sentence in both languages, with the number's own grammar, never "document(s)".
const english = createTranslator({ language: 'en', digits: 'latn' });
const arabic = createTranslator({ language: 'ar', digits: 'arab' });

describe('documents skipped on importing an export', () => {
  it('says one document and several documents in English', () => {
    expect(english.t('import.warning.datasetSkipped', { count: 1 })).toMatch(/^1 document already in the corpus was skipped;/);
    expect(english.t('import.warning.datasetSkipped', { count: 3 })).toMatch(/^3 documents already in the corpus were skipped;/);
    expect(english.t('import.warning.datasetSkipped', { count: 3 })).not.toContain('(s)');
  });

  it('keeps the Arabic plural forms', () => {
    expect(arabic.t('import.warning.datasetSkipped', { count: 1 })).toContain('مستند واحد');
    expect(arabic.t('import.warning.datasetSkipped', { count: 2 })).toContain('مستندان');
  });
});
