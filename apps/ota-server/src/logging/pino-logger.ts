import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/**
 * Structured JSON logs through pino. Nothing here logs requests, addresses, tokens or device ids: the server
 * must not learn (or write down) who a phone belongs to (D5). Redaction is a second line of defence.
 */
export function createPinoLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ota-server' },
      redact: { paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'deviceId', '*.deviceId'], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** Nest's logger interface on top of pino: `logger.log(obj, msg)` or `logger.log(msg)`, context as `ctx`. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const ctx = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const text = rest.find((r): r is string => typeof r === 'string');
    if (message !== null && typeof message === 'object') this.logger[level]({ ctx, ...message }, text ?? '');
    else this.logger[level]({ ctx }, String(message));
  }
}
