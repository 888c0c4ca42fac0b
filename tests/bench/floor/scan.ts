import { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';

// The bench's floor for "Scan → saved": html5-qrcode on its own, with its own decoder, started by
// a tap on a page from the same origin, until it reads the camera's first code (no app, no
// saving). Built only into the bench's build (see vite.config.ts).
const result = document.getElementById('result')!;
document.getElementById('scan')!.addEventListener('click', () => {
  const scanner = new Html5Qrcode('view', { verbose: false, formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE], useBarCodeDetectorIfSupported: false });
  void scanner.start({ facingMode: 'environment' }, { fps: 12 }, (text) => {
    if (result.textContent) return;
    result.textContent = `Read: ${text.slice(0, 20)}`;
    void scanner.stop();
  }, () => {});
});
