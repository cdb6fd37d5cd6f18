import { type ReactNode, useMemo } from 'react';
import { FormattedMessage, IntlProvider, type PrimitiveType } from 'react-intl';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { type Translator, intlLocale, messagesFor, reportIntlError } from '../../../../shared/i18n/translate';
import { useI18n } from './i18n.store';

/** Gives react-intl the current language; everything under it re-renders when the language changes. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useI18n((s) => s.translator.locale);
  const messages = useMemo(() => messagesFor(locale), [locale]);
  return (
    <IntlProvider locale={intlLocale(locale)} defaultLocale="en" messages={messages} onError={reportIntlError}>
      {children}
    </IntlProvider>
  );
}

/** The current translator: `t(id, values)`, `number(n)`, `date(d)`; re-renders on a language switch. */
export function useTranslator(): Translator {
  return useI18n((s) => s.translator);
}

/** `const t = useT(); t('library.list.empty')`: a message as a plain string (labels, titles, placeholders). */
export function useT(): Translator['t'] {
  return useI18n((s) => s.translator).t;
}

export type RichValues = Record<string, PrimitiveType | ReactNode | ((parts: ReactNode[]) => ReactNode)>;

/**
 * A message with React parts: `<T id="library.trash.confirm" values={{ title: <UserText>{title}</UserText> }} />`,
 * or tags in the message (`<b>…</b>`) given as functions: `values={{ b: (parts) => <b>{parts}</b> }}`.
 */
export function T({ id, values }: { id: MessageId; values?: RichValues }) {
  return <FormattedMessage id={id} values={values} />;
}

/**
 * Text that belongs to the journalist's corpus (a title, a name, a quote) shown inside the
 * chrome: isolated so its direction cannot reorder the sentence around it, and marked as
 * content so the untranslated-string test does not ask for it to be translated.
 */
export function UserText({ children }: { children: ReactNode }) {
  return <bdi data-user-content="">{children}</bdi>;
}
