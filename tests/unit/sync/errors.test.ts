import { describe, expect, it } from 'vitest';
import { describeSyncFailure } from '../../../electron/services/sync/errors';
import { errorText } from '../../../shared/error-text';
import { createTranslator } from '../../../shared/i18n/translate';

const context = { url: 'https://git.example.org/desk/corpus.git', credentials: '~/.isnad/git-credentials.json', committed: true };

describe('sync failures', () => {
  it('a git server that stopped answering is named, with how long it was waited for and that nothing was lost, in both languages', () => {
    const error = describeSyncFailure(new Error('Request timed out'), context);
    expect(error.code).toBe('unavailable');
    const en = errorText(createTranslator({ language: 'en', digits: 'latn' }), error);
    expect(en).toBe(
      'The git server git.example.org stopped answering (nothing for 2 minutes). Try again later, or ask whoever runs it. Your changes are saved and committed on this computer; they will be shared by the next sync.',
    );
    const ar = errorText(createTranslator({ language: 'ar', digits: 'arab' }), error);
    expect(ar).toContain('توقف خادم git');
    expect(ar).toContain('دقيقتين');
    expect(ar).toContain('ستُشارَك في المزامنة التالية');
  });
});
