/**
 * The report's charts: Vega-Lite specifications compiled by `vega-lite` and rendered to SVG by
 * `vega`'s headless renderer (`view.toSVG()`, no browser, no canvas). The data is inline; the
 * loader refuses every load, so a chart can never reach the network or a file. Rendering is the
 * one asynchronous step of the core because Vega's renderer answers with a promise.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A loader that loads nothing: the specs carry their data inline. */
function noLoader(): vega.Loader {
  const l = vega.loader();
  const refuse = () => Promise.reject(new Error('the backtest report loads no data'));
  l.load = refuse;
  l.sanitize = refuse;
  l.http = refuse;
  l.file = refuse;
  return l;
}

const CONFIG = {
  font: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 220 },
  background: 'white',
} as const;

/** The SVG of a Vega-Lite spec. */
export async function renderChart(spec: TopLevelSpec): Promise<string> {
  const compiled = compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: noLoader(), logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Horizontal bars of counts, largest first. */
export function barSpec(values: Record<string, number>, what: string, count: string): TopLevelSpec {
  const data = Object.entries(values).map(([k, n]) => ({ k, n }));
  return {
    width: 520,
    height: { step: 22 },
    data: { values: data },
    mark: { type: 'bar', color: '#4c78a8', tooltip: true },
    encoding: {
      y: { field: 'k', type: 'nominal', title: what, sort: '-x' },
      x: { field: 'n', type: 'quantitative', title: count },
    },
  };
}

/**
 * Mentions per day, as a line. The days are local dates of the playbook's zone, read and shown as
 * UTC so that the machine's own zone cannot shift them; the axis shows day.month in Russian.
 */
export function daySpec(values: Record<string, number>, day: string, count: string, locale = 'en'): TopLevelSpec {
  const data = Object.entries(values)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([d, n]) => ({ d, n }));
  return {
    width: 640,
    height: 200,
    data: { values: data },
    mark: { type: 'line', point: true, color: '#4c78a8' },
    encoding: {
      x: { field: 'd', type: 'temporal', title: day, timeUnit: 'utcyearmonthdate', axis: { format: locale === 'ru' ? '%d.%m' : '%b %d' } },
      y: { field: 'n', type: 'quantitative', title: count },
    },
  };
}

/** A weekday × hour heatmap. */
export function heatmapSpec(
  grid: number[][],
  weekdays: readonly string[],
  labels: { weekday: string; hour: string; count: string },
): TopLevelSpec {
  const data = grid.flatMap((row, w) => row.map((n, h) => ({ w: weekdays[w], h, n })));
  return {
    width: 640,
    height: 180,
    data: { values: data },
    mark: { type: 'rect', tooltip: true },
    encoding: {
      x: { field: 'h', type: 'ordinal', title: labels.hour },
      y: { field: 'w', type: 'ordinal', title: labels.weekday, sort: [...weekdays] },
      color: { field: 'n', type: 'quantitative', title: labels.count, scale: { scheme: 'blues' } },
    },
  };
}

/** The confusion matrix: expected (rows) × got (columns). */
export function confusionSpec(
  matrix: Record<string, Record<string, number>>,
  types: readonly string[],
  labels: { expected: string; got: string; count: string },
): TopLevelSpec {
  const data = types.flatMap((e) => types.map((g) => ({ e, g, n: matrix[e]?.[g] ?? 0 })));
  return {
    width: { step: 48 },
    height: { step: 28 },
    data: { values: data },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: { color: { field: 'n', type: 'quantitative', title: labels.count, scale: { scheme: 'oranges' } } },
      },
      { mark: { type: 'text', fontSize: 11 }, encoding: { text: { field: 'n', type: 'quantitative' } } },
    ],
    encoding: {
      x: { field: 'g', type: 'nominal', title: labels.got, sort: [...types], axis: { labelAngle: -40 } },
      y: { field: 'e', type: 'nominal', title: labels.expected, sort: [...types] },
    },
  };
}
