import { drawQr } from '../../../src/ui/qr-draw';

// The bench's floor for Show: the least a page served by the same service worker can do to put
// the same QR on screen (built only into the bench's build, see vite.config.ts).
const box = document.getElementById('box')!;
drawQr(box.querySelector('canvas')!, decodeURIComponent(location.hash.slice(1)), box.clientWidth, window.devicePixelRatio || 1);
