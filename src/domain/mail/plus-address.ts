import { isValidEmail, normaliseEmail } from '../card/email';

// Plus-addressing (RFC 5233 "subaddress"): mail to `local+tag@domain` is delivered to
// `local@domain` by providers that support it, and the tag survives into the headers where the
// user's own filters can see it. Not every provider delivers such mail; a card must never carry
// an address that bounces, so providers reported not to deliver tagged mail are refused, and any
// provider this file does not know is allowed but left for the person to test (one email to
// the new address from their own mail app) before relying on it.
//
// What each entry rests on, as found in public pages (searched November 2026):
//
// | provider | verdict | evidence | source |
// | --- | --- | --- | --- |
// | Fastmail | delivers, also for aliases and own domains | provider's help | https://www.fastmail.help/hc/en-us/articles/360060591053 |
// | Microsoft 365 / Exchange Online | on by default since May 2022; an admin can turn it off | provider's docs | https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/plus-addressing-in-exchange-online |
// | Proton Mail | delivers ("+aliases", every plan) | provider's help | https://proton.me/support/nl/addresses-and-aliases ; https://protonmail.com/support/knowledge-base/addresses-and-aliases/ |
// | Gmail | delivers | press and Google's 2008 Gmail blog post as quoted by others; no Google help page found | https://www.zdnet.com/article/microsoft-adds-support-for-custom-email-addresses-in-office-365/ |
// | Outlook.com / Hotmail | delivers since 2013 | press only | same ZDNet article; https://www.instantfundas.com/2013/09/outlookcom-now-supports-email-aliases.html |
// | iCloud Mail | delivers (receive only) | Japanese blogs; no Apple help page found | https://kosukety.org/use-plus-sign-alias-in-icloud ; https://zariganitosh.hatenablog.jp/entry/20121025/icloud_email_tagging |
// | Yahoo Mail, AOL | does not deliver ("Yahoo, AOL and most others did not") | press only | same ZDNet article |
// | Yahoo! JAPAN | no plus-addressing; its sub-addresses are registered "safety addresses" `base-keyword@yahoo.co.jp` | blogs describing the feature; no help page found | https://imayorimotto.net/yahoo-safety-address |
// | docomo, au, SoftBank carrier mail | no plus-addressing: "+" is not a character these addresses may contain | press (ITmedia, 2003) | https://www.itmedia.co.jp/mobile/0310/17/n_meado.html |
// | Google Workspace, mailbox.org, Zoho, GMX / WEB.DE, Outlook.jp | not verified | — | — |
//
// Own domains (Google Workspace, Microsoft 365, any Dovecot server) cannot be told apart by
// their domain: they come out as 'unknown' and the person sends the test email.

/** A mail provider this module knows by its domains. */
export const PROVIDER_IDS = ['gmail', 'outlook', 'icloud', 'fastmail', 'proton', 'yahoo', 'yahoo-japan', 'docomo', 'au', 'softbank'] as const;
/** One known provider. */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** What is known about a provider and plus-addressing, and how firmly. */
export interface ProviderFacts {
  delivers: boolean;
  /** 'provider' when the provider's own pages say so; 'secondary' when only press or blogs do. */
  evidence: 'provider' | 'secondary';
  domains: readonly string[];
}

/** Every known provider: whether it delivers `local+tag@domain` mail, and its domains. */
export const PROVIDERS: Readonly<Record<ProviderId, ProviderFacts>> = {
  gmail: { delivers: true, evidence: 'secondary', domains: ['gmail.com', 'googlemail.com'] },
  outlook: { delivers: true, evidence: 'secondary', domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'] },
  icloud: { delivers: true, evidence: 'secondary', domains: ['icloud.com', 'me.com', 'mac.com'] },
  fastmail: { delivers: true, evidence: 'provider', domains: ['fastmail.com', 'fastmail.fm'] },
  proton: { delivers: true, evidence: 'provider', domains: ['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'] },
  yahoo: {
    delivers: false,
    evidence: 'secondary',
    domains: ['yahoo.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'aol.com'],
  },
  'yahoo-japan': { delivers: false, evidence: 'secondary', domains: ['yahoo.co.jp', 'ymail.ne.jp'] },
  docomo: { delivers: false, evidence: 'secondary', domains: ['docomo.ne.jp'] },
  au: { delivers: false, evidence: 'secondary', domains: ['ezweb.ne.jp', 'au.com'] },
  softbank: { delivers: false, evidence: 'secondary', domains: ['softbank.ne.jp', 'i.softbank.jp'] },
};

const PROVIDER_BY_DOMAIN: ReadonlyMap<string, ProviderId> = new Map(
  PROVIDER_IDS.flatMap((id) => PROVIDERS[id].domains.map((domain) => [domain, id] as const)),
);

/** The known provider an address belongs to, by its domain, or null. */
export function providerOf(address: string): ProviderId | null {
  const domain = normaliseEmail(address).split('@')[1] ?? '';
  return PROVIDER_BY_DOMAIN.get(domain) ?? null;
}

/** Why an address cannot carry a `+tag` (machine-readable; the UI words it). */
export type PlusRefusal =
  | { reason: 'invalid-address' }
  /** It has a `+` already: a second one would be read as part of the tag, or not delivered. */
  | { reason: 'already-tagged' }
  /** The provider is reported not to deliver tagged mail. */
  | { reason: 'provider-no-plus'; provider: ProviderId }
  /** With a tag the local part would pass the 64 characters RFC 5321 allows. */
  | { reason: 'too-long' };

/** Whether an address can carry a tag: how sure we are it delivers, or why not. */
export type PlusSupport =
  | { ok: true; provider: ProviderId | null; confidence: 'provider' | 'secondary' | 'unknown' }
  | ({ ok: false } & PlusRefusal);

/** The characters a tag made by this app consists of (lower-case Crockford base32: no i, l, o, u). */
export const TAG_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** How many characters a tag has: 32⁶ ≈ 10⁹ tags, short enough to read out. */
export const TAG_LENGTH = 6;
const TAG_SHAPE = new RegExp(`^[${TAG_ALPHABET}]{${TAG_LENGTH}}$`);
const LOCAL_PART_CAP = 64;

/** Whether a string has the shape of a tag this app makes. */
export function isEventTag(value: string): boolean {
  return TAG_SHAPE.test(value);
}

/** Why the address itself (whatever its provider) cannot carry a tag, or null if it can. */
function shapeRefusal(email: string): PlusRefusal | null {
  if (!isValidEmail(email)) return { reason: 'invalid-address' };
  const local = email.slice(0, email.lastIndexOf('@'));
  if (local.includes('+')) return { reason: 'already-tagged' };
  if (local.length + 1 + TAG_LENGTH > LOCAL_PART_CAP) return { reason: 'too-long' };
  return null;
}

/** Whether a card's address can carry a per-event `+tag`, and if not, why. */
export function plusSupport(address: string): PlusSupport {
  const email = normaliseEmail(address);
  const refusal = shapeRefusal(email);
  if (refusal) return { ok: false, ...refusal };
  const provider = providerOf(email);
  if (provider === null) return { ok: true, provider, confidence: 'unknown' };
  const facts = PROVIDERS[provider];
  if (!facts.delivers) return { ok: false, reason: 'provider-no-plus', provider };
  return { ok: true, provider, confidence: facts.evidence };
}

/**
 * `local+tag@domain`, or null for a malformed tag or an address that cannot take one. The
 * provider is not checked here (`plusSupport` is, before a tag is handed out): an address given
 * out before must still be named in the filters, whatever is learnt about its provider later.
 */
export function makeTaggedAddress(address: string, tag: string): string | null {
  const email = normaliseEmail(address);
  if (!isEventTag(tag) || shapeRefusal(email)) return null;
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}+${tag}${email.slice(at)}`;
}

/** The base address and the tag of a `local+tag@domain` address made by this app, or null. */
export function readTaggedAddress(address: string): { base: string; tag: string } | null {
  const email = normaliseEmail(address);
  if (!isValidEmail(email)) return null;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  // RFC 5233: the detail starts after the first separator.
  const plus = local.indexOf('+');
  if (plus <= 0) return null;
  const tag = local.slice(plus + 1).toLowerCase();
  if (!isEventTag(tag)) return null;
  return { base: `${local.slice(0, plus)}${email.slice(at)}`, tag };
}
