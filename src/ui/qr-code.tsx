import { createEffect, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import { drawQr } from './qr-draw';

/** Draws `text` as a QR code: integer module size, 4-module quiet zone, black on white always. */
export function QrCode(props: { text: string; label: string; class?: string }): JSX.Element {
  let box!: HTMLDivElement;
  let canvas!: HTMLCanvasElement;
  const [width, setWidth] = createSignal(0);

  onMount(() => {
    // Drawn at once at the width it has now, and again whenever that changes.
    setWidth(Math.floor(box.clientWidth));
    const observer = new ResizeObserver(() => setWidth(Math.floor(box.clientWidth)));
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  });

  createEffect(() => {
    if (width() > 0) drawQr(canvas, props.text, width(), window.devicePixelRatio || 1);
  });

  return (
    <div ref={box} class={props.class ?? 'qr-box'}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
