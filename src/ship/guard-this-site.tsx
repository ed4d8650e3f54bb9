import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { builtInMatches } from './guard-script';
import { classifySite, type SiteAccess } from './site-access';

type Note = 'reload' | 'declined' | 'error' | null;

async function currentSiteAccess(): Promise<SiteAccess> {
  // lastFocusedWindow: the browser window the toolbar popup belongs to (activeTab reveals its URL).
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const url = tab?.url;
  const manifestMatches = builtInMatches(browser.runtime.getManifest());
  const first = classifySite(url, manifestMatches, () => false);
  if (first.kind !== 'off') return first;
  const granted = await browser.permissions.contains({ origins: [first.pattern] });
  return granted ? { ...first, kind: 'on' } : first;
}

/**
 * "Guard this site" for the popup: asks for access to the current tab's site and lets the user take
 * it back. The background registers or unregisters the guard when the permission changes.
 */
export function GuardThisSite() {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const [note, setNote] = useState<Note>(null);

  const refresh = useCallback(() => {
    currentSiteAccess()
      .then(setAccess)
      .catch((error) => {
        console.error('[rekindle] Guard this site:', error);
        setAccess({ kind: 'unavailable' });
      });
  }, []);

  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  if (!access) return null;
  if (access.kind === 'builtIn' || access.kind === 'unavailable') {
    return (
      <section class="card guard-site" aria-label={t('ship_site_guard')}>
        <p>{t(access.kind === 'builtIn' ? 'ship_site_builtin' : 'ship_site_unavailable')}</p>
      </section>
    );
  }

  const guard = () => {
    // Called straight from the click: browsers only show the prompt for a user gesture.
    browser.permissions
      .request({ origins: [access.pattern] })
      .then((granted) => setNote(granted ? 'reload' : 'declined'))
      .catch((error) => {
        console.error('[rekindle] Guard this site:', error);
        setNote('error');
      })
      .finally(refresh);
  };
  const stop = () => {
    browser.permissions
      .remove({ origins: [access.pattern] })
      .then(() => setNote(null))
      .catch((error) => {
        console.error('[rekindle] Stop guarding this site:', error);
        setNote('error');
      })
      .finally(refresh);
  };

  return (
    <section class="card guard-site" aria-label={t('ship_site_guard')}>
      {access.kind === 'on' ? (
        <>
          <p>{t('ship_site_on', access.host)}</p>
          {note === 'reload' && <p role="status">{t('ship_site_reload')}</p>}
          <button type="button" onClick={stop}>
            {t('ship_site_stop')}
          </button>
        </>
      ) : (
        <>
          <p>{t('ship_site_off', access.host)}</p>
          <button type="button" onClick={guard}>
            {t('ship_site_guard')}
          </button>
        </>
      )}
      {note === 'declined' && <p role="status">{t('ship_site_declined')}</p>}
      {note === 'error' && <p role="alert">{t('ship_site_error')}</p>}
    </section>
  );
}
