// Progress on stderr for long runs: a bar that appears after a couple of seconds, only on a terminal.
// `byteProgress` shows bytes, documents, rate and ETA (never NaN: unknown is shown as "…").
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

export interface ByteProgress {
  update(p: { bytesDone: number; bytesTotal: number; documents: number }): void;
  stop(): void;
}

const silent = { update: () => undefined, stop: () => undefined };

export function delayedProgress(label: string, delayMs = 2000, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total, detail = '') {
      if (!bar && (Date.now() - started < delayMs || !stream.isTTY)) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% | {value}/{total} | {detail}`, stream, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { detail });
      }
      bar.setTotal(total);
      bar.update(done, { detail });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** Build progress by bytes and documents; silent when `quiet` (--json) or when stderr is not a terminal. */
export function byteProgress(label: string, options: { quiet?: boolean; delayMs?: number; stream?: NodeJS.WriteStream } = {}): ByteProgress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return silent;
  const started = Date.now();
  const delayMs = options.delayMs ?? 1000;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update({ bytesDone, bytesTotal, documents }) {
      const elapsed = (Date.now() - started) / 1000;
      if (!bar && elapsed * 1000 < delayMs) return;
      const total = Math.max(1, bytesTotal);
      const payload = { documents, size: `${formatMb(bytesDone)}/${formatMb(bytesTotal)}`, ...rateAndEta(bytesDone, bytesTotal, elapsed) };
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% | {size} | {documents} documents | {rate} | eta {eta}`, stream, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, Math.min(bytesDone, total), payload);
      }
      bar.setTotal(total);
      bar.update(Math.min(bytesDone, total), payload);
    },
    stop() {
      bar?.stop();
    },
  };
}

/** Rate in MB/s and the time left, as text; "…" until there is something to measure. */
export function rateAndEta(bytesDone: number, bytesTotal: number, seconds: number): { rate: string; eta: string } {
  if (!(seconds > 0) || !(bytesDone > 0)) return { rate: '… MB/s', eta: '…' };
  const perSecond = bytesDone / seconds;
  const left = Math.max(0, bytesTotal - bytesDone) / perSecond;
  return { rate: `${(perSecond / 1e6).toFixed(2)} MB/s`, eta: Number.isFinite(left) ? formatDuration(left) : '…' };
}

function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
