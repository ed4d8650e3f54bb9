import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { canOfferNext } from '../../coach/checklist';
import { nextStage, previousStage, stageNameKey, stageSummaryKey } from '../../coach/stages';
import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import { GuardThisSite } from '../../ship/guard-this-site';
import { Checklist } from '../checklist';
import { Stepper } from '../stepper';
import { useCoachView, useNow } from '../use-coach-view';
import { CooldownPanel } from './cooldown-panel';
import { NoContactPanel } from './no-contact-panel';
import { PausePanel } from './pause-panel';

/** The tab the popup was opened over; its conversation is the one the popup talks about. */
function useActiveTabId(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch(() => setTabId(null));
  }, []);
  return tabId;
}

export function PopupApp() {
  const { view, error, act } = useCoachView(useActiveTabId());
  const now = useNow();
  if (error)
    return (
      <main class="popup">
        <p role="alert">{t('popup_error')}</p>
      </main>
    );
  if (!view) return <main class="popup" aria-busy="true" />;

  const focus = view.conversations.find((c) => c.key === view.focusKey) ?? null;
  const stage = view.stage;
  const next = nextStage(stage);
  const previous = previousStage(stage);
  const optionsUrl = browser.runtime.getURL('/options.html');

  return (
    <main class="popup">
      <header class="row popup-header">
        <h1>{t('popup_title')}</h1>
        <span class="muted" data-testid="stage-name">
          {focus?.noContact ? t('coach_no_contact_name') : t(stageNameKey(stage))}
        </span>
      </header>

      {focus?.noContact ? (
        <NoContactPanel name={focus.ref.displayName} />
      ) : (
        <>
          <section class="card" aria-labelledby="stage-heading">
            <h2 id="stage-heading" class="visually-hidden">
              {t('popup_stage_heading')}
            </h2>
            <Stepper current={stage} />
            <p data-testid="stage-summary">{t(stageSummaryKey(stage))}</p>
          </section>

          <section class="card" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{t('popup_checklist_heading')}</h2>
            <Checklist
              stage={stage}
              ticked={view.checklist[stage]}
              onToggle={(id, done) => act(() => coachClient.setChecklistItem(stage, id, done))}
            />
            {canOfferNext(view.checklist, stage) && next && (
              <div class="offer" role="status">
                <p>{t('popup_stage_complete', t(stageNameKey(next)))}</p>
                <button type="button" class="primary" onClick={() => act(() => coachClient.setStage(next))}>
                  {t('popup_move_on', t(stageNameKey(next)))}
                </button>
              </div>
            )}
            {previous && (
              <button
                type="button"
                class="link-button"
                onClick={() => act(() => coachClient.setStage(previous))}
              >
                {t('popup_move_back', t(stageNameKey(previous)))}
              </button>
            )}
          </section>

          <CooldownPanel focus={focus} now={now} act={act} />
        </>
      )}

      <PausePanel pausedUntil={view.pausedUntil} now={now} act={act} />

      <GuardThisSite />

      <footer class="row">
        <a href={optionsUrl} target="_blank" rel="noopener">
          {t('popup_open_options')}
        </a>
      </footer>
    </main>
  );
}
