import { decodeVCardBytes } from '../../domain/readers/vcard-bytes';
import type { ParsedCard } from '../../domain/readers/finish-card';
import { readVCardFileSteps, type ReadProgress, type VCardFileError } from '../../domain/readers/vcard-file';

// The worker side of read-vcf-file.ts: one file per worker. It reads the bytes, decodes them
// (vcard-bytes.ts), reads the cards with progress after every 500, then sends them back in
// batches and says it is done.

/** What the worker tells the page: progress (null while the bytes are decoded), batches of cards, then the errors. */
export type VcfWorkerMessage =
  | { kind: 'progress'; progress: ReadProgress | null }
  | { kind: 'cards'; cards: ParsedCard[] }
  | { kind: 'done'; errors: VCardFileError[] }
  | { kind: 'failed' };

// Small enough for the page to take in one batch between two frames.
const CARDS_PER_MESSAGE = 2000;

const scope = self as unknown as { onmessage: ((event: MessageEvent<{ file: File }>) => void) | null; postMessage: (message: VcfWorkerMessage) => void };

scope.onmessage = (event) => {
  // Out of memory, an unreadable file: the page must hear of it rather than wait forever.
  read(event.data.file).catch(() => scope.postMessage({ kind: 'failed' }));
};

async function read(file: File): Promise<void> {
  scope.postMessage({ kind: 'progress', progress: null });
  const text = decodeVCardBytes(new Uint8Array(await file.arrayBuffer()));
  const steps = readVCardFileSteps(text, 500);
  let step = steps.next();
  while (!step.done) {
    scope.postMessage({ kind: 'progress', progress: step.value });
    step = steps.next();
  }
  const { cards, errors } = step.value;
  for (let i = 0; i < cards.length; i += CARDS_PER_MESSAGE) scope.postMessage({ kind: 'cards', cards: cards.slice(i, i + CARDS_PER_MESSAGE) });
  scope.postMessage({ kind: 'done', errors });
}
