import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import { chromiumLaunchOptions } from './chromium';

const WIDTH = 640;
const HEIGHT = 480;

/** A QR code of `text` as a PNG (black on white, 4-module quiet zone). */
export async function qrPng(text: string, scale = 6): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale, type: 'png' });
}

/**
 * A one-second looping .y4m video of a still QR code, for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`). Written directly: luma from the image, neutral chroma.
 */
export async function qrVideo(text: string): Promise<string> {
  let scale = 8;
  let image = PNG.sync.read(await qrPng(text, scale));
  while ((image.width > HEIGHT - 20 || image.height > HEIGHT - 20) && scale > 2) {
    scale -= 1;
    image = PNG.sync.read(await qrPng(text, scale));
  }
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  const left = Math.floor((WIDTH - image.width) / 2);
  const top = Math.floor((HEIGHT - image.height) / 2);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const value = Math.round(0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!);
      luma[(top + y) * WIDTH + left + x] = value;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const path = join(mkdtempSync(join(tmpdir(), 'meishi-cam-')), 'qr.y4m');
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
  return path;
}

/** Launches Chromium whose camera shows a QR code of `text` (or, for null, Chromium's own test pattern). */
export async function launchWithCamera(text: string | null): Promise<Browser> {
  const args = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
  if (text !== null) args.push(`--use-file-for-fake-video-capture=${await qrVideo(text)}`);
  return chromium.launch(chromiumLaunchOptions(args));
}

/** Context options matching the project's phone defaults. */
export function phoneContext(baseURL: string, locale = 'en-US') {
  return {
    baseURL,
    locale,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'Asia/Tokyo',
    permissions: ['camera'],
  };
}
