/**
 * The language server's input, checked frame by frame before the protocol library reads it. The
 * library (vscode-jsonrpc) reports a broken frame to nobody and then waits forever: a header
 * without Content-Length, a length that is not a number, a body that is not JSON, or a header
 * that never ends (it keeps every byte of it, and re-reads them all on each chunk). An editor
 * then shows a server that is running but answers nothing.
 *
 * `FramingGuard` sits between standard input and the library: it passes each well-formed frame
 * through unchanged, and on the first broken one calls `onBroken` with what was wrong — the
 * command logs that on standard error and exits non-zero, so the editor starts a new server.
 *
 * A frame is LSP's base protocol: header lines `Name: value` ending in `\r\n`, an empty line, then
 * exactly Content-Length bytes of a UTF-8 JSON-RPC message (a JSON object). Limits:
 */
import { Transform, type TransformCallback } from 'node:stream';

/** The most bytes a frame's header may have before the blank line that ends it (real headers have under 100). */
export const MAX_HEADER_BYTES = 8 * 1024;

/**
 * The largest Content-Length accepted: 16 MiB, eight times the largest playbook file replybook
 * reads (2 MiB, src/load/limits.ts), so a whole file in `didOpen` fits even with every character
 * escaped in JSON.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * How long the rest of a started frame may take to arrive (ms). A Content-Length larger than the
 * body that follows would otherwise wait forever for bytes that never come while the editor
 * waits for an answer; 10 s is also the library's own "partial message" warning time.
 */
export const FRAME_STALL_MS = 10_000;

const CRLFCRLF = Buffer.from('\r\n\r\n');

export interface FramingGuardOptions {
  /** Called once, with the reason, on the first broken frame; nothing more is passed on after it. */
  onBroken: (reason: string) => void;
  /** Overrides FRAME_STALL_MS (tests). */
  stallMs?: number;
}

/** Passes well-formed LSP frames through; reports the first malformed one (see the module comment). */
export class FramingGuard extends Transform {
  private header: Buffer = Buffer.alloc(0);
  private bodyChunks: Buffer[] = [];
  private bodyHave = 0;
  /** The body's length once the header is read; -1 while reading a header. */
  private bodyWant = -1;
  private headerBytes: Buffer = Buffer.alloc(0);
  private broken = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly onBroken: (reason: string) => void;
  private readonly stallMs: number;

  constructor(opts: FramingGuardOptions) {
    super();
    this.onBroken = opts.onBroken;
    this.stallMs = opts.stallMs ?? FRAME_STALL_MS;
  }

  private fail(reason: string): void {
    if (this.broken) return;
    this.broken = true;
    this.clearTimer();
    this.onBroken(reason);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** While a frame is only partly here, the rest must come within the stall time. */
  private armTimer(): void {
    this.clearTimer();
    if (this.bodyWant < 0 && this.header.length === 0) return;
    this.timer = setTimeout(() => {
      const where =
        this.bodyWant >= 0
          ? `${this.bodyHave} of the ${this.bodyWant} bytes its Content-Length announced`
          : `${this.header.length} bytes of a header without its end`;
      this.fail(`waited ${this.stallMs / 1000} s for the rest of a message: got ${where}`);
    }, this.stallMs);
    this.timer.unref();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.broken) return done();
    let data = chunk;
    while (data.length > 0 && !this.broken) {
      if (this.bodyWant < 0) data = this.readHeader(data);
      else data = this.readBody(data);
    }
    if (!this.broken) this.armTimer();
    done();
  }

  override _flush(done: TransformCallback): void {
    this.clearTimer();
    if (!this.broken && this.bodyWant >= 0)
      this.fail(`the input ended inside a message: ${this.bodyHave} of the ${this.bodyWant} bytes its Content-Length announced arrived`);
    else if (!this.broken && this.header.length > 0)
      this.fail(`the input ended inside a message's header (${this.header.length} bytes without the blank line that ends it)`);
    // A broken input does not end as a clean one would: the owner has been told and exits.
    if (this.broken) return;
    done();
  }

  /** Consumes header bytes; returns what is left of `data` after the header (or nothing). */
  private readHeader(data: Buffer): Buffer {
    // Line breaks between frames are not part of any header.
    if (this.header.length === 0) {
      let i = 0;
      while (i < data.length && (data[i] === 0x0d || data[i] === 0x0a)) i++;
      data = data.subarray(i);
      if (data.length === 0) return data;
    }
    // Search only where the end could be: the last 3 bytes kept plus the new ones.
    const from = Math.max(0, this.header.length - 3);
    const joined = this.header.length ? Buffer.concat([this.header, data]) : data;
    const end = joined.indexOf(CRLFCRLF, from);
    if (end < 0) {
      if (joined.length > MAX_HEADER_BYTES) {
        this.fail(`a header of more than ${MAX_HEADER_BYTES} bytes without the blank line that ends it`);
      } else this.header = Buffer.from(joined);
      return Buffer.alloc(0);
    }
    if (end > MAX_HEADER_BYTES) {
      this.fail(`a header of ${end} bytes, more than ${MAX_HEADER_BYTES}`);
      return Buffer.alloc(0);
    }
    const headerBytes = joined.subarray(0, end + CRLFCRLF.length);
    const rest = joined.subarray(end + CRLFCRLF.length);
    this.header = Buffer.alloc(0);
    const length = this.contentLength(headerBytes.subarray(0, end).toString('latin1'));
    if (length === null) return Buffer.alloc(0);
    this.headerBytes = Buffer.from(headerBytes);
    this.bodyWant = length;
    this.bodyHave = 0;
    this.bodyChunks = [];
    return rest;
  }

  /** The Content-Length of a header block, or null after reporting what is wrong with it. */
  private contentLength(block: string): number | null {
    let length: string | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) {
        this.fail(`a header line is not \`Name: value\`: ${JSON.stringify(line.slice(0, 80))}`);
        return null;
      }
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
    }
    if (length === undefined) {
      this.fail('a message header without Content-Length');
      return null;
    }
    if (!/^\d{1,12}$/.test(length)) {
      this.fail(`Content-Length ${JSON.stringify(length.slice(0, 40))} is not a number of bytes`);
      return null;
    }
    const n = Number(length);
    if (n > MAX_BODY_BYTES) {
      this.fail(`Content-Length ${n} is more than the ${MAX_BODY_BYTES} bytes a message may have`);
      return null;
    }
    return n;
  }

  /** Consumes body bytes; when the body is complete, checks it and passes the frame on. */
  private readBody(data: Buffer): Buffer {
    const take = Math.min(data.length, this.bodyWant - this.bodyHave);
    if (take > 0) {
      this.bodyChunks.push(data.subarray(0, take));
      this.bodyHave += take;
    }
    if (this.bodyHave < this.bodyWant) return Buffer.alloc(0);
    const body = this.bodyChunks.length === 1 ? this.bodyChunks[0] : Buffer.concat(this.bodyChunks);
    const header = this.headerBytes;
    this.bodyWant = -1;
    this.bodyChunks = [];
    this.bodyHave = 0;
    const problem = jsonRpcProblem(body);
    if (problem) this.fail(problem);
    else {
      this.push(header);
      this.push(Buffer.from(body));
    }
    return data.subarray(take);
  }
}

/** Why a body is not a JSON-RPC message, or null when it is one. */
function jsonRpcProblem(body: Buffer): string | null {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return `the body is not JSON (${(e as Error).message.slice(0, 120)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'the body is JSON but not a JSON-RPC message (an object)';
  return null;
}
