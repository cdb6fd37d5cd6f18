/**
 * Each other annotator's layer gets a style slot: a colour *and* a line pattern and a letter,
 * so two annotators are told apart without relying on colour (and in print, and for people
 * who do not see the colours). Slots are given in the order the layers are listed, which is
 * stable (by name), so an annotator keeps their style while the journalist works.
 */
export const LAYER_SLOTS = 4;

export interface LayerStyle {
  slot: number;
  /** A short tag shown on each of their cards: "A", "B"… */
  letter: string;
  /** How their spans are drawn in the text, said in words for the legend. */
  pattern: string;
}

const PATTERNS = ['solid line above', 'dashed line above', 'dotted line above', 'double line above'];

export function layerStyle(index: number): LayerStyle {
  const slot = index % LAYER_SLOTS;
  return { slot, letter: String.fromCharCode(65 + (index % 26)), pattern: PATTERNS[slot] as string };
}

/** The styles of the layers shown, by annotator id, in list order. */
export function layerStyles(annotatorIds: readonly string[]): Record<string, LayerStyle> {
  return Object.fromEntries(annotatorIds.map((id, i) => [id, layerStyle(i)]));
}
