import type { ListDefinition } from './types';

/** Internal names of the Settings list's columns. */
export const SETTING_FIELDS = {
  /** The setting's key (e.g. "reviewPeriodMonths") is the item's Title, so owners see it in the list. */
  key: 'Title',
  value: 'IdmSettingValue'
} as const;

/** Keys of the site's settings, one item each. */
export const SETTING_KEYS = {
  /** Months from a mapping's date completed to its review; 12 when the site has no valid setting. */
  reviewPeriodMonths: 'reviewPeriodMonths'
} as const;

/**
 * One item per site setting. Site owners change a value by editing its item in
 * SharePoint; the app reads it and falls back to its default when it is missing
 * or not a valid value.
 */
export const SETTINGS_LIST: ListDefinition = {
  key: 'settings',
  title: 'Duty Mapping Settings',
  description:
    'Settings of the Imaging duty mapping app for this site, one item each (for example reviewPeriodMonths: months from a mapping being completed to its review, 12 unless set here).',
  titleDisplayName: 'Setting',
  fields: [
    {
      id: 'c3d6a0e2-6f55-4c41-8d0b-2f7a9b1e4d38',
      internalName: SETTING_FIELDS.value,
      displayName: 'Value',
      type: 'Text',
      maxLength: 255,
      description: 'The value of the setting.'
    }
  ],
  views: []
};
