import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * The server's structured log: one JSON line per event on stderr (stdout keeps the start-up banner
 * for people). Written synchronously, so that the line about a forced stop is not lost at exit.
 */
export const log: Logger = pino(
  { base: { service: 'bitgoeul' }, timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination({ fd: 2, sync: true }),
);
