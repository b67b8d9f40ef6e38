/**
 * Recognises files that are not text at all, by their first bytes, so the user hears "this is an
 * Excel workbook" rather than a puzzling encoding error.
 */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'file is a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook?)',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'file is an old-style Office document (an Excel .xls workbook?)',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'file is a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'file is a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'file is a JPEG image' },
  { bytes: [0x1f, 0x8b], what: 'file is gzip-compressed' },
];

/** What a binary file is, by its signature, or undefined when it does not start like a known one. */
export function describeBinary(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.what;
}

/**
 * `little-endian` or `big-endian` when the bytes read as UTF-16 text saved without a byte order mark:
 * mostly ASCII, so every other byte is zero. Undefined otherwise.
 */
export function guessUtf16WithoutBom(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero >= pairs * 0.7 && evenZero <= pairs * 0.1) return 'little-endian';
  if (evenZero >= pairs * 0.7 && oddZero <= pairs * 0.1) return 'big-endian';
  return undefined;
}
