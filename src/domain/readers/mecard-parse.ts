import { finishCard } from './finish-card';
import type { ReadResult } from './finish-card';
import { splitComponents } from './vcard-text';

// MECARD (NTT docomo, common in Japanese QR codes):
//   MECARD:N:山田,太郎;SOUND:やまだ,たろう;TEL:…;EMAIL:…;URL:…;ORG:…;NOTE:…;;
// Fields end at an unescaped ";", values escape `\: \; \, \\`. N and SOUND are "family,given".

/** Reads a `MECARD:` text (the prefix is matched case-insensitively). */
export function parseMeCard(text: string): ReadResult {
  const body = text.trim().replace(/^MECARD:/i, '');
  const fields = new Map<string, string[]>();
  for (const field of splitComponents(body, ';')) {
    const colon = field.indexOf(':');
    if (colon <= 0) continue;
    const key = field.slice(0, colon).trim().toUpperCase();
    const list = fields.get(key) ?? [];
    list.push(field.slice(colon + 1));
    fields.set(key, list);
  }
  const first = (key: string): string => unescape(fields.get(key)?.[0] ?? '');
  return finishCard(
    {
      name: familyGiven(fields.get('N')?.[0]),
      reading: familyGiven(fields.get('SOUND')?.[0]),
      org: first('ORG'),
      // Not in docomo's spec, but some generators add it.
      title: first('TITLE'),
      emails: (fields.get('EMAIL') ?? []).map(unescape),
      websites: (fields.get('URL') ?? []).map(unescape),
      note: first('NOTE') || first('MEMO'),
    },
    'mecard',
  );
}

// "山田,太郎" → "山田 太郎": MECARD always puts the family name first.
function familyGiven(raw: string | undefined): string {
  return splitComponents(raw ?? '', ',')
    .map(unescape)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

function unescape(value: string): string {
  return value.replace(/\\(.)/gs, '$1');
}
