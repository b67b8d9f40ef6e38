import { InputError } from '../errors.js';
import { describeBinary, guessUtf16WithoutBom } from './sniff.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text the way spreadsheets save files: UTF-8 with or without a BOM, or UTF-16 with a BOM
 * (Excel's "Unicode text"). Anything else (Latin-1 and other legacy code pages, UTF-16 without a BOM,
 * workbooks, binary files) is an error naming the byte offset, because guessing an encoding would
 * silently garble names and ids.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), file);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), file);
  }
  const binary = describeBinary(bytes);
  if (binary) {
    throw new InputError([
      { file, line: 1, column: 1, message: `${binary}, not a text file; export the data as CSV UTF-8` },
    ]);
  }
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 1,
        message: `file looks like UTF-16 (${utf16}) without a byte order mark; save it as "CSV UTF-8" or as UTF-16 with a BOM`,
      },
    ]);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = position(bytes, offset);
    throw new InputError([
      {
        file,
        line,
        column,
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
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    const column = nul - before.lastIndexOf('\n');
    throw new InputError([
      {
        file,
        line,
        column,
        message:
          'file contains a NUL byte (\\0): it is binary or damaged, not a text file; remove the byte or export the data again',
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

/** 1-based line and column (in characters, counting each UTF-8 sequence once) of a byte offset. */
function position(bytes: Uint8Array, end: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if ((bytes[i]! & 0xc0) !== 0x80) {
      column++;
    }
  }
  return { line, column };
}
