// Draws PressDesk's icon (a press release on a blue tile) and writes it as build/icons/icon.png, 1024×1024.
// Plain Node: a signed-distance drawing, 4×4 supersampled, written with a minimal PNG encoder (zlib from Node).
// electron-builder derives the Windows .ico, macOS .icns and Linux sizes from this one file.
// Run: node build/icons/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4;

/** Signed distance from (x, y) to a rounded rectangle; negative inside. */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const TOP = [37, 99, 235];
const BOTTOM = [30, 58, 138];
const PAPER = [255, 255, 255];
const INK = [30, 64, 175];
const RULE = [147, 167, 214];

/** The colour of one point (coordinates 0..1), or undefined outside the tile. */
function paint(x, y) {
  if (roundedRect(x, y, 0.08, 0.08, 0.92, 0.92, 0.19) > 0) return undefined;
  let colour = mix(TOP, BOTTOM, (y - 0.08) / 0.84);
  if (roundedRect(x, y, 0.29, 0.2, 0.71, 0.8, 0.035) <= 0) {
    colour = PAPER;
    if (roundedRect(x, y, 0.35, 0.28, 0.65, 0.345, 0.02) <= 0) colour = INK;
    for (const top of [0.42, 0.5, 0.58]) {
      if (roundedRect(x, y, 0.35, top, 0.65, top + 0.035, 0.0175) <= 0) colour = RULE;
    }
    if (roundedRect(x, y, 0.35, 0.66, 0.53, 0.695, 0.0175) <= 0) colour = RULE;
  }
  return colour;
}

function render() {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let py = 0; py < SIZE; py++) {
    const row = py * (SIZE * 4 + 1);
    rows[row] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = paint((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
          if (colour === undefined) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const at = row + 1 + px * 4;
      for (let i = 0; i < 3; i++) rows[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      rows[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return rows;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width, height, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, png(SIZE, SIZE, render()));
process.stderr.write(`wrote ${path.relative(process.cwd(), out)}\n`);
