import { describe, expect, it } from 'vitest';
import { SETTING_CHECKS, checkSettings } from '../../../../src/domain/backup/check-records';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';

describe('the settings a backup may carry', () => {
  it('are exactly the settings the app has (SETTING_CHECKS in step with DEFAULT_SETTINGS)', () => {
    expect(Object.keys(SETTING_CHECKS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('accept every default value', () => {
    expect(checkSettings(DEFAULT_SETTINGS, 'data.settings')).toEqual(DEFAULT_SETTINGS);
  });

  it('accept a filled-in template and real values', () => {
    const settings = { ...DEFAULT_SETTINGS, activeCardId: 'c1', validity: '30d', emailTemplate: { subject: 'Hi', body: 'Hello\n{name}' }, lastBackupAt: 5 };
    expect(checkSettings(settings, 'data.settings')).toEqual(settings);
  });
});
