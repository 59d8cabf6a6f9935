/**
 * The browser mode cannot read paths, so an uploaded file crosses the API as base64 (the contract's
 * `source: {kind:'upload'}`). Base64 grows the text by a third and the whole request is held in memory
 * on both sides, so very large files are better given by path.
 */

/** Largest file (bytes) sent as an upload; beyond this the user is asked for the path. 300 MB. */
export const MAX_UPLOAD_BYTES = 300 * 1024 * 1024;

/** Reads a chosen file as base64 (without the `data:…;base64,` prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

/** A file name without its extension (`survei-2025.csv` -> `survei-2025`), as a default round name. */
export function stripExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
