import JSZip from 'jszip';
import { Readable } from 'node:stream';

/**
 * Single parts of a workbook's zip, through JSZip (already exceljs's own zip library): opening reads
 * only the central directory, and a part is inflated when asked for, so the import wizard's preview
 * can read one sheet's first rows without inflating the rest (read-xlsx-head.ts).
 */
export type ZipArchive = JSZip;

/** The archive, or null for what JSZip cannot open (not a zip, cut off, encrypted): the caller then reads the file the slow way, which also gives the error a damaged file deserves. */
export async function openZip(bytes: Uint8Array): Promise<ZipArchive | null> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

/** The names of the archive's files (no folders), a leading slash dropped as exceljs does. */
export function zipFileNames(zip: ZipArchive): string[] {
  return Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name.replace(/^\//, ''));
}

function fileOf(zip: ZipArchive, name: string): JSZip.JSZipObject {
  const file = zip.file(name) ?? zip.file(`/${name}`);
  if (!file) throw new Error(`Bagian ${name} tidak ada di arsip.`);
  return file;
}

/** The whole content of a (small) part. */
export function readZipEntry(zip: ZipArchive, name: string): Promise<Buffer> {
  return fileOf(zip, name).async('nodebuffer');
}

/**
 * The content of a part piece by piece, so a reader that has seen enough can stop without inflating
 * the rest (leaving the loop early destroys the stream).
 */
export async function* streamZipEntry(zip: ZipArchive, name: string): AsyncGenerator<Buffer> {
  // JSZip's stream is an old-style one (no async iteration): wrap it in a current Readable.
  const stream = new Readable().wrap(fileOf(zip, name).nodeStream('nodebuffer'));
  try {
    for await (const piece of stream) yield piece as Buffer;
  } finally {
    stream.destroy();
  }
}

/** A zip of uncompressed parts: the small workbook handed to exceljs (see read-xlsx-head.ts). */
export function writeStoredZip(files: ReadonlyArray<{ name: string; data: Uint8Array }>): Promise<Buffer> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
