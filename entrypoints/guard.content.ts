import '../src/guard/ui/guard.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../src/guard/main';
import { SITE_MATCHES } from '../src/sites/registry';

export default defineContentScript({
  matches: SITE_MATCHES,
  // Capture listeners must be on window before the site registers its own.
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      startGuard(ctx);
    } catch (error) {
      console.error('[rekindle] the guard could not start; the site works as usual', error);
    }
  },
});
