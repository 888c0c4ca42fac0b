import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads the QR code shown in an element, with a real decoder, from a screenshot of it. */
export async function readQrFrom(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!code) throw new Error('No QR code could be read from the screen');
  return new TextDecoder().decode(new Uint8Array(code.binaryData));
}
