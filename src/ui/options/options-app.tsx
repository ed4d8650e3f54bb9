import { t } from '../../i18n/t';
import { useCoachView } from '../use-coach-view';
import { ChatsSection } from './chats-section';
import { CooldownSection } from './cooldown-section';
import { DataSection } from './data-section';
import { GuardSection } from './guard-section';
import { RulesSection } from './rules-section';
import { StageSection } from './stage-section';

export type Act = (action: () => Promise<unknown>) => Promise<void>;

export function OptionsApp() {
  const { view, error, act } = useCoachView(null);
  if (error)
    return (
      <main class="options">
        <p role="alert">{t('popup_error')}</p>
      </main>
    );
  if (!view) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p class="muted">{t('options_intro')}</p>
      <StageSection view={view} act={act} />
      <CooldownSection view={view} act={act} />
      <GuardSection view={view} act={act} />
      <ChatsSection view={view} act={act} />
      <RulesSection view={view} act={act} />
      <DataSection act={act} />
    </main>
  );
}
