import { InputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text the way spreadsheets save files: UTF-8 with or without a BOM, or UTF-16 with a BOM
 * (Excel's "Unicode text"). Anything else (Latin-1 and other legacy code pages, binary files) is an
 * error naming the byte offset, because guessing an encoding would silently garble names and ids.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), file);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), file);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    throw new InputError([
      {
        file,
        line,
        message: `file is not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}); it looks like Latin-1 or another legacy encoding. Save it as "CSV UTF-8" or UTF-16 with a BOM.`,
      },
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkText(text, file);
}

function checkText(text: string, file: string): string {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new InputError([
      {
        file,
        line,
        message: 'file contains a NUL byte: it is binary or UTF-16 without a BOM, not a text file.',
      },
    ]);
  }
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
