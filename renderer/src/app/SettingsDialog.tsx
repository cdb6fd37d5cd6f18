import { useState } from 'react';
import type { Digits, Language } from '../../../shared/i18n/locale';
import { T, useT, useTranslator } from '../ui/i18n/I18n';
import { useI18n } from '../ui/i18n/i18n.store';
import { useModalDialog } from '../ui/useModalDialog';

/**
 * Settings (toolbar, Ctrl+,): the interface language and, in Arabic, its digits. A choice
 * applies at once, without a reload, and is remembered across restarts.
 */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const { number, isoDate } = useTranslator();
  const settings = useI18n((s) => s.settings);
  const choose = useI18n((s) => s.choose);
  const [problem, setProblem] = useState<string | null>(null);
  const dialog = useModalDialog();

  const change = async (next: { language?: Language; digits?: Digits }) => setProblem(await choose({ ...settings, ...next }));

  return (
    <dialog ref={dialog} className="dialog settings-dialog" aria-label={t('settings.dialog.title')} onCancel={onClose}>
      <h2>{t('settings.dialog.title')}</h2>
      <fieldset className="settings-choice">
        <legend>{t('settings.language.legend')}</legend>
        {(['en', 'ar'] as const).map((language) => (
          <label key={language} className="settings-option">
            <input type="radio" name="language" checked={settings.language === language} onChange={() => void change({ language })} />
            {/* Each language is named in itself, so it can be found whatever is shown now. */}
            <span lang={language} translate="no">
              {language === 'ar' ? 'العربية' : 'English'}
            </span>
          </label>
        ))}
      </fieldset>
      {settings.language === 'ar' && (
        <fieldset className="settings-choice">
          <legend>{t('settings.digits.legend')}</legend>
          {(['arab', 'latn'] as const).map((digits) => (
            <label key={digits} className="settings-option">
              <input type="radio" name="digits" checked={settings.digits === digits} onChange={() => void change({ digits })} />
              {t(digits === 'arab' ? 'settings.digits.arab' : 'settings.digits.latn')}
            </label>
          ))}
        </fieldset>
      )}
      <p className="hint settings-sample" role="status">
        <T id="settings.sample" values={{ count: number(1234567.5), date: isoDate('2024-10-07') }} />
      </p>
      {problem && (
        <p role="alert" className="field-error" dir="auto">
          {t('settings.saveFailed', { reason: problem })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('settings.dialog.close')}
        </button>
      </div>
    </dialog>
  );
}
