/** Offers text (one string, or many parts for a large file) as a file download (UTF-8). */
export function downloadText(text: string | BlobPart[], fileName: string, type: string): void {
  const blob = new Blob(typeof text === 'string' ? [text] : text, { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
