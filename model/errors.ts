// Typed errors with stable codes. Modules throw them; only the CLI turns them into one line and an exit code.

export const ERROR_CODES = [
  'E_USAGE', // bad arguments or options
  'E_INPUT', // an input path or file cannot be read
  'E_OUTPUT', // an output directory or file cannot be written
  'E_FORMAT', // a file does not have the expected format (gold, extractions, graph.json)
  'E_NEO4J', // the database is unreachable or refused a query
  'E_NEO4J_SETUP', // the local server could not be obtained or started
  'E_QUERY_REFUSED', // `tafahum query` refused a statement (CSV loading, procedures, transaction administration)
  'E_QUERY_TIMEOUT', // a query ran past its transaction timeout
  'E_BROWSER', // a headless browser is needed and missing
  'E_NOT_FOUND', // an entity, saved query or file that was asked for does not exist
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TafahumError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the user can do about it, printed after the message. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'TafahumError';
  }
}
