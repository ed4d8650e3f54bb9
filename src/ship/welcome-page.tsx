import { browser } from 'wxt/browser';
import iconUrl from '../../assets/icon.svg?url';
import { t } from '../i18n/t';

/** Literal keys (not built ones) so the i18n test can check each against the locales. */
const STAGES = [
  ['welcome_stage1_name', 'welcome_stage1_text'],
  ['welcome_stage2_name', 'welcome_stage2_text'],
  ['welcome_stage3_name', 'welcome_stage3_text'],
  ['welcome_stage4_name', 'welcome_stage4_text'],
  ['welcome_stage5_name', 'welcome_stage5_text'],
  ['welcome_stage6_name', 'welcome_stage6_text'],
] as const;

const MARK_STEPS = ['welcome_mark_step1', 'welcome_mark_step2', 'welcome_mark_step3'] as const;

function openSettings(): void {
  browser.runtime.openOptionsPage().catch((error) => {
    console.error('[rekindle] could not open the options page:', error);
  });
}

export function WelcomePage() {
  return (
    <main class="welcome">
      <header>
        <img src={iconUrl} alt="" width={64} height={64} />
        <h1>{t('welcome_title')}</h1>
        <p class="lead">{t('welcome_lead')}</p>
      </header>

      <section aria-labelledby="how">
        <h2 id="how">{t('welcome_how_heading')}</h2>
        <p>{t('welcome_how_text')}</p>
        <p>{t('welcome_how_choice')}</p>
      </section>

      <section aria-labelledby="stages">
        <h2 id="stages">{t('welcome_stages_heading')}</h2>
        <p>{t('welcome_stages_intro')}</p>
        <ol class="stages">
          {STAGES.map(([name, text]) => (
            <li key={name}>
              <strong>{t(name)}</strong>
              <span>{t(text)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="mark">
        <h2 id="mark">{t('welcome_mark_heading')}</h2>
        <ol>
          {MARK_STEPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
        <p>{t('welcome_other_sites')}</p>
      </section>

      <section aria-labelledby="privacy" class="privacy">
        <h2 id="privacy">{t('welcome_privacy_heading')}</h2>
        <p>{t('welcome_privacy_text')}</p>
      </section>

      <section aria-labelledby="boundary">
        <h2 id="boundary">{t('welcome_boundary_heading')}</h2>
        <p>{t('welcome_boundary_text')}</p>
      </section>

      <footer>
        <button type="button" onClick={openSettings}>
          {t('welcome_settings_button')}
        </button>
        <p>{t('welcome_close_hint')}</p>
      </footer>
    </main>
  );
}
