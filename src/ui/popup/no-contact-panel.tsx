import { t } from '../../i18n/t';

/** Shown instead of stages and tactics once the other person asked for space: support, not strategy. */
export function NoContactPanel({ name }: { name: string }) {
  return (
    <section class="card no-contact" aria-labelledby="no-contact-heading" data-testid="no-contact">
      <h2 id="no-contact-heading">{t('coach_no_contact_name')}</h2>
      <p>{name ? t('popup_no_contact_named', name) : t('coach_no_contact_summary')}</p>
      <p>{t('popup_no_contact_support')}</p>
      <p class="muted">{t('popup_no_contact_lift')}</p>
    </section>
  );
}
