import { createMemo, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { guessCardFields, type CardGuess } from '../../domain/paper-card/guess-fields';
import type { CardReadings } from '../../domain/paper-card/ocr-page';
import { CardReader, type ReaderStatus } from './card-reader';
import { PhotoPreparer, PrepareError, type PreparedPhoto } from './photo-preparer';
import type { PrepareProblem } from './prepare-protocol';

/** A side of the card. */
export type SideName = 'front' | 'back';

/** Where a side is: no photo, preparing it, waiting for the reader (not downloaded), reading, read, or failed. */
export type SideStage = 'empty' | 'preparing' | 'waiting' | 'reading' | 'read' | 'failed';

/** One side of the card being read. */
export interface SideState {
  stage: SideStage;
  problem: PrepareProblem | 'reader-failed' | null;
  /** Clockwise quarter turns the person asked for. */
  turns: number;
  /** The kept photo (prepared) and its object URL for the preview. */
  photo: Blob | null;
  photoUrl: string | null;
  readings: CardReadings | null;
  /** Whether any text was found (known once read). */
  foundText: boolean;
}

const emptySide = (): SideState => ({ stage: 'empty', problem: null, turns: 0, photo: null, photoUrl: null, readings: null, foundText: false });

/**
 * The paper-card screen's work, apart from its look: the photo of each side, prepared in a
 * worker and read by the card reader (started once it is downloaded, kept warm, ended with the
 * screen), and the guess of the form from what was read.
 */
export function createPaperCardSession() {
  const preparer = new PhotoPreparer();
  const [readerStatus, setReaderStatus] = createSignal<ReaderStatus | null>(null);
  let reader = new CardReader(setReaderStatus);
  let readerDownloaded = false;
  const [sides, setSides] = createStore<Record<SideName, SideState>>({ front: emptySide(), back: emptySide() });
  const files: Record<SideName, File | null> = { front: null, back: null };
  const prepared: Record<SideName, PreparedPhoto | null> = { front: null, back: null };
  // Each change to a side bumps its token, so a late answer for an older photo is dropped.
  const tokens: Record<SideName, number> = { front: 0, back: 0 };

  const setPhoto = (side: SideName, photo: Blob | null) => {
    const old = sides[side].photoUrl;
    if (old) URL.revokeObjectURL(old);
    setSides(side, { photo, photoUrl: photo ? URL.createObjectURL(photo) : null });
  };

  const read = async (side: SideName) => {
    const token = tokens[side];
    const image = prepared[side];
    if (!image) return;
    if (!readerDownloaded) {
      setSides(side, { stage: 'waiting' });
      return;
    }
    setSides(side, { stage: 'reading', problem: null });
    try {
      const readings = await reader.read(image.ocr.pgm, image.ocr.width, image.ocr.height, image.ocr.bands);
      if (token !== tokens[side]) return;
      setSides(side, { stage: 'read', readings, foundText: guessCardFields([readings]).lines.length > 0 });
    } catch {
      if (token === tokens[side]) setSides(side, { stage: 'failed', problem: 'reader-failed' });
    }
  };

  const prepare = async (side: SideName, fallback: { file: File | null; turns: number } | null = null) => {
    const token = ++tokens[side];
    const file = files[side];
    if (!file) return;
    const before = { stage: sides[side].stage, readings: sides[side].readings, foundText: sides[side].foundText };
    setSides(side, { stage: 'preparing', problem: null });
    try {
      const image = await preparer.prepare(file, sides[side].turns);
      if (token !== tokens[side]) return;
      prepared[side] = image;
      setSides(side, { readings: null, foundText: false });
      setPhoto(side, image.photo);
      await read(side);
    } catch (error) {
      if (token !== tokens[side]) return;
      const problem = error instanceof PrepareError ? error.problem : 'unreadable';
      // A file that cannot be read loses nothing: the photo read before stays, with the message.
      if (fallback?.file && prepared[side]) {
        files[side] = fallback.file;
        setSides(side, { ...before, turns: fallback.turns, problem });
      } else {
        prepared[side] = null;
        setPhoto(side, null);
        setSides(side, { stage: 'failed', problem, readings: null, foundText: false });
      }
    }
  };

  const guess = createMemo<CardGuess>(() => {
    const readings = (['front', 'back'] as const).map((s) => sides[s].readings).filter((r): r is CardReadings => r !== null);
    return guessCardFields(readings);
  });

  return {
    sides,
    readerStatus,
    guess,
    /** The kept photos, front first. */
    photos: (): Blob[] => [sides.front.photo, sides.back.photo].filter((p): p is Blob => p !== null),

    /** Takes a new photo for a side (upright, as the phone stored it). */
    choose(side: SideName, file: File): void {
      const fallback = { file: files[side], turns: sides[side].turns };
      files[side] = file;
      setSides(side, { turns: 0 });
      void prepare(side, fallback);
    },

    /** Turns a side's photo by a quarter, clockwise (1) or anticlockwise (-1), and reads it again. */
    turn(side: SideName, direction: 1 | -1): void {
      if (!files[side]) return;
      setSides(side, { turns: (sides[side].turns + direction + 4) % 4 });
      void prepare(side);
    },

    /** Forgets the back. */
    removeBack(): void {
      tokens.back++;
      files.back = null;
      prepared.back = null;
      setPhoto('back', null);
      setSides('back', emptySide());
    },

    /** Hears whether the reader is downloaded: once it is, the reader starts and reads what waits. */
    setReaderDownloaded(downloaded: boolean): void {
      readerDownloaded = downloaded;
      if (!downloaded) return;
      // Started now so it is warm by the time a photo is chosen; a failure shows when reading.
      reader.start().catch(() => undefined);
      for (const side of ['front', 'back'] as const) if (sides[side].stage === 'waiting') void read(side);
    },

    /** Starts a reader that failed again, and reads the sides again. */
    retryReader(): void {
      void reader.end();
      reader = new CardReader(setReaderStatus);
      reader.start().catch(() => undefined);
      for (const side of ['front', 'back'] as const) if (sides[side].problem === 'reader-failed') void read(side);
    },

    /** Ends the reader and the preparation worker, and frees the previews. */
    dispose(): void {
      tokens.front++;
      tokens.back++;
      void reader.end();
      preparer.dispose();
      for (const side of ['front', 'back'] as const) {
        const url = sides[side].photoUrl;
        if (url) URL.revokeObjectURL(url);
      }
    },
  };
}

/** The session of the paper-card screen. */
export type PaperCardSession = ReturnType<typeof createPaperCardSession>;
