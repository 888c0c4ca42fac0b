// The follow-up email the app drafts in one tap (through a mailto: link). The user can edit
// the templates in Settings; placeholders are filled in a single pass, so whatever a name or
// event contains is inserted as written and never expanded again.

import { TEMPLATE_CAPS } from '../caps';
import { capLine, capMultiline } from '../card/clean-text';

/** A follow-up email template (or a rendered draft). */
export interface EmailTemplate {
  subject: string;
  body: string;
}

/** The values a template's placeholders are filled with. */
export interface TemplateValues {
  name: string;
  event: string;
  date: string;
  myName: string;
}

/** The placeholders a template may use, for the Settings help text. */
export const TEMPLATE_PLACEHOLDERS = ['{name}', '{event}', '{date}', '{myName}'] as const;

/** The built-in follow-up templates, in English and in business Japanese. */
export const DEFAULT_EMAIL_TEMPLATES: Readonly<Record<'en' | 'ja', EmailTemplate>> = {
  en: {
    subject: 'Great to meet you at {event} ({date})',
    body: [
      'Dear {name},',
      '',
      'Thank you for taking the time to talk with me at {event} on {date}. It was a pleasure to meet you.',
      '',
      'I would be glad to continue our conversation whenever it suits you.',
      '',
      'Best regards,',
      '{myName}',
    ].join('\n'),
  },
  ja: {
    subject: '{date}の{event}ではありがとうございました',
    body: [
      '{name} 様',
      '',
      '{date}の{event}でご挨拶させていただきました、{myName}です。',
      'その節は貴重なお話をお聞かせいただき、誠にありがとうございました。',
      '',
      '改めてお話しできる機会をいただけましたら幸いです。',
      '今後ともどうぞよろしくお願いいたします。',
      '',
      '{myName}',
    ].join('\n'),
  },
};

/**
 * A template as it is saved: the subject one clean line, the body cleaned like notes, each within
 * its cap — typed in Settings or restored from a backup, the same cleaning (so a backup restores
 * the template exactly as it was saved).
 */
export function cleanEmailTemplate(template: EmailTemplate): EmailTemplate {
  return { subject: capLine(template.subject, TEMPLATE_CAPS.subject), body: capMultiline(template.body, TEMPLATE_CAPS.body) };
}

const PLACEHOLDER = /\{(name|event|date|myName)\}/g;

/** The template with every known placeholder replaced by its value, literally; unknown `{x}` stay. */
export function renderTemplate(template: EmailTemplate, values: TemplateValues): EmailTemplate {
  // A replacer function, not a string: "$&" or "$1" in a value must not be read as a pattern.
  const fill = (text: string) => text.replace(PLACEHOLDER, (_, key: keyof TemplateValues) => values[key]);
  return { subject: fill(template.subject), body: fill(template.body) };
}
