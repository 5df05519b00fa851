// Draws the extension's 128×128 icon (images/icon.png): a speech bubble with a tick, in replybook's
// two colours. A PNG is a zlib stream of filtered rows between CRC-checked chunks, so node:zlib is
// the whole encoder. Run once after changing the drawing; the PNG is committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const BACKGROUND = [0x1f, 0x4e, 0x79];
const BUBBLE = [0xff, 0xff, 0xff];
const TICK = [0x2e, 0x9e, 0x5b];

/** The colour of pixel (x, y), or null for a transparent one. */
function pixel(x, y) {
  const cx = x + 0.5;
  const cy = y + 0.5;
  // A rounded square background.
  const r = 22;
  const dx = Math.max(r - cx, 0, cx - (SIZE - r));
  const dy = Math.max(r - cy, 0, cy - (SIZE - r));
  if (dx * dx + dy * dy > r * r) return null;
  // The bubble: an ellipse with a tail at the lower left.
  const inEllipse = ((cx - 64) / 46) ** 2 + ((cy - 56) / 34) ** 2 <= 1;
  const inTail = cy >= 78 && cy <= 104 && cx >= 34 && cx <= 58 && cx - 34 <= (104 - cy) * 0.9;
  if (!inEllipse && !inTail) return BACKGROUND;
  // The tick: two thick strokes, (44,56)→(58,70) and (58,70)→(86,42).
  const near = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(cx - (ax + t * (bx - ax)), cy - (ay + t * (by - ay))) <= 6;
  };
  return near(44, 56, 58, 70) || near(58, 70, 86, 42) ? TICK : BUBBLE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 (none), then RGBA
  for (let x = 0; x < SIZE; x++) {
    const c = pixel(x, y);
    if (c) row.set([...c, 255], 1 + x * 4);
  }
  rows.push(row);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../images/icon.png');
writeFileSync(out, png);
process.stdout.write(`images/icon.png (${png.length} bytes)\n`);
