import type { RawCard } from './finish-card';
import { hasKana, isCjk, joinName } from '../card/person-name';
import { splitComponents, unescapeText } from './vcard-text';

/** A property's decoded (not yet unescaped) value and the parameters a card needs. */
export interface DecodedProperty {
  value: string;
  /** TYPE values, upper case (2.1 bare words included). */
  types: string[];
  /** Preference rank: 1 is most preferred (PREF=1, TYPE=pref, 2.1 PREF); none sorts last. */
  rank: number;
  sortAs: string[];
}

/** The properties a card is made of; everything else (TEL, ADR, PHOTO…) is never decoded. */
export const VCARD_FIELD_NAMES: ReadonlySet<string> = new Set([
  'FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'URL', 'NOTE', 'SORT-STRING', 'SOUND', 'X-KANA',
  'X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME',
]);

/** The card fields of a vCard's properties, keyed by upper-case property name. */
export function vcardFields(props: ReadonlyMap<string, DecodedProperty[]>): RawCard {
  const text = (name: string): string => unescapeText(props.get(name)?.[0]?.value ?? '');
  const n = props.get('N')?.[0];
  // Each N component may itself be a comma list (several given or additional names).
  const nameParts = n ? splitComponents(n.value, ';').map((part) => splitComponents(part, ',').map(unescapeText).join(' ')) : [];
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = nameParts;
  const fn = text('FN');
  const familyFirst = family || given ? isCjk(family + given) : fn ? isCjk(fn) : true;
  const nameFromN = familyFirst ? joinName(family, given, true) : [prefix, given, additional, family, suffix].filter((p) => p.trim()).join(' ');
  return {
    // FN is the name as its owner wants it shown; N is the fallback.
    name: fn.trim() ? fn : nameFromN,
    reading: reading(props, n, familyFirst),
    org: splitComponents(props.get('ORG')?.[0]?.value ?? '', ';').map(unescapeText).filter((p) => p.trim()).join(' '),
    title: text('TITLE'),
    emails: byPreference(props.get('EMAIL')),
    websites: byPreference(props.get('URL')),
    note: text('NOTE'),
  };
}

// Readings, most explicit first. Sort keys (SORT-AS, SORT-STRING) count only when they are
// kana: for a Latin name they are just the name again ("Doe,Jane").
function reading(props: ReadonlyMap<string, DecodedProperty[]>, n: DecodedProperty | undefined, familyFirst: boolean): string {
  const text = (name: string): string => unescapeText(props.get(name)?.[0]?.value ?? '');
  const givenPhonetic = [text('X-PHONETIC-FIRST-NAME'), text('X-PHONETIC-MIDDLE-NAME')].filter(Boolean).join(' ');
  const phonetic = joinName(text('X-PHONETIC-LAST-NAME'), givenPhonetic, familyFirst);
  if (phonetic) return phonetic;
  const [sortFamily = '', sortGiven = ''] = n?.sortAs ?? [];
  const sortAs = joinName(sortFamily, sortGiven, familyFirst);
  if (hasKana(sortAs)) return sortAs;
  const sortString = text('SORT-STRING');
  if (hasKana(sortString)) return sortString;
  // Japanese feature phones: SOUND;X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;; (a plain SOUND is an audio clip).
  const irmc = props.get('SOUND')?.find((sound) => sound.types.includes('X-IRMC-N'));
  if (irmc) {
    const [irmcFamily = '', irmcGiven = ''] = splitComponents(irmc.value, ';').map(unescapeText);
    return joinName(irmcFamily, irmcGiven, true);
  }
  return text('X-KANA');
}

function byPreference(list: DecodedProperty[] | undefined): string[] {
  if (!list) return [];
  // Array.prototype.sort is stable: equal ranks keep the card's order.
  return [...list].sort((a, b) => a.rank - b.rank).map((p) => unescapeText(p.value));
}
