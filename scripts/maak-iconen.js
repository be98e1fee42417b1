// Writes the add-in's icons (assets/icon-16.png … icon-80.png): a green rounded square with a
// white ring, the "O" of Ontplooj. Plain Node (zlib) so it runs anywhere: `node scripts/maak-iconen.js`.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const MATEN = [16, 32, 64, 80];
const GROEN = [0x10, 0x7c, 0x41];
const WIT = [0xff, 0xff, 0xff];

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABEL[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(data.length);
  const typeEnData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeEnData));
  return Buffer.concat([lengte, typeEnData, crc]);
}

/** Coverage (0..1) of pixel (x, y) by the shape, with 4x4 supersampling for smooth edges. */
function dekking(maat, x, y, binnen) {
  let raak = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) if (binnen((x + (i + 0.5) / 4) / maat, (y + (j + 0.5) / 4) / maat)) raak++;
  }
  return raak / 16;
}

function afgerondVierkant(u, v) {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function ring(u, v) {
  const d = Math.hypot(u - 0.5, v - 0.5);
  return d <= 0.32 && d >= 0.19;
}

function png(maat) {
  const rijen = [];
  for (let y = 0; y < maat; y++) {
    const rij = Buffer.alloc(1 + maat * 4); // filter byte 0, then RGBA
    for (let x = 0; x < maat; x++) {
      const achtergrond = dekking(maat, x, y, afgerondVierkant);
      const wit = dekking(maat, x, y, ring);
      const kleur = GROEN.map((g, k) => Math.round(g * (1 - wit) + WIT[k] * wit));
      rij.set([...kleur, Math.round(255 * achtergrond)], 1 + x * 4);
    }
    rijen.push(rij);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(maat, 0);
  ihdr.writeUInt32BE(maat, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rijen), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const map = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(map, { recursive: true });
for (const maat of MATEN) fs.writeFileSync(path.join(map, `icon-${maat}.png`), png(maat));
