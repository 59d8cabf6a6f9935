import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/result';
import type { FileSource } from '../../shared/api/contract-import';

export interface LoadedSource {
  bytes: Uint8Array;
  fileName: string;
}

/** Reads the bytes of a file to import: a path on this computer, or an upload's base64 (browser mode). */
export function loadSource(source: FileSource): LoadedSource {
  if (source.kind === 'upload') {
    return { bytes: Buffer.from(source.base64, 'base64'), fileName: basename(source.name) };
  }
  let bytes: Buffer;
  try {
    if (statSync(source.path).isDirectory()) throw new AppError('BAD_FILE', `Yang dipilih adalah folder, bukan berkas: ${basename(source.path)}`);
    bytes = readFileSync(source.path);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'berkas tidak ditemukan' : code === 'EACCES' ? 'tidak ada izin membaca berkas' : 'berkas tidak dapat dibaca';
    throw new AppError('BAD_FILE', `Impor gagal: ${why} (${basename(source.path)}). Proyek tidak diubah.`);
  }
  return { bytes, fileName: basename(source.path) };
}
