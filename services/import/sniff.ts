import { AppError } from '../../shared/api/result';

/** What a file is: an Excel workbook, or text in a known encoding. */
export type SniffResult = { kind: 'xlsx' } | { kind: 'text'; text: string; encoding: string };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function refuse(fileName: string, why: string): never {
  throw new AppError('BAD_FILE', `Berkas "${fileName}" tidak dapat diimpor: ${why} Proyek tidak diubah.`);
}

/**
 * Recognises the file and decodes text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
 * text"), otherwise Windows-1252 (Excel with Indonesian settings). Binary files, old .xls, PDFs and empty
 * files are refused with a message saying what to do. `maxBytes` decodes only the start (for a preview).
 */
export function sniffSource(bytes: Uint8Array, fileName: string, maxBytes?: number): SniffResult {
  if (bytes.length === 0) refuse(fileName, 'berkasnya kosong (0 bita).');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    refuse(fileName, 'ini berkas Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx atau CSV.');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) refuse(fileName, 'ini berkas PDF, bukan tabel. Gunakan berkas Excel (.xlsx) atau CSV.');
  const partial = maxBytes !== undefined && bytes.length > maxBytes;
  const slice = partial ? bytes.subarray(0, maxBytes) : bytes;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return checkText(new TextDecoder(encoding).decode(slice), encoding, fileName);
  }
  if (looksBinary(slice)) refuse(fileName, 'isinya bukan teks atau tabel (berkas biner). Gunakan berkas Excel (.xlsx) atau CSV.');
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    // `stream: true` keeps a multi-byte character cut at the end of a preview slice from counting as invalid.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(slice, { stream: partial });
    return checkText(text, bom ? 'utf-8-bom' : 'utf-8', fileName);
  } catch {
    return checkText(new TextDecoder('windows-1252').decode(slice), 'windows-1252', fileName);
  }
}

function checkText(text: string, encoding: string, fileName: string): SniffResult {
  if (text.trim() === '') refuse(fileName, 'berkasnya tidak berisi data.');
  return { kind: 'text', text, encoding };
}

/** NUL bytes, or many control characters, in the first 64 KiB: not a text table. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.05;
}
