// vCard text escapes: `\\ \, \; \n \N` (and `\:`, which Apple and Android write in URLs).
// Structured values (N, ORG) are split on unescaped `;` before unescaping, so an escaped
// `\;` stays inside its component; an escaped `\n` becomes a newline inside the value and
// never a new property.

/** Splits a raw value on unescaped separators, leaving escapes in place. */
export function splitComponents(value: string, separator: ';' | ','): string[] {
  if (!value.includes('\\')) return value.split(separator);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === separator) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out;
}

/** Resolves vCard escapes; an unknown escape keeps its backslash. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
