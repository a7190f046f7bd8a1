/**
 * Draws the Teams icons (a checklist: three ticked rows) at the sizes Teams
 * asks for: 192x192 full colour and 32x32 white outline on transparent.
 * Run once with `npx tsx scripts/make-teams-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];

const WEB_PART_ID = '8e03de00-afa2-4c97-b0ae-eaebf6d78dc2';
const NHS_BLUE: Rgba = [0, 94, 184, 255];
const WHITE: Rgba = [255, 255, 255, 255];

function canvas(size: number): PNG {
  return new PNG({ width: size, height: size, colorType: 6 });
}

function fillRect(png: PNG, x: number, y: number, w: number, h: number, colour: Rgba): void {
  for (let yy = Math.max(0, y); yy < Math.min(png.height, y + h); yy++) {
    for (let xx = Math.max(0, x); xx < Math.min(png.width, x + w); xx++) {
      const i = (yy * png.width + xx) * 4;
      png.data[i] = colour[0];
      png.data[i + 1] = colour[1];
      png.data[i + 2] = colour[2];
      png.data[i + 3] = colour[3];
    }
  }
}

function strokeRect(png: PNG, x: number, y: number, w: number, h: number, t: number, colour: Rgba): void {
  fillRect(png, x, y, w, t, colour);
  fillRect(png, x, y + h - t, w, t, colour);
  fillRect(png, x, y, t, h, colour);
  fillRect(png, x + w - t, y, t, h, colour);
}

/** Three rows, each a ticked box and a line of "text", scaled to the icon. */
function drawChecklist(png: PNG, unit: number, offset: number, colour: Rgba): void {
  for (let row = 0; row < 3; row++) {
    const top = offset + row * unit * 3;
    strokeRect(png, offset, top, unit * 2, unit * 2, Math.max(1, Math.round(unit / 3)), colour);
    fillRect(png, offset + unit * 3, top + Math.round(unit * 0.75), unit * 6, Math.max(1, Math.round(unit / 2)), colour);
  }
}

const colour = canvas(192);
fillRect(colour, 0, 0, 192, 192, NHS_BLUE);
drawChecklist(colour, 16, 24, WHITE);

const outline = canvas(32);
drawChecklist(outline, 3, 3, WHITE);

const dir = join(__dirname, '..', 'teams');
writeFileSync(join(dir, `${WEB_PART_ID}_color.png`), PNG.sync.write(colour));
writeFileSync(join(dir, `${WEB_PART_ID}_outline.png`), PNG.sync.write(outline));
console.log('Wrote Teams icons to', dir);
