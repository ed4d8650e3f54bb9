import { splitDuration } from '../coach/cooldown';
import { t } from '../i18n/t';

export interface CountdownRingProps {
  startedAt: number;
  endsAt: number;
  now: number;
  /** Shown under the time, e.g. "until you write to Sam again". */
  caption: string;
}

const SIZE = 72;
const STROKE = 7;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const pad = (n: number) => String(n).padStart(2, '0');

/** Time left as a shrinking ring plus h:mm:ss text; the numbers are the accessible part. */
export function CountdownRing({ startedAt, endsAt, now, caption }: CountdownRingProps) {
  const total = Math.max(1, endsAt - startedAt);
  const left = Math.max(0, endsAt - now);
  const { hours, minutes, seconds } = splitDuration(left);
  const spoken = t('coach_ui_time_left', [String(hours), String(minutes)]);
  return (
    <div class="ring">
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
        <circle class="track" cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} fill="none" stroke-width={STROKE} />
        <circle
          class="progress"
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          fill="none"
          stroke-width={STROKE}
          stroke-linecap="round"
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - left / total)}
          transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
        />
      </svg>
      <div>
        <div class="time" role="timer" aria-label={spoken} data-testid="countdown">
          {hours}:{pad(minutes)}:{pad(seconds)}
        </div>
        <div class="muted">{caption}</div>
      </div>
    </div>
  );
}
