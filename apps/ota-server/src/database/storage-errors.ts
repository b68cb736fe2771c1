/**
 * Which errors mean "the database cannot take this now" (D6: answered 503 STORAGE_UNAVAILABLE with Retry-After,
 * never 500, never 2xx): a full disk, an I/O error, a lock that did not come free, a database that is gone or
 * unreachable. Anything else the database says (a constraint, bad SQL) is a bug or a conflict and stays what it is.
 *
 * Errors come from better-sqlite3 (`code` such as SQLITE_FULL, SQLITE_IOERR_WRITE), from pg (`code` a
 * SQLSTATE, or a socket error code, or only a message for a connection that ended), wrapped by TypeORM in a
 * QueryFailedError whose `driverError` holds the original, or rebuilt from a worker's message (`code` kept).
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|CANTOPEN|READONLY|NOMEM|PROTOCOL|CORRUPT|NOTADB|NOLFS)/;
/** SQLSTATE classes 08 (connection), 53 (insufficient resources: disk full, out of memory, too many connections),
 * 57P0x (server shutting down, cannot connect now), 58 (system error: I/O). */
const PG_UNAVAILABLE = /^(08...|53...|57P0[1-4]|58...)$/;
const SOCKET_CODES = new Set([
  'WRITE_WORKER_DOWN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EIO',
]);
/** pg reports a lost or unobtainable connection by message only. */
const PG_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection is not established|terminating connection|the database system is (starting up|shutting down)|sorry, too many clients|Cannot use a pool after calling end/i;

export function isStorageUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 4; depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SQLITE_UNAVAILABLE.test(code) || PG_UNAVAILABLE.test(code) || SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && PG_MESSAGES.test(message)) return true;
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** PostgreSQL aborted the transaction to break a deadlock or a serialization conflict: running it again is safe. */
export function isRetryableConflict(err: unknown): boolean {
  const code = (err as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (err as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** A unique or primary key violation, by the drivers' codes (never by the wording of a message). */
export function isUniqueViolation(err: unknown): boolean {
  const driver = (err as { driverError?: { code?: unknown } } | null)?.driverError ?? err;
  const code = (driver as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** What to tell an operator about a storage failure: the driver's code and message, nothing from the request. */
export function describeStorageError(err: unknown): string {
  const e = (err as { driverError?: unknown } | null)?.driverError ?? err;
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  return `${typeof code === 'string' ? `${code}: ` : ''}${typeof message === 'string' ? message : String(e)}`;
}

/**
 * How the database errors are counted (ota_database_errors_total): `unavailable` (answered 503, see
 * isStorageUnavailable), `conflict` (a deadlock or serialization failure left after the retries), `constraint`
 * (a unique, foreign key or check violation: often a 409 the service expected), `query` (anything else the
 * database refused: a bug).
 */
export const DATABASE_ERROR_KINDS = ['unavailable', 'conflict', 'constraint', 'query'] as const;
export type DatabaseErrorKind = (typeof DATABASE_ERROR_KINDS)[number];

/** The kind of a database error, or undefined for an error that did not come from the database (an ApiError). */
export function databaseErrorKindOf(err: unknown): DatabaseErrorKind | undefined {
  if (isStorageUnavailable(err)) return 'unavailable';
  if (isRetryableConflict(err)) return 'conflict';
  const driver = (err as { driverError?: unknown } | null)?.driverError ?? err;
  const { code, name } = (driver ?? {}) as { code?: unknown; name?: unknown };
  if (typeof code === 'string' && (code.startsWith('SQLITE_CONSTRAINT') || /^23...$/.test(code))) return 'constraint';
  const fromDriver = driver !== err || name === 'QueryFailedError' || name === 'SqliteError' || (typeof code === 'string' && code.startsWith('SQLITE_'));
  return fromDriver ? 'query' : undefined;
}
