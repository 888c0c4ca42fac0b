import { folderName, planFilters, wellFormed, type FilterInput } from './filter-plan';

// Gmail's own filter file (Settings → Filters and Blocked Addresses → Import filters): the Atom
// feed Gmail exports, one <entry> per filter, its criteria and actions as <apps:property
// name=… value=…/>. Gmail filters cannot look at the clock, so the file only moves mail to
// addresses that have expired when it is made; the app asks for a new export after the next
// expiry. Every filter applies to every new message (there is no "stop"), so an expired address
// gets two: its event's label, and the expired label with "skip the inbox".

const ATOM = 'http://www.w3.org/2005/Atom';
const APPS = 'http://schemas.google.com/apps/2006';

// Characters XML 1.0 cannot hold at all, besides lone surrogates: C0 controls but tab/LF/CR, U+FFFE/F.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** A string as the value of a single-quoted XML attribute (or element text): nothing can end it early. */
export function xmlEscape(value: string): string {
  return wellFormed(value)
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute values are whitespace-normalised by parsers: keep line breaks and tabs as written.
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** One Gmail filter: its criteria and actions, as Gmail names them. */
type GmailProperties = ReadonlyArray<readonly [name: string, value: string]>;

/** The Gmail filter file (mailFilters.xml) for every handed-out address, as of `input.now`. */
export function makeGmailFilters(input: FilterInput): string {
  const updated = new Date(input.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const expiredLabel = folderName(input.names.expiredFolder);
  const filters: GmailProperties[] = [];
  for (const rule of planFilters(input)) {
    filters.push([
      ['to', rule.address],
      ['label', rule.folder],
    ]);
    if (rule.expired) {
      filters.push([
        ['to', rule.address],
        ['label', expiredLabel],
        ['shouldArchive', 'true'],
      ]);
    }
  }
  // Gmail's own ids are millisecond numbers; any distinct ones are accepted on import.
  const ids = filters.map((_, i) => String(input.now + i));
  const entries = filters.map((properties, i) =>
    [
      '\t<entry>',
      "\t\t<category term='filter'></category>",
      '\t\t<title>Mail Filter</title>',
      `\t\t<id>tag:mail.google.com,2008:filter:${ids[i]}</id>`,
      `\t\t<updated>${updated}</updated>`,
      '\t\t<content></content>',
      ...properties.map(([name, value]) => `\t\t<apps:property name='${xmlEscape(name)}' value='${xmlEscape(value)}'/>`),
      '\t</entry>',
    ].join('\n'),
  );
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    `<feed xmlns='${ATOM}' xmlns:apps='${APPS}'>`,
    '\t<title>Mail Filters</title>',
    `\t<id>tag:mail.google.com,2008:filters:${ids.join(',')}</id>`,
    `\t<updated>${updated}</updated>`,
    '\t<author>',
    '\t\t<name>Meishi</name>',
    '\t</author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
