import type { LogService } from 'cognito-local/lib/services/LogService.js';

/** cognito-local's pino-shaped logger: its errors become log lines, its chatter is dropped. */
export function engineLogger(log: (line: string) => void): LogService {
  const quiet = (): void => undefined;
  const logger: LogService = {
    child: () => logger,
    debug: quiet,
    info: quiet,
    warn: quiet,
    error: (first: unknown, message?: string) =>
      log(`cognito: ${message ?? (first instanceof Error ? first.message : String(first))}`),
  };
  return logger;
}
