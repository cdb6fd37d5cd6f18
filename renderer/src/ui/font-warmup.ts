/**
 * The bundled Arabic faces (main.tsx) load only when text first uses them, so the first
 * Arabic document opened would be laid out in a fallback font, then laid out and painted
 * again when each face arrives: a visible reflow and 50 ms-long tasks right after the
 * click. Asked for as the app starts, beside its first requests, they are ready by then.
 * They are files inside the app (no network), a few tens of KB each.
 */
const FACES = ['400 1em "Noto Naskh Arabic"', '700 1em "Noto Naskh Arabic"', '400 1em "Noto Sans Arabic"', '600 1em "Noto Sans Arabic"'];

/** A letter inside the faces' unicode-range, so the Arabic subset is the file fetched. */
const ARABIC_SAMPLE = 'ب';

export function warmArabicFonts(): void {
  if (typeof document === 'undefined' || !document.fonts) return;
  // Nothing waits for them: the first screen paints as soon as it is ready, fonts or not.
  for (const face of FACES) void document.fonts.load(face, ARABIC_SAMPLE).catch(() => {});
}
