/**
 * The app's log: stderr only, and only technical context (channel names, stacks, counts). Callers
 * must never pass record values here: NIK, No. KK and phone numbers never reach a log (UU 27/2022).
 */
export function logError(context: string, err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(`[peta-potensi] ${context}: ${e.stack ?? e.message}\n`);
}

/** An informational line on stderr (progress, where files went). */
export function logInfo(message: string): void {
  process.stderr.write(`[peta-potensi] ${message}\n`);
}
