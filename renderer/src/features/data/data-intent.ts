/**
 * A hand-over to the Data screen from another screen (e.g. the import summary's "Lihat di Data" link):
 * the filters it should open with. Screens are mounted afresh on navigation, so Data reads the request
 * once when it mounts and then clears it.
 */
export interface DataIntent {
  /** A problem code, or '*' for any problem. */
  issue?: string;
}

let pending: DataIntent | null = null;

/** Asks the Data screen to open with these filters (call it just before navigating there). */
export function requestDataIntent(intent: DataIntent): void {
  pending = intent;
}

/** The filters asked for, without consuming them: React may run a state initialiser twice. */
export function peekDataIntent(): DataIntent | null {
  return pending;
}

/** Forgets the request once the Data screen has applied it. */
export function clearDataIntent(): void {
  pending = null;
}
