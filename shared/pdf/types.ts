/**
 * What pdf.js gives for one page (electron/services/import/pdf/pdf-worker.mjs), reduced to
 * what the layout needs. Coordinates are PDF user space: points, y grows upwards.
 */
export interface PdfRun {
  /** The glyphs' text as pdf.js maps it; within one run already in logical order. */
  text: string;
  /** pdf.js's direction guess for the run: 'ltr', 'rtl' or 'ttb'. */
  dir: string;
  /** Left end of the run on its baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points (from the text matrix). */
  size: number;
  eol: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  left: number;
  bottom: number;
  width: number;
  height: number;
  rotate: number;
  runs: PdfRun[];
}

export interface PdfInfo {
  title: string;
  author: string;
  /** PDF date string, "D:20240312093000+03'00'". */
  creationDate: string;
  producer: string;
}
