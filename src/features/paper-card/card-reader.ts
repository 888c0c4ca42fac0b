import type Tesseract from 'tesseract.js';
import { linesToRecheck } from '../../domain/paper-card/merge-readings';
import type { Box, CardReadings, LineMode, OcrLine, OcrModel, OcrPage, RecheckResult } from '../../domain/paper-card/ocr-page';
import { coreScript, detectCoreBuild, readerUrl } from './reader-files';

// The OCR engine (tesseract.js) for paper cards: two workers over the same image, one with the
// Japanese model and one with the English model. One worker loaded with both reads Japanese
// names as Latin letters and is three times slower; two single-language workers run side by
// side and the field guesser takes each line from the model that suits it. Every file comes from
// the app's origin (the service worker serves them from the reader's cache offline). The
// workers start when the paper-card screen opens, stay warm between cards and end with it.

/** Where the engine is: starting (0–1 progress), ready, or failed. */
export type ReaderStatus = { kind: 'starting'; progress: number } | { kind: 'ready' } | { kind: 'failed' };

/** The card's physical width, for the resolution the engine is told (91 mm). */
const CARD_WIDTH_INCHES = 91 / 25.4;
const MODELS: OcrModel[] = ['jpn', 'eng'];
/** What a starting worker reports, in order (tesseract.js's own status texts). */
const STARTING_STAGES = ['loading tesseract core', 'initializing tesseract', 'loading language traineddata', 'initializing api'];
/** The page is read as a page (3); doubtful lines again alone, as a line (7), a raw line (13) or a block (6). */
const PAGE_PSM = '3';
const LINE_MODES: LineMode[] = ['7', '13', '6'];

/** The tesseract.js workers reading card images. */
export class CardReader {
  private workers: Promise<Record<OcrModel, Tesseract.Worker>> | null = null;
  private ended = false;
  private readonly progress: Record<OcrModel, number> = { jpn: 0, eng: 0 };
  // One read at a time: a read changes the workers' page mode, which a read beside it must not see.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly onStatus: (status: ReaderStatus) => void = () => {}) {}

  /** Starts the workers (loading the engine and its data); safe to call again. */
  start(): Promise<void> {
    if (this.ended) return Promise.reject(new Error('card reader ended'));
    this.workers ??= this.create();
    return this.workers.then(() => undefined);
  }

  private async create(): Promise<Record<OcrModel, Tesseract.Worker>> {
    this.onStatus({ kind: 'starting', progress: 0 });
    const started: Tesseract.Worker[] = [];
    try {
      const [{ createWorker, OEM }, build] = await Promise.all([import('tesseract.js'), detectCoreBuild()]);
      const one = async (model: OcrModel) => {
        const worker = await createWorker(model, OEM.LSTM_ONLY, {
          workerPath: readerUrl('worker.min.js'),
          corePath: readerUrl(coreScript(build)),
          langPath: readerUrl('').replace(/\/$/, ''),
          // A same-origin worker script (not a blob: URL), so its own requests resolve against
          // the reader's directory and go through the service worker.
          workerBlobURL: false,
          gzip: true,
          // The reader's cache already keeps the data; tesseract's IndexedDB copy would double it.
          cacheMethod: 'none',
          logger: (m) => {
            const stage = STARTING_STAGES.indexOf(m.status);
            if (stage < 0) return;
            this.progress[model] = (stage + m.progress) / STARTING_STAGES.length;
            this.onStatus({ kind: 'starting', progress: (this.progress.jpn + this.progress.eng) / 2 });
          },
        });
        started.push(worker);
        await worker.setParameters({ preserve_interword_spaces: '1' });
        return worker;
      };
      const [jpn, eng] = await Promise.all(MODELS.map(one));
      if (this.ended) throw new Error('card reader ended');
      this.onStatus({ kind: 'ready' });
      return { jpn: jpn!, eng: eng! };
    } catch (error) {
      await Promise.all(started.map((w) => w.terminate().catch(() => undefined)));
      this.workers = null;
      if (!this.ended) this.onStatus({ kind: 'failed' });
      throw error;
    }
  }

  /**
   * Reads a prepared gray image (PGM) of `width` × `height` pixels showing one card side: the
   * page with both models at once, then each doubtful line, and each band of ink (`bands`)
   * no line covers, again on its own.
   */
  read(pgm: Uint8Array, width: number, height: number, bands: Box[]): Promise<CardReadings> {
    const next = this.queue.then(() => this.readNow(pgm, width, height, bands));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readNow(pgm: Uint8Array, width: number, height: number, bands: Box[]): Promise<CardReadings> {
    await this.start();
    const workers = await this.workers!;
    const image = new Blob([pgm as BlobPart], { type: 'image/x-portable-graymap' });
    const dpi = String(Math.round(width / CARD_WIDTH_INCHES));
    const page = async (model: OcrModel): Promise<OcrPage> => {
      const worker = workers[model];
      await worker.setParameters({ user_defined_dpi: dpi, tessedit_pageseg_mode: PAGE_PSM as Tesseract.PSM });
      const result = await worker.recognize(image, {}, { text: true, blocks: true });
      return { width, height, lines: linesOf(result.data) };
    };
    const [jpn, eng] = await Promise.all([page('jpn'), page('eng')]);
    const readings: CardReadings = { jpn: jpn!, eng: eng!, bands };
    const rechecks = linesToRecheck(readings);
    const reread = async (model: OcrModel): Promise<RecheckResult[]> => {
      const worker = workers[model];
      const results: RecheckResult[] = [];
      for (const mode of LINE_MODES) {
        const mine = rechecks.filter((r) => r.reader === model && r.modes.includes(mode));
        if (mine.length === 0) continue;
        await worker.setParameters({ tessedit_pageseg_mode: mode as Tesseract.PSM });
        for (const { source, index, reader } of mine) {
          const bbox = source === 'ink' ? bands[index]! : readings[source].lines[index]!.bbox;
          // A little margin, so strokes at the box's edge are whole.
          const pad = Math.round((bbox.y1 - bbox.y0) * 0.15);
          const left = Math.max(0, bbox.x0 - pad);
          const top = Math.max(0, bbox.y0 - pad);
          const rectangle = { left, top, width: Math.min(width, bbox.x1 + pad) - left, height: Math.min(height, bbox.y1 + pad) - top };
          const result = await worker.recognize(image, { rectangle }, { text: true, blocks: true });
          const lines = linesOf(result.data);
          // A single line (7, 13) is one line even if tesseract splits it; a block (6) keeps its lines.
          const kept = mode === '6' || lines.length < 2 ? lines : [{ text: lines.map((l) => l.text).join(' '), confidence: Math.round(result.data.confidence), bbox, words: lines.flatMap((l) => l.words) }];
          results.push({ source, index, reader, mode, confidence: Math.round(result.data.confidence), lines: kept });
        }
      }
      return results;
    };
    const [jpnRechecks, engRechecks] = await Promise.all([reread('jpn'), reread('eng')]);
    return { ...readings, rechecks: [...jpnRechecks!, ...engRechecks!] };
  }

  /** Ends the workers and frees their memory; this reader cannot be used again. */
  async end(): Promise<void> {
    this.ended = true;
    const workers = this.workers;
    this.workers = null;
    if (workers) await workers.then((w) => Promise.all([w.jpn.terminate(), w.eng.terminate()])).catch(() => undefined);
  }
}

function linesOf(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lines.push({
          text: line.text.trimEnd(),
          confidence: Math.round(line.confidence),
          bbox: line.bbox,
          words: line.words.map((w) => ({ text: w.text, confidence: Math.round(w.confidence), bbox: w.bbox })),
        });
      }
    }
  }
  return lines;
}
