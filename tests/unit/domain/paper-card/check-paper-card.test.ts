import { describe, expect, it } from 'vitest';
import { checkPaperCard, recognisedText, RECOGNISED_TEXT_CAP } from '../../../../src/domain/paper-card/check-paper-card';
import { FIELD_CAPS, NOTE_CAP } from '../../../../src/domain/caps';

const fields = { name: ' 山田\u3000太郎 ', reading: 'やまだ たろう', org: '株式会社サンプル', title: '', email: 'Taro@Example.CO.JP', website: 'https://example.co.jp' };

describe('checkPaperCard', () => {
  it('cleans the fields like the card editor and lets the email be empty', () => {
    const check = checkPaperCard(fields, '  met at the booth\r\nfollow up  ');
    expect(check.ok).toBe(true);
    expect(check.card).toEqual({ name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: '', email: 'Taro@example.co.jp', website: 'https://example.co.jp', tagline: '' });
    expect(check.notes).toBe('met at the booth\nfollow up');
    expect(checkPaperCard({ ...fields, email: '' }, '').ok).toBe(true);
  });

  it('refuses a malformed email or website, and anything over the caps', () => {
    expect(checkPaperCard({ ...fields, email: 'taro@' }, '').errors).toEqual({ email: { code: 'email' } });
    expect(checkPaperCard({ ...fields, website: 'javascript:alert(1)' }, '').errors).toEqual({ website: { code: 'website' } });
    expect(checkPaperCard({ ...fields, name: 'x'.repeat(FIELD_CAPS.name + 1) }, '').errors).toEqual({ name: { code: 'too-long', max: FIELD_CAPS.name } });
    expect(checkPaperCard(fields, 'n'.repeat(NOTE_CAP + 1)).errors).toEqual({ notes: { code: 'too-long', max: NOTE_CAP } });
  });
});

describe('recognisedText', () => {
  it('keeps every line, one per line, within the cap', () => {
    expect(recognisedText(['株式会社サンプル', '山田 太郎'])).toBe('株式会社サンプル\n山田 太郎');
    expect(recognisedText(Array.from({ length: 1000 }, () => 'a long recognised line'))).toHaveLength(RECOGNISED_TEXT_CAP);
  });
});
