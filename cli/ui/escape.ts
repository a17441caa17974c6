// Control characters never reach the terminal raw: a file name or an entity holding ESC sequences, carriage returns
// or bidi overrides could rewrite what the user sees. They are printed as \uXXXX escapes, which JSON output reads
// back as the same characters (JSON.stringify already escapes C0 controls; this adds DEL, C1 and bidi controls).

/** C0 controls but tab and line feed, a carriage return not ending a line, DEL, C1 controls, bidi embeddings/overrides/isolates. */
const UNSAFE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Makes every string written to the stream pass through escapeControls (the CLI does it for stdout). */
export function escapeStreamWrites(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? escapeControls(chunk) : chunk, ...rest)) as typeof stream.write;
}
