/**
 * The language server after a framing error on its input: it logs why on standard error and exits
 * non-zero (2) within a bound, so the editor starts a new one — instead of running on, silent.
 * The real `replybook lsp --stdio` process; each case writes one broken frame after a good one.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ensureDist } from '../build/support/dist.js';
import { FRAME_STALL_MS, MAX_BODY_BYTES, MAX_HEADER_BYTES } from '../../src/lsp/framing.js';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => `${header}\r\n\r\n${body}`;
const initialize = frame(
  JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
);

/**
 * Starts the server, writes `initialize` and, once it is answered (the server is up), `input`
 * (then closes its input when `close`); waits for it to end.
 */
function serve(
  input: string,
  close: boolean,
  maxMs: number,
): Promise<{ code: number | null; stderr: string; stdout: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    let killed = false;
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (!sent && stdout.includes('"capabilities"')) {
        sent = true;
        child.stdin.write(input);
        if (close) child.stdin.end();
      }
    });
    child.stdin.on('error', () => undefined);
    child.stdin.write(initialize);
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, maxMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout, killed });
    });
  });
}

const STOPPING =
  /^replybook lsp: stopping: the editor sent input that is not the language server protocol's framing \((.+)\); the editor should start a new server$/m;

describe('replybook lsp --stdio after a framing error', () => {
  it.each([
    [
      'a header without Content-Length',
      'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}',
      'a message header without Content-Length',
    ],
    ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n{}', 'Content-Length "twelve" is not a number of bytes'],
    [
      'a Content-Length that lies (too short)',
      frame('{"jsonrpc":"2.0","method":"initialized","params":{}}', 'Content-Length: 12'),
      'the body is not JSON',
    ],
    ['a body that is not JSON', frame('hello, server'), 'the body is not JSON'],
    [
      'a header of megabytes without a blank line',
      'X'.repeat(4 * 1024 * 1024),
      `a header of more than ${MAX_HEADER_BYTES} bytes without the blank line that ends it`,
    ],
    [
      'a Content-Length over the limit',
      `Content-Length: ${MAX_BODY_BYTES * 4}\r\n\r\n{`,
      `is more than the ${MAX_BODY_BYTES} bytes a message may have`,
    ],
  ])(
    '%s: says so on stderr and exits 2',
    async (_name, bad, reason) => {
      await ensureDist();
      const r = await serve(bad, false, 20_000);
      expect(r.killed).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(STOPPING);
      expect(STOPPING.exec(r.stderr)![1]).toContain(reason);
      // The good frame before it was answered: the server was up and the guard let it through.
      expect(r.stdout).toContain('"capabilities"');
    },
    60_000,
  );

  it('a Content-Length that lies (too long), the rest never coming: exits after the stall time', async () => {
    await ensureDist();
    const r = await serve(frame('{"jsonrpc":"2.0","method":"initialized","params":{}}', 'Content-Length: 5000'), false, FRAME_STALL_MS * 3);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(2);
    expect(STOPPING.exec(r.stderr)?.[1]).toMatch(/^waited 10 s for the rest of a message: got \d+ of the 5000 bytes/);
  }, 60_000);

  it('input that ends inside a message: exits 2', async () => {
    await ensureDist();
    const r = await serve(frame('{"jsonrpc":', 'Content-Length: 400'), true, 20_000);
    expect(r.code).toBe(2);
    expect(STOPPING.exec(r.stderr)?.[1]).toContain('the input ended inside a message: 11 of the 400 bytes');
  }, 60_000);

  it('a well-formed session still ends as the protocol says (exit 0 after shutdown and exit)', async () => {
    await ensureDist();
    const shutdown = frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    const exit = frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' }));
    const r = await serve(shutdown + exit, false, 20_000);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STOPPING);
  }, 60_000);
});
