import { describe, expect, it } from 'vitest';
import { linesToRecheck, mergeReadings, overlap } from '../../../../src/domain/paper-card/merge-readings';
import type { Box, CardReadings, OcrLine } from '../../../../src/domain/paper-card/ocr-page';

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });
/** A line whose words sit side by side in its box, split where the text has spaces. */
function line(text: string, bbox: Box, confidence = 90): OcrLine {
  const parts = text.split(' ');
  const step = (bbox.x1 - bbox.x0) / text.length;
  let x = bbox.x0;
  const words = parts.map((p) => {
    const word = { text: p, confidence, bbox: box(Math.round(x), bbox.y0, Math.round(x + p.length * step), bbox.y1) };
    x += (p.length + 1) * step;
    return word;
  });
  return { text, confidence, bbox, words };
}
const page = (lines: OcrLine[]) => ({ width: 1000, height: 600, lines });

describe('overlap', () => {
  it('is 1 for the same box, 0 for boxes apart', () => {
    expect(overlap(box(0, 0, 10, 10), box(0, 0, 10, 10))).toBe(1);
    expect(overlap(box(0, 0, 10, 10), box(20, 0, 30, 10))).toBe(0);
    expect(overlap(box(0, 0, 10, 10), box(5, 0, 15, 10))).toBeCloseTo(1 / 3);
  });
});

describe('mergeReadings', () => {
  it('takes Japanese lines from the Japanese model and Latin lines from the English one', () => {
    const readings: CardReadings = {
      jpn: page([line('株式会社サンプル', box(50, 40, 400, 80)), line('Emi1y Carter', box(50, 200, 500, 270), 60), line('taro@exarnple.co.jp', box(50, 400, 500, 430), 40)]),
      eng: page([line('BAHT TFarT', box(50, 40, 400, 80), 10), line('Emily Carter', box(50, 200, 500, 270), 95), line('taro@example.co.jp', box(50, 400, 500, 430), 92)]),
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['株式会社サンプル', 'Emily Carter', 'taro@example.co.jp']);
  });

  it('mixes a line: Japanese words from the Japanese model, the address from the English one', () => {
    const readings: CardReadings = {
      jpn: page([line('メール kato@grecnfield.co.jp', box(100, 100, 700, 130), 70)]),
      eng: page([line('X—JL kato@greenfield.co.jp', box(100, 100, 700, 130), 63)]),
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['メール kato@greenfield.co.jp']);
  });

  it('replaces a doubtful line by its more confident second reading, which may split it in two', () => {
    const readings: CardReadings = {
      jpn: page([line('拉が株科作和信あも2く りネット', box(60, 360, 660, 440), 8)]),
      eng: page([line('IERMRBIAS 44 DE A', box(60, 360, 660, 440), 19)]),
      rechecks: [
        { source: 'jpn', index: 0, reader: 'jpn', mode: '7', confidence: 45, lines: [line('ーー ae 婦か りネット', box(60, 360, 660, 440), 45)] },
        { source: 'jpn', index: 0, reader: 'jpn', mode: '6', confidence: 93, lines: [line('特定非営利活動法人まちづくりネット', box(60, 360, 660, 400), 94), line('理事長', box(60, 410, 160, 440), 92)] },
      ],
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['特定非営利活動法人まちづくりネット', '理事長']);
  });

  it('adds text the page layout missed, read from a band of ink', () => {
    const readings: CardReadings = {
      jpn: page([line('たかはし しょう', box(400, 240, 590, 266))]),
      eng: page([line('rriglL Led', box(400, 240, 590, 266), 2)]),
      bands: [box(400, 240, 590, 266), box(380, 285, 620, 355)],
      rechecks: [
        { source: 'ink', index: 1, reader: 'jpn', mode: '13', confidence: 86, lines: [line('高橋 翔', box(383, 285, 616, 353), 86)] },
        { source: 'ink', index: 1, reader: 'eng', mode: '7', confidence: 12, lines: [line('EBA #', box(383, 285, 616, 353), 12)] },
      ],
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['たかはし しょう', '高橋 翔']);
  });

  it('keeps a line whose neighbour’s tall box (a logo beside it) covers it', () => {
    const readings: CardReadings = {
      jpn: page([line('IF 有限会社フジ企画', box(70, 60, 640, 220), 76), line('Fuji Planning Ltd.', box(240, 170, 560, 205), 79)]),
      eng: page([line('IF BRAEESZYIE', box(70, 60, 640, 220), 8), line('Fuji Planning Ltd.', box(240, 170, 560, 205), 94)]),
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['IF 有限会社フジ企画', 'Fuji Planning Ltd.']);
  });

  it('does not take a second reading that cannot be Japanese, however sure the engine is', () => {
    const readings: CardReadings = {
      jpn: page([line('西村 葵', box(55, 217, 320, 330), 45)]),
      eng: page([line('Rik 2%', box(55, 217, 320, 330), 20)]),
      rechecks: [{ source: 'jpn', index: 0, reader: 'jpn', mode: '13', confidence: 65, lines: [line('ーキすすキー', box(55, 217, 320, 330), 65)] }],
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['西村 葵']);
  });

  it('keeps one line per place when a second reading brings back a neighbour', () => {
    const readings: CardReadings = {
      jpn: page([line('MI 株式会社モリノ', box(150, 60, 500, 100), 70), line('Morino Inc.', box(150, 105, 330, 130), 91)]),
      eng: page([line('Ml FARLIRY', box(150, 60, 500, 100), 5), line('Morino Inc.', box(150, 105, 330, 130), 94)]),
      rechecks: [{ source: 'jpn', index: 0, reader: 'jpn', mode: '6', confidence: 92, lines: [line('株式会社モリノ', box(240, 60, 500, 100), 92), line('Morino Inc.', box(150, 105, 330, 130), 91)] }],
    };
    expect(mergeReadings(readings).map((l) => l.text)).toEqual(['株式会社モリノ', 'Morino Inc.']);
  });
});

describe('linesToRecheck', () => {
  it('asks again about doubtful Japanese lines, doubtful Latin lines, lines only English found and uncovered ink', () => {
    const readings: CardReadings = {
      jpn: page([line('株式会社サンプル', box(50, 40, 400, 80), 95), line('シジミニア', box(50, 100, 300, 125), 28), line('taro@example.co.jp', box(50, 400, 500, 430), 60)]),
      eng: page([line('XX', box(50, 40, 400, 80), 10), line('LIAN', box(50, 100, 300, 125), 30), line('taro@examp1e.co.jp', box(50, 400, 500, 430), 70), line('RRR EAE', box(50, 200, 400, 240), 30)]),
      bands: [box(50, 40, 400, 80), box(380, 285, 620, 355)],
    };
    expect(linesToRecheck(readings)).toEqual([
      { source: 'jpn', index: 1, reader: 'jpn', modes: ['7', '13', '6'] },
      { source: 'eng', index: 2, reader: 'eng', modes: ['7', '13'] },
      { source: 'eng', index: 3, reader: 'jpn', modes: ['7', '13', '6'] },
      { source: 'ink', index: 1, reader: 'jpn', modes: ['7', '13', '6'] },
      { source: 'ink', index: 1, reader: 'eng', modes: ['7', '13'] },
    ]);
  });
});
