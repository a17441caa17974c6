// A progress bar that only appears when a run lasts more than a couple of seconds, on a terminal.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

export function delayedProgress(label: string, delayMs = 2000, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total, detail = '') {
      if (!bar && (Date.now() - started < delayMs || !stream.isTTY)) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% | {value}/{total} | {detail} | eta {eta_formatted}`, stream, hideCursor: true },
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
