/**
 * Progress of a long run on a terminal (`backtest`): rows, rate and time left on stderr, drawn by
 * cli-progress, only when stderr is a terminal and not under CI (a log gets no bar), and cleared when
 * the run ends so the summary that follows stands alone.
 */
import cliProgress from 'cli-progress';
import type { CliIO } from '../src/node/io.js';
import { underCi } from './snapshots.js';
import { translate, type Lang } from '../src/i18n/index.js';
import { backtestMessages } from '../src/i18n/catalogs/backtest.js';

export interface Progress {
  /** `bytes` more of the input read, and `rows` more rows run. */
  advance(bytes: number, rows: number): void;
  /** Removes the bar (the run is over, or stopped). */
  stop(): void;
}

const NONE: Progress = { advance: () => {}, stop: () => {} };

/** The bar's fields, as cli-progress fills them in its format (`{bar}`, `{rows}`…). */
const FIELDS = { bar: '{bar}', percentage: '{percentage}', rows: '{rows}', rate: '{rate}', eta: '{eta_formatted}' };

/** A progress bar over `totalBytes` of input, or one that draws nothing where no bar belongs; its words in `lang`. */
export function runProgress(io: CliIO, label: string, totalBytes: number, lang: Lang = 'en'): Progress {
  if (!io.stderr.isTTY || underCi(undefined, io.env) || io.env.TERM === 'dumb' || totalBytes <= 0) return NONE;
  const numbers = lang === 'ru' ? 'ru-RU' : 'en-US';
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: translate(backtestMessages, lang)('progress.line', { label, ...FIELDS }),
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: false,
      fps: 5,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let bytes = 0;
  let rows = 0;
  bar.start(totalBytes, 0, { rows: 0, rate: 0 });
  return {
    advance(b, r) {
      bytes = Math.min(totalBytes, bytes + b);
      rows += r;
      const seconds = (Date.now() - started) / 1000;
      bar.update(bytes, { rows: rows.toLocaleString(numbers), rate: seconds > 0 ? Math.round(rows / seconds).toLocaleString(numbers) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
