// The messages between the paper-card screen and the image-preparation worker.
import type { Box } from '../../domain/paper-card/ocr-page';

/** Prepare this photo, turned clockwise by `quarterTurns` × 90°. */
export interface PrepareRequest {
  id: number;
  file: Blob;
  quarterTurns: number;
}

/** Why a photo could not be prepared. */
export type PrepareProblem = 'not-an-image' | 'too-large' | 'unreadable';

/** The prepared images, or the problem. */
export type PrepareResponse =
  | {
      id: number;
      ok: true;
      /** The gray image the reader reads, as a PGM file, and the bands of rows with ink in it. */
      ocr: { pgm: Uint8Array; width: number; height: number; bands: Box[] };
      /** The card in colour to keep (WebP or JPEG, long side ≤ 1600 px, ≤ 250 KB). */
      photo: Blob;
      /** Whether a card stood out from the background (else the whole photo was used). */
      cardFound: boolean;
    }
  | { id: number; ok: false; problem: PrepareProblem };
