import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
// Emoji outlines (Noto Emoji, OFL), bundled so an emoji in an article is never an empty box on a
// machine without an emoji font. The font stack names the system's colour emoji fonts first, so
// machines that have one draw colour. Not Fontsource's Noto Color Emoji: it is the OpenType-SVG
// build, which Chromium (so Electron) cannot draw, and it drew every emoji as nothing at all, even
// where the system had a colour font. Each face covers a unicode-range and loads only when used.
import '@fontsource/noto-emoji/400.css';
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
