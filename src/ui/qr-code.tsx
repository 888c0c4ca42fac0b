import { createEffect, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import { drawQr } from './qr-draw';

/**
 * Draws `text` as a QR code: integer module size, 4-module quiet zone, black on white always.
 * `expectedWidth` is the box's width as its stylesheet will make it, known without laying the
 * page out: the QR is then drawn in the same frame as the screen (asking the box for its width
 * would force a layout of the whole page first). The drawing follows the box's real width
 * whenever that differs.
 */
export function QrCode(props: { text: string; label: string; class?: string; expectedWidth?: number; onDrawn?: () => void }): JSX.Element {
  let box!: HTMLDivElement;
  let canvas!: HTMLCanvasElement;
  const [width, setWidth] = createSignal(0);

  onMount(() => {
    setWidth(Math.floor(props.expectedWidth ?? box.clientWidth));
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0]?.contentRect.width ?? box.clientWidth)));
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  });

  createEffect(() => {
    if (width() <= 0) return;
    drawQr(canvas, props.text, width(), window.devicePixelRatio || 1);
    props.onDrawn?.();
  });

  return (
    <div ref={box} class={props.class ?? 'qr-box'}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
