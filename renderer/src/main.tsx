import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
// Colour emoji (OFL), bundled so an emoji in an article never shows as an empty box on a
// machine without an emoji font; each face covers a unicode-range and loads only when used.
import '@fontsource/noto-color-emoji/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useNavigation } from './app/navigation';
import { I18nProvider } from './ui/i18n/I18n';
import { useI18n } from './ui/i18n/i18n.store';
import { warmArabicFonts } from './ui/font-warmup';

window.isnadNavigation = useNavigation;
warmArabicFonts();

// The language is known before the first paint, so an Arabic interface never flashes English.
void useI18n
  .getState()
  .load()
  .finally(() =>
    createRoot(document.getElementById('root') as HTMLElement).render(
      <StrictMode>
        <I18nProvider>
          <App />
        </I18nProvider>
      </StrictMode>,
    ),
  );
