/**
 * The closed list of error codes that may cross the process boundary or leave the CLI.
 * Anything else is INTERNAL: the full error stays in the main-process log under an incident id.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'VAULT_EXISTS',
  'VAULT_NOT_FOUND',
  'VAULT_LOCKED',
  'WRONG_PASSPHRASE',
  'THROTTLED',
  'NOT_ENCRYPTED',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'NOT_FOUND',
  'CONFLICT',
  'STORAGE_FULL',
  'FORBIDDEN_SENDER',
  'UNAVAILABLE',
  'NOT_ALLOWED',
  'PURGE_FAILED',
  'NOT_A_RECIPIENT',
  'BUNDLE_MALFORMED',
  'BUNDLE_TAMPERED',
  'BAD_SIGNATURE',
  'UNKNOWN_SIGNER',
  'ARCHIVE_REFUSED',
  'ATTACHMENT_CORRUPT',
  'SOURCE_UNREADABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** Milliseconds until a throttled unlock may be tried again. */
  retryAfterMs?: number;
  /** Correlates a user-visible INTERNAL error with the main-process log. */
  incidentId?: string;
  /** The file inside a bundle a refusal concerns (entries/<id>.json, attachments/<id>): names we wrote, safe to show. */
  file?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; retryAfterMs?: number; file?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryAfterMs = options?.retryAfterMs;
    this.file = options?.file;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
      ...(this.file === undefined ? {} : { file: this.file }),
    };
  }
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
