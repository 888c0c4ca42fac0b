import { createSignal, onCleanup } from 'solid-js';

/** The current time, updated every `intervalMs` while the calling component lives. */
export function createNow(intervalMs = 1000): () => number {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), intervalMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
