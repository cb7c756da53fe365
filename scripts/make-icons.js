// Draws the add-in's icons (a nota page with text lines and a check mark) at every size the manifest and the
// store need, as PNG, with no image library: shapes are sampled 4×4 per pixel and written with zlib.
// Run: node scripts/make-icons.js (the PNGs in assets/ are committed).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [1, 70, 143]; // Rijksoverheid-like dark blue
const GREEN = [57, 135, 15];
const WHITE = [255, 255, 255];
const LINE = [120, 140, 170];

// Shapes in a 0..1 square; each returns true when a point is inside.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
function segment(ax, ay, bx, by, w) {
  return (x, y) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
  };
}
const page = (x, y) => rect(0.16, 0.06, 0.78, 0.94)(x, y) && !(x - 0.6 > y - 0.06 && x > 0.6 && y < 0.24);
const pageInner = (x, y) =>
  rect(0.21, 0.11, 0.73, 0.89)(x, y) && !(x - 0.55 > y - 0.11 - 0.02 && x > 0.55 && y < 0.27);
const fold = (x, y) => x >= 0.6 && y <= 0.24 && x - 0.6 <= y - 0.06 + 0.0;

// Layers, painted in order.
const layers = [
  [page, BLUE],
  [pageInner, WHITE],
  [fold, BLUE],
  [rect(0.28, 0.3, 0.52, 0.36), LINE],
  [rect(0.28, 0.44, 0.66, 0.5), LINE],
  [rect(0.28, 0.58, 0.6, 0.64), LINE],
  [circle(0.72, 0.74, 0.23), WHITE],
  [circle(0.72, 0.74, 0.2), GREEN],
  [segment(0.62, 0.75, 0.7, 0.83, 0.07), WHITE],
  [segment(0.7, 0.83, 0.83, 0.66, 0.07), WHITE],
];

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (i + (sx + 0.5) / S) / size,
            y = (j + (sy + 0.5) / S) / size;
          let colour = null;
          for (const [shape, c] of layers) if (shape(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a++;
          }
        }
      }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = r / a;
        px[o + 1] = g / a;
        px[o + 2] = b / a;
      }
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return px;
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const px = draw(size);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
console.log(`icons written: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
