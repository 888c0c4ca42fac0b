import type { PrepareProblem, PrepareRequest, PrepareResponse } from './prepare-protocol';

/** A photo prepared for reading and keeping. */
export type PreparedPhoto = Extract<PrepareResponse, { ok: true }>;

/** A photo that could not be prepared, with the reason. */
export class PrepareError extends Error {
  constructor(readonly problem: PrepareProblem) {
    super(`photo: ${problem}`);
  }
}

/** The largest photo file accepted (a 50 MP JPEG is 15–30 MB). */
export const MAX_PHOTO_BYTES = 80 * 1024 * 1024;

/**
 * The image-preparation worker, seen from the page: one request at a time per photo, answered
 * in order. The worker keeps the last photo decoded, so a 90° turn is quick.
 */
export class PhotoPreparer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: PreparedPhoto) => void; reject: (e: Error) => void }>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PrepareResponse>) => {
      const response = event.data;
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiting) return;
      if (response.ok) waiting.resolve(response);
      else waiting.reject(new PrepareError(response.problem));
    };
    worker.onerror = () => this.failAll();
    this.worker = worker;
    return worker;
  }

  private failAll(): void {
    for (const waiting of this.pending.values()) waiting.reject(new PrepareError('unreadable'));
    this.pending.clear();
  }

  /** Prepares a photo turned clockwise by `quarterTurns` × 90°. */
  prepare(file: Blob, quarterTurns = 0): Promise<PreparedPhoto> {
    if (file.size > MAX_PHOTO_BYTES) return Promise.reject(new PrepareError('too-large'));
    if (file.size === 0) return Promise.reject(new PrepareError('not-an-image'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ id, file, quarterTurns } satisfies PrepareRequest);
    });
  }

  /** Ends the worker (pending requests fail). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll();
  }
}
