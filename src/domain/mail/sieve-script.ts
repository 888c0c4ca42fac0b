import { folderName, planFilters, wellFormed, type FilterInput, type FilterRule } from './filter-plan';

// A Sieve script (RFC 5228) doing what the Gmail file does, and more: Sieve can read the clock
// (RFC 5260 `currentdate`, compared with RFC 5231 `:value`), so an address still valid when the
// script is made starts going to the expired folder by itself at its expiry. Extensions used:
// fileinto; mailbox (RFC 5490, `:create`, so the folders need not exist first); subaddress
// (RFC 5233) to match the tag; date and relational only when some address expires later.
//
// Servers differ in two ways, hence the dialects:
// - Fastmail (Cyrus) names folders "INBOX.<name>" in Sieve, and "." separates sub-folders;
// - Proton's Sieve has no subaddress extension (its parser, ProtonMail/libsieve-php, ships
//   copy, date, mailbox, relational, imap4flags… but not subaddress), so the whole tagged address
//   is compared instead.

/** The Sieve servers whose differences the script follows. */
export const SIEVE_DIALECTS = ['standard', 'fastmail', 'proton'] as const;
/** Dovecot/Pigeonhole (mailbox.org, self-hosted), Fastmail, or Proton Mail. */
export type SieveDialect = (typeof SIEVE_DIALECTS)[number];

const DIALECTS: Readonly<Record<SieveDialect, { folderPrefix: string; subaddress: boolean }>> = {
  standard: { folderPrefix: '', subaddress: true },
  fastmail: { folderPrefix: 'INBOX.', subaddress: true },
  proton: { folderPrefix: '', subaddress: false },
};

// Headers an address a person wrote to shows up in (a Bcc leaves no header to test).
const RECIPIENT_HEADERS = '["to", "cc"]';

/** A string as a Sieve quoted string (RFC 5228 §2.4.2): `"` and `\` escaped, one line, valid UTF-8. */
export function sieveString(value: string): string {
  // The script is one rule per line: no line breaks or other controls inside a string.
  const text = wellFormed(value).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** An expiry as `currentdate` compares it: UTC, to the second, without the zone suffix. */
function isoUtc(ms: number): string {
  // Leaving out "Z"/"+00:00" makes the comparison right whichever of the two the server writes:
  // the server's longer value is greater than this key as soon as the date and time are equal.
  return new Date(Math.ceil(ms / 1000) * 1000).toISOString().slice(0, 19);
}

function recipientTest(rule: FilterRule, subaddress: boolean): string {
  // Tags are random and unique, so the tag alone names one handed-out address.
  return subaddress
    ? `address :detail :is ${RECIPIENT_HEADERS} ${sieveString(rule.tag)}`
    : `address :all :is ${RECIPIENT_HEADERS} ${sieveString(rule.address)}`;
}

/** The Sieve script for every handed-out address, as of `input.now`, for one server dialect. */
export function makeSieveScript(input: FilterInput, dialect: SieveDialect = 'standard'): string {
  const { folderPrefix, subaddress } = DIALECTS[dialect];
  const rules = planFilters(input);
  const folder = (name: string) => sieveString(folderPrefix + name);
  const expired = folder(folderName(input.names.expiredFolder));
  const timed = rules.some((rule) => rule.expiresAt !== null && !rule.expired);
  const extensions = ['fileinto', 'mailbox', ...(subaddress ? ['subaddress'] : []), ...(timed ? ['date', 'relational'] : [])];
  const lines = [
    '# Meishi: per-event addresses. Mail to an event\'s address is filed under the event;',
    '# mail to an address whose card has expired goes to the expired folder instead.',
    `# Made ${new Date(input.now).toISOString()}; export again after adding events or contacts.`,
    `require [${extensions.map(sieveString).join(', ')}];`,
  ];
  for (const rule of rules) {
    lines.push('', `if ${recipientTest(rule, subaddress)} {`);
    if (rule.expired) {
      lines.push(`  fileinto :create ${expired};`, '  stop;');
    } else {
      if (rule.expiresAt !== null) {
        lines.push(
          `  if currentdate :zone "+0000" :value "ge" "iso8601" ${sieveString(isoUtc(rule.expiresAt))} {`,
          `    fileinto :create ${expired};`,
          '    stop;',
          '  }',
        );
      }
      // fileinto alone would take the mail out of the inbox: keep it there too (a label).
      lines.push(`  fileinto :create ${folder(rule.folder)};`, '  keep;');
    }
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}
