import { createSignal } from 'solid-js';

/** A short message at the bottom of the screen, optionally with one action (e.g. Undo). */
export interface Toast {
  id: number;
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

const [toasts, setToasts] = createSignal<Toast[]>([]);
let nextId = 1;

/** The toasts on screen now. */
export { toasts };

/** Shows a toast; it goes by itself after `timeoutMs` (errors stay longer). Returns its id. */
export function showToast(toast: Omit<Toast, 'id'>, timeoutMs = toast.tone === 'error' ? 10_000 : 6_000): number {
  const id = nextId++;
  setToasts((list) => [...list.slice(-2), { ...toast, id }]);
  setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}

/** Removes a toast. */
export function dismissToast(id: number): void {
  setToasts((list) => list.filter((t) => t.id !== id));
}
