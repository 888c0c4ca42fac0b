import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { usePageVisibility } from '@solid-primitives/page-visibility';

/** The state of an autosaving form. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves a value shortly after each change, and at once when the component goes away or the
 * page is hidden, so nothing typed is lost on navigation or when the phone locks.
 */
export function createAutosave<T>(write: (value: T) => Promise<void>, delayMs = 400, merge?: (earlier: T, later: T) => T): { schedule: (value: T) => void; flush: () => Promise<void>; state: () => SaveState } {
  const [state, setState] = createSignal<SaveState>('idle');
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    if (!pending) return chain;
    const { value } = pending;
    pending = null;
    setState('saving');
    chain = chain
      .then(() => write(value))
      .then(
        () => void setState(pending ? 'pending' : 'saved'),
        () => void setState('error'),
      );
    return chain;
  };

  const schedule = (value: T) => {
    // Changes not yet written are combined, so a quick second edit cannot drop the first.
    pending = { value: pending && merge ? merge(pending.value, value) : value };
    setState('pending');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  const visible = usePageVisibility();
  createEffect(on(visible, (isVisible) => !isVisible && void flush(), { defer: true }));
  window.addEventListener('pagehide', flush);
  onCleanup(() => {
    window.removeEventListener('pagehide', flush);
    void flush();
  });
  return { schedule, flush, state };
}
