import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyze } from '../src/analysis/index';
import { ANALYZER_GLOBAL } from '../src/guard/analyzer-global';

// Injected by the background into a chat tab's isolated world on the first focus of a message box.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = analyze;
  // The first call builds compromise's model and the rule nets; pay that now, not at the first Enter.
  try {
    analyze('Hope your week is going well, talk soon?', { stage: 1 });
  } catch (error) {
    console.error('[rekindle] analyzer warm-up failed', error);
  }
});
