import { simd } from 'wasm-feature-detect';

// The paper-card reader's files live in one Cache Storage cache, filled by downloadReader with
// a progress bar and read by the service worker (a CacheFirst route on the same cache name), so
// the reader works offline once downloaded. Settings shows and removes them through this module,
// which never loads the reader itself.

const manifest = __CARD_READER__;
const CACHE_PREFIX = 'meishi-card-reader-';

/** Which core build this device runs: WebAssembly SIMD where there is support, else the plain one. */
export type CoreBuild = 'simd' | 'plain';

let coreBuild: Promise<CoreBuild> | null = null;

/** The core build for this device (detected once). */
export function detectCoreBuild(): Promise<CoreBuild> {
  coreBuild ??= simd().then((yes) => (yes ? 'simd' : 'plain'), () => 'plain' as const);
  return coreBuild;
}

/** The absolute URL of one of the reader's files. */
export function readerUrl(name: string): string {
  return new URL(`${import.meta.env.BASE_URL}${manifest.dir}${name}`, location.href).href;
}

/** The files this device needs: the worker, its core build, and the Japanese and English data. */
export function readerFiles(build: CoreBuild): CardReaderFile[] {
  const core = build === 'simd' ? 'core-simd' : 'core';
  return manifest.files.filter((f) => f.role === 'worker' || f.role === 'lang' || f.role === core);
}

/** The name of the core script for a build (the worker loads the .wasm beside it). */
export function coreScript(build: CoreBuild): string {
  return readerFiles(build).find((f) => f.role !== 'worker' && f.role !== 'lang' && f.name.endsWith('.js'))!.name;
}

/** The reader's state: whether all of this device's files are in the cache, and their size. */
export interface ReaderState {
  downloaded: boolean;
  /** Bytes to download (not downloaded) or kept (downloaded). */
  bytes: number;
}

const sum = (files: CardReaderFile[]) => files.reduce((n, f) => n + f.bytes, 0);

/** Whether this browser can keep the reader for offline use at all. */
export function canKeepReader(): boolean {
  return typeof caches !== 'undefined';
}

/** Whether the reader is downloaded, and its size. */
export async function readerState(): Promise<ReaderState> {
  const files = readerFiles(await detectCoreBuild());
  // `has` first: opening would create an empty cache, which removing the reader must not leave.
  if (!canKeepReader() || !(await caches.has(manifest.cacheName))) return { downloaded: false, bytes: sum(files) };
  const cache = await caches.open(manifest.cacheName);
  const found = await Promise.all(files.map((f) => cache.match(readerUrl(f.name)).then(Boolean)));
  return { downloaded: found.every(Boolean), bytes: sum(files) };
}

/** Why a download failed, for a translated message. */
export type DownloadProblem = 'offline' | 'storage-full' | 'failed';

/** A failed download with its kind. */
export class ReaderDownloadError extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(`card reader download: ${problem}`);
  }
}

/**
 * Downloads the files this device lacks into the reader's cache, reporting bytes done and the
 * total. A file is stored only once it has arrived whole; an interrupted download resumes with
 * the files still missing.
 */
export async function downloadReader(onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<void> {
  const files = readerFiles(await detectCoreBuild());
  const total = sum(files);
  const cache = await caches.open(manifest.cacheName);
  let done = 0;
  onProgress(done, total);
  for (const file of files) {
    const url = readerUrl(file.name);
    if (await cache.match(url)) {
      done += file.bytes;
      onProgress(done, total);
      continue;
    }
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ReaderDownloadError(navigator.onLine === false ? 'offline' : 'failed');
    }
    if (!response.ok || !response.body) throw new ReaderDownloadError('failed');
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (;;) {
      const { done: finished, value } = await reader.read().catch(() => {
        throw new ReaderDownloadError(navigator.onLine === false ? 'offline' : 'failed');
      });
      if (finished) break;
      chunks.push(value);
      done += value.byteLength;
      onProgress(Math.min(done, total), total);
    }
    const body = new Blob(chunks as BlobPart[]);
    try {
      await cache.put(url, new Response(body, { status: 200, headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' } }));
    } catch (error) {
      throw new ReaderDownloadError((error as { name?: string })?.name === 'QuotaExceededError' ? 'storage-full' : 'failed');
    }
  }
  onProgress(total, total);
}

/** Removes the downloaded reader (it can be downloaded again at any time). */
export async function removeReader(): Promise<void> {
  if (!canKeepReader()) return;
  await caches.delete(manifest.cacheName);
}

/** Removes readers kept by earlier versions of the app (their files are no longer used). */
export async function removeOldReaders(): Promise<void> {
  if (!canKeepReader()) return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== manifest.cacheName).map((n) => caches.delete(n)));
}
