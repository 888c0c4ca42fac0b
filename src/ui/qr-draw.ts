import QRCode from 'qrcode';

// Drawing a QR code on a canvas, apart from any component (the bench's floor page draws with it too).

/** Renders the QR into the canvas at the largest whole number of device pixels per module. */
export function drawQr(canvas: HTMLCanvasElement, text: string, cssWidth: number, dpr: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const total = count + 8; // 4 modules of quiet zone on each side
  const module = Math.max(1, Math.floor((cssWidth * dpr) / total));
  const pixels = module * total;
  canvas.width = pixels;
  canvas.height = pixels;
  canvas.style.width = `${pixels / dpr}px`;
  canvas.style.height = `${pixels / dpr}px`;
  canvas.dataset.version = String(qr.version);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, pixels, pixels);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) ctx.fillRect((col + 4) * module, (row + 4) * module, module, module);
    }
  }
}
