// .vcf files are UTF-8 nowadays, but Japanese feature phones (and their backups) wrote
// Shift_JIS, and Outlook 2.1 may write Windows-1252. A short Shift_JIS name can happen to be
// valid UTF-8 ("ﾃｽ" is "ý"), so a declared CHARSET=SHIFT_JIS wins over a lucky UTF-8 decode.

const SHIFT_JIS = /^(?:SHIFT[_-]?JIS|SJIS|X-SJIS|MS_KANJI|CP932|WINDOWS-31J)$/i;
const UNICODE = /^(?:UTF-?8|US-ASCII|ASCII)$/i;

/** The text of a .vcf file's bytes: by BOM, else UTF-8, else the declared CHARSET, else Shift_JIS. */
export function decodeVCardBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let text: string | null = null;
  try {
    // The default decoder drops a UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read it as the file says, if it says.
  }
  // Pure ASCII reads the same in every charset here.
  if (text !== null && !/[^\u0000-\u007f]/.test(text)) return text;
  const declared = declaredCharsets(text ?? new TextDecoder('windows-1252').decode(bytes));
  if (declared.some((label) => SHIFT_JIS.test(label))) return new TextDecoder('shift_jis').decode(bytes);
  if (text !== null) return text;
  for (const label of declared) {
    if (UNICODE.test(label)) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next one.
    }
  }
  return new TextDecoder('shift_jis').decode(bytes);
}

function declaredCharsets(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/CHARSET="?([\w.-]+)/gi), (m) => (m[1] as string).toUpperCase()))];
}
