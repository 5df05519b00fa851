/** Builds Template objects from real YAML, with `textSource` as the loader reports it (the scalar's range). */
import { LineCounter, parseDocument, isMap, isScalar, type Scalar } from 'yaml';
import type { Template } from '../../src/model/playbook.js';

export function templatesFromYaml(src: string, file = 'playbooks/acme/templates.yaml'): Template[] {
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc });
  const pos = (offset: number) => {
    const lp = lc.linePos(offset);
    return { line: lp.line, column: lp.col, offset };
  };
  const map = doc.get('templates', true);
  if (!isMap(map)) throw new Error('no templates');
  const out: Template[] = [];
  for (const pair of map.items) {
    const id = String((pair.key as Scalar).value);
    const node = doc.getIn(['templates', id, 'text'], true);
    if (!isScalar(node) || !node.range) throw new Error(`no text in ${id}`);
    const style = node.type === 'PLAIN' ? 'plain' : node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 'quoted' : 'block';
    const when = (doc.getIn(['templates', id, 'when']) as { toJSON?: () => unknown } | undefined)?.toJSON?.() as
      Record<string, unknown> | undefined;
    const norm = Object.fromEntries(Object.entries(when ?? {}).map(([k, v]) => [k, k === 'holding' ? v : Array.isArray(v) ? v : [v]]));
    const source = { file, range: { start: pos(node.range[0]), end: pos(node.range[1]) }, path: ['templates', id, 'text'] };
    out.push({
      id,
      when: norm,
      text: String(node.value),
      textSource: { ...source, style },
      source: { ...source, path: ['templates', id] },
    });
  }
  return out;
}

/** The text of a file at a range. */
export function slice(src: string, range: { start: { offset: number }; end: { offset: number } }): string {
  return src.slice(range.start.offset, range.end.offset);
}
