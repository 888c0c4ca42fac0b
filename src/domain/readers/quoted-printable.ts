// vCard 2.1 writers (Android, Outlook, feature phones) put non-ASCII text in quoted-printable
// bytes of a declared CHARSET; the bytes only mean something once decoded with it.

const decoders = new Map<string, TextDecoder>();

/** A decoder for a CHARSET label (UTF-8, SHIFT_JIS, ISO-8859-1, …); UTF-8 for an unknown label. */
export function decoderFor(charset: string | undefined): TextDecoder {
  const label = (charset ?? 'utf-8').trim().toLowerCase() || 'utf-8';
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = decoderFor('utf-8');
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/** Decodes a quoted-printable value with its charset; null if an `=` is not followed by two hex digits. */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string | null {
  const decoder = decoderFor(charset);
  let out = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += decoder.decode(Uint8Array.from(bytes));
    bytes = [];
  };
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3d) {
      // A lone "=" at the very end is a soft line break with nothing after it.
      if (i === value.length - 1) break;
      const high = hexDigit(value.charCodeAt(i + 1));
      const low = hexDigit(value.charCodeAt(i + 2));
      if (high < 0 || low < 0) return null;
      bytes.push(high * 16 + low);
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Raw non-ASCII in a QP value: the file was already decoded, so it is text as it stands.
      flush();
      out += value[i];
    }
  }
  flush();
  return out;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}
