/**
 * The result envelope every API call returns. Errors cross the boundary as data, never as thrown
 * exceptions, so Electron IPC, the loopback HTTP transport and the CLI all report them the same way.
 */
export type ErrorCode =
  | 'VALIDATION' // the request did not match the contract
  | 'NOT_FOUND'
  | 'NO_PROJECT' // a call that needs an open project was made without one
  | 'BAD_FILE' // a project or import file that cannot be read
  | 'MIGRATION' // a project file whose schema this version does not know
  | 'IMPORT_FAILED'
  | 'CANCELLED'
  | 'CONFLICT'
  | 'INTERNAL';

/** A failure: `message` is for people (Bahasa Indonesia), `details` for programs. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful result. */
export function succeed<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** Wraps an error as a failed result. */
export function fail<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * The exception services throw to produce a typed failure; the dispatcher turns it into `fail(...)`.
 * Anything else thrown becomes INTERNAL with the stack logged, never shown.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
