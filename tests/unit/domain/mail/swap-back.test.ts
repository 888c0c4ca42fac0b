import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT } from '../../../fixtures/hostile-text';
import { REFERENCE_CARD } from '../../../fixtures/reference-card';
import { encodeSharedCard } from '../../../../src/domain/share/payload-codec';
import { SWAP_BACK_CAPS, composeSwapBack, type SwapBackForm, type SwapBackStrings } from '../../../../src/domain/mail/swap-back';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const HOUR = 3_600_000;

const EN: SwapBackStrings = {
  subject: '{name} ({org}): nice to meet you',
  greeting: 'Dear {cardName},',
  intro: 'Thank you for your card. Here are my details:',
  linkLabel: 'My card in Meishi (valid for a limited time):',
};
const JA: SwapBackStrings = {
  subject: '{name}({org})です。名刺交換ありがとうございました',
  greeting: '{cardName} 様',
  intro: '名刺をいただきありがとうございました。私の連絡先をお送りします。',
  linkLabel: '私のMeishi名刺(期限付き):',
};

const hanakoLink = encodeSharedCard(
  'https://meishi.example/',
  { ...REFERENCE_CARD, name: '佐藤 花子', email: 'hanako@example.org', reading: '', website: '' },
  NOW - HOUR,
  NOW + 24 * HOUR,
);

function form(overrides: Partial<SwapBackForm> = {}): SwapBackForm {
  return { name: '佐藤 花子', org: '株式会社サンプル', message: 'We met at the Shibuya mixer', meishiLink: '', ...overrides };
}

/** Reads a mailto: back the way a mail app does: recipient, and every query parameter. */
function readMailto(mailto: string) {
  const url = new URL(mailto);
  expect(url.protocol).toBe('mailto:');
  return { to: decodeURIComponent(url.pathname), params: [...url.searchParams.entries()] };
}

describe('composeSwapBack', () => {
  it("writes to the card's address in the page's language, with the sender's details in the body", () => {
    const result = composeSwapBack(REFERENCE_CARD, form(), EN, NOW);
    expect(result).toMatchObject({ ok: true, subject: '佐藤 花子 (株式会社サンプル): nice to meet you' });
    if (!result.ok) return;
    expect(result.body).toBe(
      ['Dear 山田 太郎,', '', 'We met at the Shibuya mixer', '', 'Thank you for your card. Here are my details:', '佐藤 花子', '株式会社サンプル'].join('\n'),
    );
    expect(readMailto(result.mailto)).toEqual({ to: 'taro.yamada@example.co.jp', params: [['subject', result.subject], ['body', result.body]] });

    const ja = composeSwapBack(REFERENCE_CARD, form({ message: '' }), JA, NOW);
    expect(ja.ok && ja.subject).toBe('佐藤 花子(株式会社サンプル)です。名刺交換ありがとうございました');
    expect(ja.ok && ja.body).toBe(['山田 太郎 様', '', '名刺をいただきありがとうございました。私の連絡先をお送りします。', '佐藤 花子', '株式会社サンプル'].join('\n'));
  });

  it('writes to the tagged address the card carried, so the filters see it', () => {
    const result = composeSwapBack({ ...REFERENCE_CARD, email: 'taro.yamada+k7m2qx@example.co.jp' }, form(), EN, NOW);
    expect(result.ok && readMailto(result.mailto).to).toBe('taro.yamada+k7m2qx@example.co.jp');
  });

  it('puts their own Meishi link in the body when their browser has a card', () => {
    const result = composeSwapBack(REFERENCE_CARD, form({ meishiLink: ` ${hanakoLink} ` }), EN, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // As a percent-encoded URL, which every mail app can turn into a link.
    const href = new URL(hanakoLink).href;
    expect(href).toMatch(/^https:\/\/meishi\.example\/#m1~[\x21-\x7e]+$/);
    expect(result.body.endsWith(`\n\nMy card in Meishi (valid for a limited time):\n${href}`)).toBe(true);
    expect(readMailto(result.mailto).params[1]).toEqual(['body', result.body]);
  });

  it('refuses a link that is not a valid, unexpired Meishi card over http(s)', () => {
    const expired = encodeSharedCard('https://meishi.example/', REFERENCE_CARD, NOW - 2 * HOUR, NOW - HOUR);
    for (const meishiLink of [
      'https://example.com/',
      'https://meishi.example/#not-a-card',
      expired,
      hanakoLink.replace('https:', 'javascript:'),
      `data:text/html,${hanakoLink}`,
      `${hanakoLink}\n&bcc=x@example.com`,
    ]) {
      expect(composeSwapBack(REFERENCE_CARD, form({ meishiLink }), EN, NOW), meishiLink).toEqual({ ok: false, reason: 'invalid-link' });
    }
  });

  it('needs a name, and refuses fields over their caps (the form uses the same caps)', () => {
    expect(composeSwapBack(REFERENCE_CARD, form({ name: ' \r\n\t ' }), EN, NOW)).toEqual({ ok: false, reason: 'name-missing' });
    for (const field of ['name', 'org', 'message'] as const) {
      expect(composeSwapBack(REFERENCE_CARD, form({ [field]: 'x'.repeat(SWAP_BACK_CAPS[field]) }), EN, NOW).ok).toBe(true);
      expect(composeSwapBack(REFERENCE_CARD, form({ [field]: 'x'.repeat(SWAP_BACK_CAPS[field] + 1) }), EN, NOW)).toEqual({ ok: false, reason: 'too-long', field });
    }
  });

  it('never builds a mailto: for an address that is not a valid one', () => {
    for (const email of ['', 'taro', 'taro@example.com?bcc=evil@example.com', 'taro@example.com\r\nBcc: evil@example.com', 'javascript:alert(1)//@example.com', 'a@b@example.com']) {
      expect(composeSwapBack({ ...REFERENCE_CARD, email }, form(), EN, NOW), email).toEqual({ ok: false, reason: 'invalid-recipient' });
    }
  });

  it('lets no field add a header, a recipient or a parameter: each stays one line of the body', () => {
    const attacks = [
      'Eve\r\nBcc: victim@example.com',
      'Eve%0ABcc:%20victim@example.com',
      'Eve&bcc=victim@example.com',
      'Eve?cc=victim@example.com&subject=owned',
      'Eve#&to=victim@example.com',
      'Eve\u2028Bcc: victim@example.com\u0085x',
      '%0D%0Abcc%3Dvictim%40example.com',
      ...HOSTILE_TEXT,
    ];
    for (const attack of attacks) {
      for (const field of ['name', 'org', 'message'] as const) {
        const text = attack.slice(0, SWAP_BACK_CAPS[field]);
        const result = composeSwapBack(REFERENCE_CARD, form({ [field]: text }), EN, NOW);
        expect(result.ok, `${field}: ${attack}`).toBe(true);
        if (!result.ok) continue;
        const { to, params } = readMailto(result.mailto);
        expect(to).toBe('taro.yamada@example.co.jp');
        expect(params.map(([key]) => key)).toEqual(['subject', 'body']);
        expect(params[1]![1]).toBe(result.body);
        // The subject is one line; the body has only the app's own line breaks.
        expect(result.subject).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
        expect(result.body.split('\n').filter((line) => /Bcc:|bcc=|cc=/i.test(line)), `${field}: ${attack}`).toHaveLength(/Bcc:|bcc=|cc=/i.test(text) ? 1 : 0);
        expect(result.mailto).not.toMatch(/[\r\n ]|&(?!body=)|\?(?!subject=)/);
      }
    }
  });

  it('inserts text that looks like a placeholder as written', () => {
    const result = composeSwapBack({ ...REFERENCE_CARD, name: '{name}' }, form({ name: '{cardName} $&', org: '{org}' }), EN, NOW);
    expect(result.ok && result.subject).toBe('{cardName} $& ({org}): nice to meet you');
    expect(result.ok && result.body.split('\n')[0]).toBe('Dear {name},');
  });

  it('leaves out the greeting for a card without a name, and the organization line when empty', () => {
    const result = composeSwapBack({ ...REFERENCE_CARD, name: '' }, form({ org: '', message: '' }), EN, NOW);
    expect(result.ok && result.body).toBe('Thank you for your card. Here are my details:\n佐藤 花子');
  });
});
