import type { ParsedCard } from '../../domain/readers/finish-card';
import { decodeVCardBytes } from '../../domain/readers/vcard-bytes';
import { readVCardFileSteps, type ReadProgress, type VCardFileResult } from '../../domain/readers/vcard-file';
import type { VcfWorkerMessage } from './read-vcf-worker';

// Reading a .vcf can take seconds (150,000 cards, or one card of 3,000,000 lines): it runs in a
// worker, so the page keeps answering taps and shows progress from the start. The worker
// reads the file itself, reports progress, and sends the cards back in batches, each small
// enough for the page to take in between two frames.

/** A reading under way: its result (null if cancelled), and a way to stop it. */
export interface VcfReading {
  result: Promise<VCardFileResult | null>;
  cancel: () => void;
}

/**
 * Reads a .vcf file's cards off the page's thread. `onProgress` hears null while the file's
 * bytes are read and decoded, then the cards read so far of those found. Where no worker can
 * start, the same steps run here, yielding to the page between stretches.
 */
export function readVcfFile(file: File, onProgress: (progress: ReadProgress | null) => void): VcfReading {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-vcf-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(file, onProgress);
  }
  let settle: (result: VCardFileResult | null) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const result = new Promise<VCardFileResult | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const cards: ParsedCard[] = [];
  let heard = false;
  let fallback: VcfReading | null = null;
  worker.onmessage = (event: MessageEvent<VcfWorkerMessage>) => {
    heard = true;
    const message = event.data;
    if (message.kind === 'progress') onProgress(message.progress);
    // One by one, not push(...batch): a batch may hold more cards than a call takes arguments.
    else if (message.kind === 'cards') for (const card of message.cards) cards.push(card);
    else if (message.kind === 'failed') {
      worker.terminate();
      fail(new Error('The file could not be read.'));
    } else {
      worker.terminate();
      settle({ cards, errors: message.errors });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    // The worker's script could not start (an old browser, a broken download): read here.
    if (!heard) {
      fallback = readHere(file, onProgress);
      fallback.result.then(settle, fail);
    } else fail(new Error(event.message || 'The file could not be read.'));
  };
  worker.postMessage({ file });
  return {
    result,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
      settle(null);
    },
  };
}

/** The same reading on the page's own thread, in stretches with a pause for the page between them. */
function readHere(file: File, onProgress: (progress: ReadProgress | null) => void): VcfReading {
  let cancelled = false;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
  const result = (async () => {
    onProgress(null);
    const text = decodeVCardBytes(new Uint8Array(await file.arrayBuffer()));
    const steps = readVCardFileSteps(text, 200);
    for (;;) {
      await pause();
      if (cancelled) return null;
      const step = steps.next();
      if (step.done) return step.value;
      onProgress(step.value);
    }
  })();
  return { result, cancel: () => (cancelled = true) };
}
