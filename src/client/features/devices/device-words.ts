// The devices screen's words that need the message catalogue: "how long ago", clock times, kind and profile names.
// Must not read storage or React state: callers pass `t` and the language.
import { type DeviceMeaning, deviceProfiles } from '../../../domain/devices/device-events';
import type { TechnicalAlarmKind } from '../../../protocol/devices';
import type { I18n } from '../../app/i18n/i18n-context';
import type { Lang } from '../../app/i18n/translate';
import type { Ago } from './device-helpers';

type T = I18n['t'];

export function agoText(t: T, ago: Ago): string {
  switch (ago.unit) {
    case 'now':
      return t('devices.ago.now');
    case 'minutes':
      return t('devices.ago.minutes', { n: ago.n });
    case 'hours':
      return t('devices.ago.hours', { n: ago.n });
    case 'days':
      return t('devices.ago.days', { n: ago.n });
    default: {
      const never: never = ago;
      return String(never);
    }
  }
}

/** '05-01 08:03' style: a console compares times within days, the year adds nothing. */
export function clockText(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang, {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

export function kindText(t: T, kind: TechnicalAlarmKind): string {
  return t(`devices.tech.kind.${kind}`);
}

/** A device event meaning in words (the classify select of unknown_code alarms). */
export function meaningText(t: T, meaning: Exclude<DeviceMeaning, 'unknown'>): string {
  return t(`devices.meaning.${meaning}`);
}

/** A known profile by its label in the user's language; a profile this client does not know by its raw name. */
export function profileText(lang: Lang, profile: string): string {
  const known = deviceProfiles[profile];
  return known ? known.label[lang] : profile;
}
