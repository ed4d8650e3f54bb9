import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyze } from '../src/analysis/index';
import { ANALYZER_GLOBAL } from '../src/guard/analyzer-global';

// Injected by the background into a chat tab's isolated world on the first focus of a message box.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = analyze;
});
