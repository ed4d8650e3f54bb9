import { defineBackground } from 'wxt/utils/define-background';
import { browserEffects } from '../src/background/effects';
import { startRouter } from '../src/background/router';
import { createService } from '../src/background/service';
import { registerAnalyzerLoader } from '../src/guard/analyzer-loader';
import { registerShipHandlers } from '../src/ship/background';
import { openStore } from '../src/storage/store';

export default defineBackground(() => {
  registerShipHandlers(); // welcome page on install, sites added with "Guard this site"
  registerAnalyzerLoader(); // the guard's analyzer, injected on the first focus of a message box
  startRouter(createService({ store: openStore(), effects: browserEffects }));
});
