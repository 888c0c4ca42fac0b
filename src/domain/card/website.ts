import { isAscii } from './clean-text';

/**
 * A website as a safe `http:`/`https:` URL string, or null. Anything else (`javascript:`,
 * `data:`, `file:`, credentials in the URL) is refused; a bare `www.example.com` gets `https://`.
 */
export function safeWebsite(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048 || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : looksLikeHost(trimmed) ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname.includes('.')) return null;
  return url.href;
}

const HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#:].*)?$/u;
// HOST where the host is ASCII (letters and numbers are then exactly A–Z, a–z, 0–9): a phone
// takes several milliseconds to compile HOST's Unicode classes, and most hosts never need them.
const HOST_ASCII = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+([/?#:].*)?$/;

// A bare host name with an optional path, port or query ("www.example.com/about").
function looksLikeHost(text: string): boolean {
  return HOST_ASCII.test(text) || (!isAscii(text) && HOST.test(text));
}

/** Whether the text is already an `http(s)://` URL (the form asks for the scheme explicitly). */
export function hasWebScheme(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}
