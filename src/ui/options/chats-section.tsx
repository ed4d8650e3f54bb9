import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import type { CoachView, ConversationView } from '../../messaging/protocol';
import { ConfirmButton } from '../confirm-button';
import type { Act } from './options-app';

function chatLabel(c: ConversationView): string {
  return c.ref.displayName || c.ref.conversationId;
}

function markText(c: ConversationView): string {
  if (c.noContact) return t('coach_no_contact_name');
  if (c.mark === 'ex') return t('options_mark_ex');
  if (c.mark === 'unguarded') return t('options_mark_unguarded');
  return c.guarded ? t('options_guarded') : t('options_not_guarded');
}

/** Sites seen so far (each can be switched off) and every chat the guard has met, with its mark. */
export function ChatsSection({ view, act }: { view: CoachView; act: Act }) {
  const { unguardedSites } = view.settings;
  const sites = [...new Set([...view.conversations.map((c) => c.ref.site), ...unguardedSites])].sort();
  const chats = [...view.conversations].sort((a, b) => chatLabel(a).localeCompare(chatLabel(b)));
  const toggleSite = (site: string, guarded: boolean) =>
    act(() =>
      coachClient.updateSettings({
        unguardedSites: guarded ? unguardedSites.filter((s) => s !== site) : [...unguardedSites, site],
      }),
    );

  return (
    <section class="card" aria-labelledby="opt-chats">
      <h2 id="opt-chats">{t('options_chats_heading')}</h2>
      <p class="muted">{t('options_chats_help')}</p>
      {sites.length > 0 && (
        <fieldset>
          <legend>{t('options_sites_legend')}</legend>
          {sites.map((site) => (
            <label key={site} class="choice">
              <input
                type="checkbox"
                name={`site-${site}`}
                checked={!unguardedSites.includes(site)}
                onChange={(e) => toggleSite(site, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{site}</span>
            </label>
          ))}
        </fieldset>
      )}
      {chats.length === 0 ? (
        <p data-testid="no-chats">{t('options_no_chats')}</p>
      ) : (
        <ul class="chats">
          {chats.map((c) => (
            <li key={c.key} data-testid="chat">
              <div>
                <strong>{chatLabel(c)}</strong> <span class="muted">({c.ref.site})</span> · {markText(c)}
              </div>
              <div class="row">
                {c.mark && !c.noContact && (
                  <button type="button" onClick={() => act(() => coachClient.setChatMark(c.ref, null))}>
                    {t('options_unmark', chatLabel(c))}
                  </button>
                )}
                {!c.noContact && (
                  <>
                    <button
                      type="button"
                      onClick={() => act(() => coachClient.recordBoundary(c.ref, 'asked-space'))}
                    >
                      {t('options_record_space')}
                    </button>
                    <button
                      type="button"
                      onClick={() => act(() => coachClient.recordBoundary(c.ref, 'blocked'))}
                    >
                      {t('options_record_blocked')}
                    </button>
                  </>
                )}
                {c.noContact && (
                  <ConfirmButton
                    label={t('options_lift_no_contact', chatLabel(c))}
                    question={t('options_lift_question', chatLabel(c))}
                    confirmLabel={t('options_lift_confirm')}
                    cancelLabel={t('popup_cancel')}
                    onConfirm={() => act(() => coachClient.liftNoContact(c.ref))}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
