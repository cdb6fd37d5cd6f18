import { describe, expect, it } from 'vitest';
import { decodeText, findInvalidUtf8 } from '../../../shared/import/decode';
import { parseByteSize } from '../../../shared/import/problems';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + i * 2] = endian === 'le' ? c & 0xff : c >> 8;
    bytes[3 + i * 2] = endian === 'le' ? c >> 8 : c & 0xff;
  }
  return bytes;
}

describe('decoding imported bytes', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 in both byte orders with a BOM', () => {
    const text = 'قال 😀 المدير John إن 75 موظفاً غادروا.';
    expect(decodeText(utf8(text))).toMatchObject({ text, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toMatchObject({ text, bom: true });
    expect(decodeText(utf16(text, 'le'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be'))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('rejects invalid UTF-8 with the byte offset of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('مرحبا '), 0xe9, ...utf8(' café')]);
    expect(() => decodeText(bytes)).toThrow(/not valid UTF-8 text: byte 11 \(0xE9\)/);
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // an encoded surrogate
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xf0, 0x9f, 0x98]))).toBe(1); // cut short at the end
    expect(findInvalidUtf8(utf8('ok 😀'))).toBe(-1);
  });

  it('counts offsets after a UTF-8 BOM from the start of the file', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toThrow(/byte 4 \(0xFF\)/);
  });

  it('calls binary data binary, and names well-known formats', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toThrow('this is a PNG image, not text');
    expect(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toThrow(/PDF/);
    expect(() => decodeText(new Uint8Array([0x01, 0x02, 0x00, 0x9a, 0x00, 0x7f]))).toThrow(
      /binary data, not text \(a NUL byte at byte 2\)/,
    );
    expect(() => decodeText(utf8('text\u0007with a bell'))).toThrow(/control character U\+0007/);
  });

  it('says when a file looks like UTF-16 without its byte-order mark', () => {
    const bomless = utf16('Hello, this is a plain English sentence.', 'le').subarray(2);
    expect(() => decodeText(bomless)).toThrow(/UTF-16 text without a byte-order mark/);
  });

  it('rejects an empty file and reports replacement characters already in the text', () => {
    expect(() => decodeText(new Uint8Array())).toThrow('the file is empty (0 bytes)');
    expect(decodeText(utf8('a \uFFFD b \uFFFD')).replacementChars).toBe(2);
  });

  it('parses size limits as people write them', () => {
    expect(parseByteSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseByteSize('1.5 kb')).toBe(1536);
    expect(parseByteSize('300')).toBe(300);
    expect(parseByteSize('lots')).toBeNull();
    expect(parseByteSize('0')).toBeNull();
  });
});
