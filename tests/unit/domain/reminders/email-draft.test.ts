import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_TEMPLATES, TEMPLATE_PLACEHOLDERS, renderTemplate, type TemplateValues } from '../../../../src/domain/reminders/email-draft';

const values: TemplateValues = { name: '山田 太郎', event: '渋谷異業種交流会', date: '11月24日', myName: '佐藤 花子' };

describe('renderTemplate', () => {
  it('replaces every occurrence of each placeholder', () => {
    const draft = renderTemplate({ subject: '{event} / {event}', body: '{name}, {date}, {myName}, {name}' }, values);
    expect(draft).toEqual({ subject: '渋谷異業種交流会 / 渋谷異業種交流会', body: '山田 太郎, 11月24日, 佐藤 花子, 山田 太郎' });
  });

  it('leaves unknown or malformed placeholders as they are', () => {
    const draft = renderTemplate({ subject: '{x} {Name} { name } {name', body: '{{name}}' }, values);
    expect(draft).toEqual({ subject: '{x} {Name} { name } {name', body: '{山田 太郎}' });
  });

  it('inserts values literally, never expanding them again', () => {
    const tricky: TemplateValues = { name: '{event}', event: '{myName}', date: '$& $1 $$', myName: "$'" };
    const draft = renderTemplate({ subject: '{name}|{event}', body: '{date}|{myName}' }, tricky);
    expect(draft).toEqual({ subject: '{event}|{myName}', body: "$& $1 $$|$'" });
  });

  it('does not change the template', () => {
    const template = { subject: '{name}', body: '{event}' };
    renderTemplate(template, values);
    expect(template).toEqual({ subject: '{name}', body: '{event}' });
  });
});

describe('DEFAULT_EMAIL_TEMPLATES', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`${locale}: mentions the event and the date in subject and body, and uses only known placeholders`, () => {
      const template = DEFAULT_EMAIL_TEMPLATES[locale];
      for (const text of [template.subject, template.body]) {
        expect(text).toContain('{event}');
        expect(text).toContain('{date}');
      }
      expect(template.body).toContain('{name}');
      expect(template.body).toContain('{myName}');
      const draft = renderTemplate(template, values);
      expect(`${draft.subject}\n${draft.body}`).not.toMatch(/\{\w+\}/);
      expect(draft.subject).toContain('渋谷異業種交流会');
      expect(draft.subject).toContain('11月24日');
      expect(draft.body).toContain('渋谷異業種交流会');
      expect(draft.body).toContain('11月24日');
    });
  }

  it('writes Japanese in business form', () => {
    const draft = renderTemplate(DEFAULT_EMAIL_TEMPLATES.ja, values);
    expect(draft.subject).toBe('11月24日の渋谷異業種交流会ではありがとうございました');
    expect(draft.body.startsWith('山田 太郎 様\n')).toBe(true);
    expect(draft.body.trimEnd().endsWith('佐藤 花子')).toBe(true);
  });

  it('lists the placeholders the templates use', () => {
    expect(TEMPLATE_PLACEHOLDERS).toEqual(['{name}', '{event}', '{date}', '{myName}']);
  });
});
