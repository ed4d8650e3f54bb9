import { t } from '../../i18n/t';

export function timeLeft(ms: number): string {
  const minutes = Math.ceil(ms / 60000);
  if (ms < 60000) return t('guard_time_soon');
  if (minutes < 60) return t('guard_time_minutes', [String(minutes)]);
  return t('guard_time_hours', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}
