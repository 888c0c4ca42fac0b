import { isValidEmail, normaliseEmail } from '../card/email';
import { finishCard } from './finish-card';
import type { ReadResult } from './finish-card';

/** Reads a `mailto:` link: its first address only (subject, body, cc are ignored), percent-decoded. */
export function parseMailto(text: string): ReadResult {
  const rest = text.trim().replace(/^mailto:/i, '');
  const query = rest.indexOf('?');
  // RFC 6068: several addresses are comma-separated; a comma inside one is "%2C", so split first.
  let first = (query < 0 ? rest : rest.slice(0, query)).split(',')[0] ?? '';
  // `mailto:?to=…` puts the address in the query.
  if (!first.trim() && query >= 0) first = toParam(rest.slice(query + 1));
  let address: string;
  try {
    address = decodeURIComponent(first);
  } catch {
    return { ok: false, error: { kind: 'malformed', detail: 'bad percent-encoding in mailto: link' } };
  }
  const result = finishCard({ name: '', reading: '', org: '', title: '', emails: [address], websites: [], note: '' }, 'mailto');
  return result.ok ? result : { ok: false, error: { kind: 'malformed', detail: 'no valid address in mailto: link' } };
}

/** Reads a text that is nothing but an email address; null if it is not one. */
export function parseBareEmail(text: string): ReadResult | null {
  const address = normaliseEmail(text.trim());
  if (!isValidEmail(address)) return null;
  return finishCard({ name: '', reading: '', org: '', title: '', emails: [address], websites: [], note: '' }, 'mailto');
}

function toParam(query: string): string {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).toLowerCase() === 'to') return pair.slice(eq + 1).split(',')[0] ?? '';
  }
  return '';
}
