// Makes the raster icons and the social image in public/ from public/icon.svg, offline, with sharp.
// Run after changing the SVG: node scripts/make-icons.mjs (the outputs are committed).
import fs from 'node:fs';
import sharp from 'sharp';

const svg = fs.readFileSync('public/icon.svg');
const png = (size) =>
  sharp(svg, { density: 72 * (size / 64) * 2 })
    .resize(size, size)
    .png()
    .toBuffer();

// An .ico holding PNG images (every browser since IE Vista reads them): a 6-byte header, a 16-byte
// entry per image, then the images.
async function ico(sizes) {
  const images = await Promise.all(sizes.map(png));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((img, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], e);
    header.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(img.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += img.length;
  });
  return Buffer.concat([header, ...images]);
}

// Maskable: the launcher crops to a circle, so the mark sits in the middle 60% on a full-bleed ground.
async function maskable(size) {
  const inner = Math.round(size * 0.6);
  return sharp({ create: { width: size, height: size, channels: 4, background: '#166534' } })
    .composite([{ input: await png(inner), gravity: 'center' }])
    .png()
    .toBuffer();
}

// The social image (1200×630, what link previews show). Text in DejaVu Sans, installed with the system.
const og = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#fafaf9"/>
  <rect y="0" width="1200" height="16" fill="#166534"/>
  <g transform="translate(96 150) scale(3)">${svg.toString().replace(/<\/?svg[^>]*>|<title>.*<\/title>/g, '')}</g>
  <text x="96" y="430" font-family="DejaVu Sans" font-weight="bold" font-size="72" fill="#14532d">Heartland Gateway</text>
  <text x="96" y="500" font-family="DejaVu Sans" font-size="34" fill="#44403c">Sell to Chinese consumers, one clear step at a time.</text>
  <text x="96" y="550" font-family="DejaVu Sans" font-size="28" fill="#57534e">Free export onboarding for US small businesses.</text>
</svg>`);

fs.writeFileSync('public/favicon.ico', await ico([16, 32, 48]));
fs.writeFileSync('public/icon-192.png', await png(192));
fs.writeFileSync('public/icon-512.png', await png(512));
fs.writeFileSync('public/icon-maskable-512.png', await maskable(512));
fs.writeFileSync('public/apple-touch-icon.png', await maskable(180));
fs.writeFileSync('public/og-image.png', await sharp(og).png().toBuffer());
console.log(
  'public/: favicon.ico, icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png, og-image.png',
);
