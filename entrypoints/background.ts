import { defineBackground } from 'wxt/utils/define-background';
import { registerShipHandlers } from '../src/ship/background';

export default defineBackground(() => {
  registerShipHandlers(); // welcome page on install, sites added with "Guard this site"
  // Wired up by src/coach and src/messaging (see the coach issue).
});
