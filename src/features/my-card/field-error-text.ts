import type { FieldError } from '../../domain/card/card-validation';
import type { CardFields } from '../../domain/types';
import { t } from '../../i18n/i18n';

/** The translated message for a refused field. */
export function fieldErrorText(field: keyof CardFields | 'label', error: FieldError): string {
  switch (error.code) {
    case 'required':
      return t('validation.required');
    case 'too-long':
      return t('validation.tooLong', { max: String(error.max) });
    case 'email':
      return t('validation.email');
    case 'website':
      return field === 'website' ? t('validation.website') : t('validation.invalid');
  }
}
