/** The framing guard in front of the protocol library: good frames pass unchanged, the first bad one is reported. */
import { describe, expect, it } from 'vitest';
import { FramingGuard, MAX_BODY_BYTES, MAX_HEADER_BYTES } from '../../src/lsp/framing.js';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => `${header}\r\n\r\n${body}`;

/** Feeds `chunks` (then ends, unless `open`) and returns what passed and what was reported. */
async function feed(chunks: Array<string | Buffer>, opts: { open?: boolean; stallMs?: number; wait?: number } = {}) {
  const broken: string[] = [];
  const guard = new FramingGuard({ onBroken: (r) => broken.push(r), stallMs: opts.stallMs });
  const out: Buffer[] = [];
  guard.on('data', (b: Buffer) => out.push(b));
  for (const c of chunks) guard.write(c);
  if (!opts.open) guard.end();
  await new Promise((r) => setTimeout(r, opts.wait ?? 20));
  return { passed: Buffer.concat(out).toString('utf8'), broken };
}

describe('FramingGuard', () => {
  const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { text: 'Заказ 👍🏽' } });
  const note = JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} });

  it('passes well-formed frames through unchanged, whatever the chunks', async () => {
    const stream =
      frame(init) + frame(note, `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(note)}`);
    const bytes = Buffer.from(stream);
    const byteByByte = [...bytes].map((b) => Buffer.from([b]));
    for (const chunks of [[stream], byteByByte, [bytes.subarray(0, 7), bytes.subarray(7, 40), bytes.subarray(40)]]) {
      const r = await feed(chunks);
      expect(r.broken).toEqual([]);
      expect(r.passed).toBe(stream);
    }
  });

  it.each([
    ['no Content-Length', ['Content-Type: application/json\r\n\r\n{}'], 'a message header without Content-Length'],
    ['a Content-Length that is not a number', ['Content-Length: abc\r\n\r\n{}'], 'Content-Length "abc" is not a number of bytes'],
    ['a negative Content-Length', ['Content-Length: -5\r\n\r\n{}'], 'is not a number of bytes'],
    ['a Content-Length over the limit', [`Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`], `more than the ${MAX_BODY_BYTES} bytes`],
    ['a header line without a colon', ['Content-Length 5\r\n\r\nhello'], 'a header line is not `Name: value`'],
    ['a body that is not JSON', [frame('hello')], 'the body is not JSON'],
    ['a body that is JSON but not a message', [frame('[1,2]')], 'not a JSON-RPC message'],
    ['a Content-Length that is too short', [frame('{"jsonrpc":"2.0","method":"x"}', 'Content-Length: 10')], 'the body is not JSON'],
    ['a header of megabytes without its blank line', ['a'.repeat(3_000_000)], `a header of more than ${MAX_HEADER_BYTES} bytes`],
  ])('reports %s, once, and passes nothing after it', async (_name, chunks, reason) => {
    const r = await feed([frame(note), ...chunks, frame(note)]);
    expect(r.broken).toHaveLength(1);
    expect(r.broken[0]).toContain(reason);
    expect(r.passed).toBe(frame(note));
  });

  it.each([
    ['inside a body', [frame('{}', 'Content-Length: 100')], 'the input ended inside a message: 2 of the 100 bytes'],
    ['inside a header', ['Content-Length: 5\r\n'], "the input ended inside a message's header"],
  ])('reports input that ends %s', async (_name, chunks, reason) => {
    const r = await feed([frame(note), ...chunks]);
    expect(r.broken).toHaveLength(1);
    expect(r.broken[0]).toContain(reason);
    expect(r.passed).toBe(frame(note));
  });

  it('reports a Content-Length that lies upwards when the rest never comes', async () => {
    const r = await feed([frame('{}', 'Content-Length: 50')], { open: true, stallMs: 50, wait: 150 });
    expect(r.broken).toEqual(['waited 0.05 s for the rest of a message: got 2 of the 50 bytes its Content-Length announced']);
  });

  it('does not time out between frames', async () => {
    const r = await feed([frame(note)], { open: true, stallMs: 30, wait: 100 });
    expect(r.broken).toEqual([]);
  });
});
