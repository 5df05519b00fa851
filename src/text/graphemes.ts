/**
 * Grapheme clusters in linear time. `Intl.Segmenter`'s iterator in Node 20 (V8 11–12) costs time in
 * proportion to the text's length for every segment it returns, so one pass over a long text is
 * quadratic: 80,000 code units of emoji took 6 s. These helpers segment the text in windows of
 * SEGMENT_WINDOW units and stitch them: every boundary inside a window is a true boundary of the
 * whole text (the rules of UAX #29 look one character ahead, and back only within a cluster or a
 * run of regional indicators, which a true boundary splits the same way; a window never ends
 * inside a surrogate pair, so that character is whole); only a window's last
 * cluster may go on into the next window, so the next window starts where that cluster starts.
 */

/** Code units segmented at once. */
export const SEGMENT_WINDOW = 1024;

let segmenter: Intl.Segmenter | undefined;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * The grapheme clusters of the text, a window at a time (lazily: a caller that needs only the
 * start of a long text pays only for the start).
 */
export function* graphemeWindows(text: string): Generator<string[]> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const n = text.length;
  let i = 0;
  let window = SEGMENT_WINDOW;
  while (i < n) {
    let end = Math.min(n, i + window);
    // Never end a window inside a surrogate pair: the half would be a different character.
    if (end < n && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    const part = end === n && i === 0 ? text : text.slice(i, end);
    const clusters: string[] = [];
    for (const s of segmenter.segment(part)) clusters.push(s.segment);
    if (end === n) {
      yield clusters;
      return;
    }
    if (clusters.length <= 1) {
      // One cluster fills the window (a letter with thousands of marks): look further.
      window *= 2;
      continue;
    }
    // The window's last cluster may go on into the next window: the next one starts where it starts.
    const last = clusters.pop() as string;
    i = end - last.length;
    yield clusters;
    window = SEGMENT_WINDOW;
  }
}

/** The grapheme clusters of the text, one by one, lazily. */
export function* graphemeIter(text: string): Generator<string> {
  for (const clusters of graphemeWindows(text)) yield* clusters;
}

/** Calls `each` with every grapheme cluster of the text, in order. */
export function forEachGrapheme(text: string, each: (cluster: string) => void): void {
  for (const clusters of graphemeWindows(text)) for (const g of clusters) each(g);
}

/** The grapheme clusters of the text. */
export function splitGraphemes(text: string): string[] {
  const out: string[] = [];
  forEachGrapheme(text, (g) => {
    out.push(g);
  });
  return out;
}

/** How many grapheme clusters the text has. */
export function countGraphemeClusters(text: string): number {
  let n = 0;
  forEachGrapheme(text, () => {
    n++;
  });
  return n;
}
