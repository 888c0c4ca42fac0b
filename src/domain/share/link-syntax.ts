// How a link is recognised as a shared Meishi card, without reading it (payload-codec.ts reads
// it): cheap enough for the app's frame, which checks every address it opens at.

/** Whether a URL fragment (with or without "#") looks like a Meishi card of any version. */
export function isSharedCardFragment(fragment: string): boolean {
  return /^#?m\d{1,4}~/.test(fragment);
}
