/** The app's own address: the receiver's phone opens a shared card here. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** How a link was shared. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Shares a link with the Web Share API where present, else copies it to the clipboard. */
export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // Not allowed here (e.g. no user activation): fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
