import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by src/coach and src/messaging (see the coach issue).
});
