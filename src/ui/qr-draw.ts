import QRCode from 'qrcode';

// Drawing a QR code on a canvas, apart from any component (the bench's floor page draws with it too).

/**
 * Renders the QR into the canvas, shown at the largest whole number of device pixels per module.
 * The canvas holds one pixel per module (quiet zone included) and the page scales it up
 * nearest-neighbour: by a whole number, so every module keeps sharp, equal edges, while the
 * drawing is a few thousand bytes instead of a million-pixel bitmap filled module by module
 * (that fill was most of the drawing's time at the door).
 */
export function drawQr(canvas: HTMLCanvasElement, text: string, cssWidth: number, dpr: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const total = count + 8; // 4 modules of quiet zone on each side
  const module = Math.max(1, Math.floor((cssWidth * dpr) / total));
  canvas.width = total;
  canvas.height = total;
  canvas.style.width = `${(module * total) / dpr}px`;
  canvas.style.height = `${(module * total) / dpr}px`;
  canvas.style.imageRendering = 'pixelated';
  canvas.dataset.version = String(qr.version);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(total, total);
  const pixels = image.data;
  pixels.fill(255); // white, opaque: light modules and the quiet zone
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.modules.get(row, col)) continue;
      const at = ((row + 4) * total + col + 4) * 4;
      pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
    }
  }
  ctx.putImageData(image, 0, 0);
}
