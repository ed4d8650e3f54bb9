import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import { ConfirmButton } from '../confirm-button';
import type { Act } from './options-app';

/** Saves the bundle as a file from a blob URL: nothing leaves the device over the network. */
function download(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ act }: { act: Act }) {
  const [status, setStatus] = useState('');
  return (
    <section class="card" aria-labelledby="opt-data">
      <h2 id="opt-data">{t('options_data_heading')}</h2>
      <p class="muted">{t('options_data_help')}</p>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            act(async () => {
              const bundle = await coachClient.exportData();
              download(
                `rekindle-export-${bundle.exportedAt.slice(0, 10)}.json`,
                JSON.stringify(bundle, null, 2),
              );
              setStatus(t('options_exported'));
            })
          }
        >
          {t('options_export')}
        </button>
        <ConfirmButton
          label={t('options_reset')}
          question={t('options_reset_question')}
          confirmLabel={t('options_reset_confirm')}
          cancelLabel={t('popup_cancel')}
          onConfirm={() =>
            act(async () => {
              await coachClient.resetAll();
              setStatus(t('options_reset_done'));
            })
          }
        />
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
