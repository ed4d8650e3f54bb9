import type { Stage } from '../analysis/types';
import type { BoundaryKind } from '../coach/types';
import {
  type ChatMark,
  type CoachView,
  type ConversationRef,
  type ExportBundle,
  onMessage,
  type SettingsPatch,
  sendMessage,
} from './protocol';

/**
 * What the popup and options page may ask of the background. Pages never touch storage: the background
 * owns it and tells every page and tab when something changed.
 */
export const coachClient = {
  view: (tabId: number | null): Promise<CoachView> => sendMessage('getCoachView', { tabId }),
  setStage: (stage: Stage) => sendMessage('setStage', stage),
  setChecklistItem: (stage: Stage, itemId: string, done: boolean) =>
    sendMessage('setChecklistItem', { stage, itemId, done }),
  theyReplied: (ref: ConversationRef) => sendMessage('theyReplied', ref),
  pause: (minutes: number) => sendMessage('pauseGuard', minutes),
  resume: () => sendMessage('resumeGuard', undefined),
  updateSettings: (patch: SettingsPatch) => sendMessage('updateSettings', patch),
  setChatMark: (ref: ConversationRef, mark: ChatMark) => sendMessage('setChatMark', { ref, mark }),
  recordBoundary: (ref: ConversationRef, kind: Exclude<BoundaryKind, 'boundary-message'>) =>
    sendMessage('recordBoundary', { ref, kind }),
  liftNoContact: (ref: ConversationRef) => sendMessage('liftNoContact', ref),
  exportData: (): Promise<ExportBundle> => sendMessage('exportData', undefined),
  resetAll: () => sendMessage('resetAll', undefined),
  /** Calls `listener` whenever the background says state changed; returns the unsubscribe function. */
  onChange: (listener: () => void) => onMessage('guardStateChanged', () => listener()),
};

export type CoachClient = typeof coachClient;
