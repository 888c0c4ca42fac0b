// The restore's writes are queued without waiting for each one (fast on thousands of records)
// and counted, so a test can make the restore fail part-way and prove nothing was kept.

/** Thrown by the `failAfter` test hook; named like IndexedDB's own abort. */
export class RestoreTestAbort extends Error {
  override readonly name = 'AbortError';
}

/** The queue of one restore transaction's writes. */
export class RestoreWrites {
  private readonly pending: Promise<unknown>[] = [];
  private written = 0;

  constructor(private readonly failAfter?: number) {}

  /** Issues one write; after `failAfter` writes, throws instead (test hook). */
  add(write: () => Promise<unknown>): void {
    if (this.failAfter !== undefined && this.written >= this.failAfter) throw new RestoreTestAbort(`failAfter ${this.failAfter}`);
    this.written++;
    const request = write();
    // Observed at once: a failed write must not surface as an unhandled rejection before `settle`.
    request.catch(() => {});
    this.pending.push(request);
  }

  /** Waits for every write; rejects with the first failure. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Waits for every write to finish either way (after an abort). */
  async drain(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}
