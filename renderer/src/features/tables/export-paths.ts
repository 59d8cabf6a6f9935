/**
 * Export file names. The services write the file at a path on the computer that runs them (their
 * exports folder by default), so the path is built in the style of that folder's path (`/` or `\`).
 */

/** The separator a path uses: `\\` for a Windows path without any `/`, else `/`. */
export function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** The folder of a file path, its file name and the separator it uses. */
export function splitFolder(path: string): { folder: string; name: string; separator: '/' | '\\' } {
  const separator = separatorOf(path);
  const cut = path.lastIndexOf(separator);
  return { folder: cut > 0 ? path.slice(0, cut) : cut === 0 ? separator : '.', name: path.slice(cut + 1), separator };
}

/** Same folder, ignoring a trailing separator (`/a/b/` = `/a/b`). */
export function sameFolder(a: string, b: string): boolean {
  const trim = (p: string) => (p.length > 1 ? p.replace(/[\\/]+$/, '') : p);
  return trim(a) === trim(b);
}

/** `Demo Kota Pasuruan 2022 (DATA SINTETIS)` -> `demo-kota-pasuruan-2022-data-sintetis` (safe in every file system). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'peta-potensi';
}

/** Joins a folder and a file name with the folder's separator. */
export function joinPath(folder: string, name: string, separator: '/' | '\\'): string {
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

/** `51 KB`, `4,4 MB` (Indonesian decimals). */
export function formatBytes(bytes: number): string {
  const f = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${f.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${f.format(Math.round(bytes / 1024))} KB`;
  return `${f.format(bytes)} B`;
}
