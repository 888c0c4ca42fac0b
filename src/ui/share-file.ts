import { downloadText } from './download';

/**
 * Shares a text file (one string, or many parts for a large file) with the Web Share API where
 * files can be shared (phones), else downloads it.
 */
export async function shareOrDownload(text: string | BlobPart[], fileName: string, type: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const file = new File(typeof text === 'string' ? [text] : text, fileName, { type });
  // Only touch devices: desktop share sheets are clumsier than a plain download.
  const touch = window.matchMedia?.('(pointer: coarse)').matches;
  if (touch && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: fileName });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
    }
  }
  downloadText(text, fileName, type);
  return 'downloaded';
}
