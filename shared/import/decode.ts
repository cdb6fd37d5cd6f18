import { findForbiddenCharacter, forbiddenCharacterReason } from '../text/policy';
import { type ErrorMessageId, englishText, importProblem } from '../error-text';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** U+FFFD already present in the source: a sign of an earlier lossy conversion. */
  replacementChars: number;
}

/** What a file dropped by mistake is, told by its first bytes. */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'zip' | 'ole' | 'gzip' | 'elf' | 'rar' | '7z';

/** Signatures of files people drop by mistake, so the error can say what the file is. */
const SIGNATURES: Array<[FileKind, number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip', [0x1f, 0x8b]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];

const KIND_MESSAGE: Record<FileKind, ErrorMessageId> = {
  pdf: 'errors.import.kind.pdf',
  png: 'errors.import.kind.png',
  jpeg: 'errors.import.kind.jpeg',
  gif: 'errors.import.kind.gif',
  zip: 'errors.import.kind.zip',
  ole: 'errors.import.kind.ole',
  gzip: 'errors.import.kind.gzip',
  elf: 'errors.import.kind.elf',
  rar: 'errors.import.kind.rar',
  '7z': 'errors.import.kind.7z',
};

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function describeSignature(bytes: Uint8Array): FileKind | null {
  for (const [kind, signature] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  return null;
}

/**
 * The values that name a file's kind in a message's `{detail}`: said by the reader's own
 * translator (an Arabic sentence gets Arabic words); `what` keeps the English for older readers.
 */
export function kindValues(kind: FileKind): { detailId: ErrorMessageId; what: string } {
  return { detailId: KIND_MESSAGE[kind], what: englishText(KIND_MESSAGE[kind]) };
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
 * Overlongs, surrogates and values above U+10FFFF are invalid too (as in TextDecoder).
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countReplacement(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** Reports text bytes that look like UTF-16 saved without a byte-order mark. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const pairs = sample / 2;
  return pairs >= 4 && (evenZeros > pairs * 0.3 || oddZeros > pairs * 0.3) && Math.min(evenZeros, oddZeros) < pairs * 0.05;
}

/**
 * Whether bytes that are not UTF-8 read as Arabic in the Windows Arabic code page (Windows-1256,
 * Notepad's "ANSI" on an Arabic Windows): most of their letters Arabic. Only so that the error
 * can say it: the file is still refused, as a guessed code page could store wrong letters.
 */
export function looksLikeWindows1256Arabic(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('windows-1256').decode(bytes.subarray(0, 65_536));
  } catch {
    return false;
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/[\u0621-\u064A]/g)?.length ?? 0;
  return arabic >= 20 && arabic >= letters * 0.6;
}

/**
 * Turns the bytes of a text file into a string, or explains exactly why not. Only UTF-8
 * (with or without BOM) and UTF-16 with a BOM are accepted: guessing a legacy code page
 * would store wrong letters without anyone noticing.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw importProblem('empty', 'errors.import.empty');
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw importProblem('invalid-encoding', 'errors.import.utf32');
  }
  let decoded: Decoded;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: Encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if ((bytes.length - 2) % 2 !== 0) {
      throw importProblem('invalid-encoding', 'errors.import.utf16Truncated', { encoding: encoding.toUpperCase(), byte: bytes.length - 1 });
    }
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw importProblem('invalid-encoding', 'errors.import.utf16Surrogate', { encoding: encoding.toUpperCase() });
    }
    decoded = { text, encoding, bom: true, replacementChars: 0 };
  } else {
    const signature = describeSignature(bytes);
    if (signature) throw importProblem('binary', 'errors.import.binarySignature', kindValues(signature));
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const nul = bytes.subarray(0, 8192).indexOf(0);
    if (nul >= 0) {
      if (looksLikeBomlessUtf16(bytes)) {
        throw importProblem('invalid-encoding', 'errors.import.utf16NoBom');
      }
      throw importProblem('binary', 'errors.import.binaryNul', { byte: nul });
    }
    const body = bom ? bytes.subarray(3) : bytes;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      // Only a failing file pays for the byte-by-byte scan that finds where.
      const bad = Math.max(0, findInvalidUtf8(body));
      const offset = bad + (bom ? 3 : 0);
      // "0x" travels inside the value: an Arabic sentence isolates the value, and would set "0x" apart from it.
      const hex = `0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      if (looksLikeWindows1256Arabic(body)) throw importProblem('invalid-encoding', 'errors.import.windows1256', { byte: offset, hex });
      throw importProblem('invalid-encoding', 'errors.import.invalidUtf8', { byte: offset, hex });
    }
    decoded = { text, encoding: 'utf-8', bom, replacementChars: 0 };
  }
  const forbidden = findForbiddenCharacter(decoded.text);
  if (forbidden) {
    const reason = forbiddenCharacterReason(forbidden);
    throw importProblem('binary', reason.id, reason.values);
  }
  decoded.replacementChars = countReplacement(decoded.text);
  return decoded;
}

/** Decodes with a charset a web page declares (e.g. windows-1256), failing on bytes it cannot map. */
export function decodeDeclared(bytes: Uint8Array, charset: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw importProblem('invalid-encoding', 'errors.import.unknownCharset', { charset });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw importProblem('invalid-encoding', 'errors.import.invalidCharset', { charset });
  }
}
