import type { Finding } from '../analysis/types';
import { t } from '../i18n/t';
import { type ConversationRef, sendMessage } from '../messaging/protocol';
import type { PageAdapters } from '../sites/registry';
import { readComposerText } from '../sites/text';
import { type AnalyzerClient, SLOW_ANALYSIS_MS } from './analyzer-client';
import { locatePhrase, replaceRange } from './apply';
import { logError, Reports } from './reports';
import { conversationRef, type Hit } from './resolve';
import { AllowOnce, replaySend } from './send';
import type { GuardStateStore } from './state-store';
import type { LayerActions, LayerStore, Theme } from './ui/model';
import { boxOf, themeBehind, unionBox } from './ui/theme';
import { judge, SEND_ANYWAY_WAIT_MS, type Verdict } from './verdict';

/** How long after the last keystroke the live verdict is computed. */
const INPUT_DEBOUNCE_MS = 150;
/** A "Send anyway" the site ignored stays allowed for the user's own next Enter this long. */
const ALLOW_AFTER_FAILED_REPLAY_MS = 30_000;

interface Held extends Hit {
  ref: ConversationRef;
  text: string;
  verdict: Verdict;
  selection: Range | null;
}

export type Decision = 'pass' | 'hold' | 'wait';

/**
 * Decides every send attempt and runs what follows (card, replay, reports). Event wiring lives in
 * listeners.ts; this class never touches events except through the `stop` callback it is given.
 */
export class GuardController {
  private readonly verdicts = new WeakMap<HTMLElement, { verdict: Verdict; version: number }>();
  private readonly allow = new AllowOnce();
  private held: Held | null = null;
  private bound: Hit | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly reports: Reports;

  constructor(
    private readonly doc: Document,
    private readonly adapters: PageAdapters,
    private readonly analyzer: AnalyzerClient,
    private readonly store: GuardStateStore,
    private readonly layer: LayerStore,
    private readonly ensureUi: () => Promise<boolean>,
  ) {
    this.reports = new Reports(store);
    store.onChange(() => this.refreshIndicator());
    // Whatever started the load that worked (focus, input, a send, a retry), the box gets its verdict.
    analyzer.onReady(() => {
      if (this.bound) this.analyzeSoon(this.bound, 0);
    });
  }

  get cardOpen(): boolean {
    return this.held !== null;
  }

  /** The message box the guard is following, if any. */
  get boundComposer(): HTMLElement | null {
    return this.bound?.composer ?? null;
  }

  refOf(hit: Hit | null): ConversationRef {
    return conversationRef(this.adapters, hit, this.doc);
  }

  /** A message box got focus (or appeared after a chat switch): prepare everything the send needs. */
  bind(hit: Hit): void {
    this.bound = hit;
    if (this.analyzer.ready) this.analyzeSoon(hit, 0);
    else void this.analyzer.load();
    void this.ensureUi();
    this.store.open(this.refOf(hit));
    this.refreshIndicator();
  }

  /** The page changed (mutations, navigation): follow a re-created composer or a different chat. */
  pageChanged(): void {
    // Runs once per mutation batch (also while messages stream in): no layout or style reads here
    // unless the composer itself was replaced.
    const site = this.adapters.site;
    if (this.bound && !this.bound.composer.isConnected) {
      const next = site?.findComposers(this.doc)[0];
      this.bound = next && site ? { composer: next, adapter: site } : null;
      if (this.bound) this.refreshIndicator();
      else this.layer.set({ indicator: null });
    }
    if (this.bound || site?.conversation(null, this.doc)) this.store.open(this.refOf(this.bound));
  }

  incoming(rows: string[]): void {
    this.reports.incoming(this.refOf(this.bound), rows);
  }

  /**
   * Someone typed in a message box. Usually it got focus first, but a box can be focused without
   * any focus event reaching us (focused while the window was in the background, or before we
   * started): typing binds it too, so it gets its indicator and a live verdict.
   */
  typedIn(hit: Hit): void {
    if (this.bound?.composer !== hit.composer) this.bind(hit);
    this.analyzeSoon(hit);
  }

  /** Off the keystroke path: the input listener only schedules this. */
  analyzeSoon(hit: Hit, delay = INPUT_DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.analyzer.ready) return void this.analyzer.load();
      const text = readComposerText(hit.composer);
      this.verdictFor(hit, text, false);
      if (this.bound?.composer === hit.composer) this.refreshIndicator();
    }, delay);
  }

  /**
   * The cached verdict if it was made for this exact text and state, else a fresh (synchronous) one.
   * On the send path a failed or slow analysis lets the message go (fail open) and is not cached.
   */
  private verdictFor(hit: Hit, text: string, sending: boolean): Verdict | null {
    const cached = this.verdicts.get(hit.composer);
    if (cached && cached.verdict.text === text && cached.version === this.store.version)
      return cached.verdict;
    const state = this.store.stateFor(this.refOf(hit));
    const now = Date.now();
    const context = judge(text, null, state, now);
    if (!state.guarded || text.trim() === '') return context;
    const result = this.analyzer.analyze(text, { stage: state.stage, disabledRules: state.disabledRules });
    if (!result.ok) return result.why === 'not-loaded' && context.holds.length === 0 ? null : context;
    if (sending && result.ms > SLOW_ANALYSIS_MS) {
      console.error(`[rekindle] analysis ran long (${Math.round(result.ms)} ms); not holding on its account`);
      return context;
    }
    const verdict = judge(text, result.analysis, state, now);
    this.verdicts.set(hit.composer, { verdict, version: this.store.version });
    return verdict;
  }

  /**
   * A trusted send gesture is about to reach the site. 'hold' and 'wait' mean the caller stops the
   * event; 'wait' (analyzer still loading) decides later and sends through the site itself.
   */
  decide(hit: Hit): Decision {
    const text = readComposerText(hit.composer);
    if (text.trim() === '') return 'pass';
    if (this.held?.composer === hit.composer) return 'hold';
    const ref = this.refOf(hit);
    this.store.open(ref);
    if (this.allow.consume(text)) {
      this.reports.whenSent(hit.composer, ref, text, 'sentAnyway');
      return 'pass';
    }
    const state = this.store.stateFor(ref);
    if (!state.guarded) return 'pass';
    const verdict = this.verdictFor(hit, text, true);
    if (!verdict) {
      void this.decideWhenLoaded(hit, ref, text);
      return 'wait';
    }
    if (verdict.level !== 'hold') {
      this.reports.whenSent(hit.composer, ref, text, 'sentClean');
      return 'pass';
    }
    this.hold(hit, ref, text, verdict);
    return 'hold';
  }

  private async decideWhenLoaded(hit: Hit, ref: ConversationRef, text: string): Promise<void> {
    await this.analyzer.whenReady();
    if (readComposerText(hit.composer) !== text) return; // the user kept typing: they will send again
    const verdict = this.verdictFor(hit, text, true);
    if (verdict?.level === 'hold') return this.hold(hit, ref, text, verdict);
    // Not loaded in time or clean: the message goes out (fail open), through the site's own path.
    await this.sendThroughSite(hit, ref, text, 'sentClean');
  }

  private hold(hit: Hit, ref: ConversationRef, text: string, verdict: Verdict): void {
    const selection = this.doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    this.held = { ...hit, ref, text, verdict, selection: range };
    this.reports.held(ref);
    this.showCard(null);
    void this.ensureUi().then((ok) => {
      if (ok || !this.held) return;
      // No card can be shown: holding without explaining would swallow the message.
      console.error('[rekindle] the card could not be shown; sending instead');
      const { held } = this;
      this.closeCard(false);
      void this.sendThroughSite(held, held.ref, held.text, 'sentClean');
    });
  }

  private showCard(note: string | null): void {
    const held = this.held;
    if (!held) return;
    const now = Date.now();
    const { sendAnyway } = held.verdict;
    this.layer.set({
      card: {
        verdict: held.verdict,
        // Never over the composer or its send button: the card sits beside both.
        box: unionBox(boxOf(held.composer), sendButtonBox(held)),
        theme: themeBehind(held.composer),
        sendAnywayAt:
          sendAnyway === 'never' ? null : sendAnyway === 'after-wait' ? now + SEND_ANYWAY_WAIT_MS : now,
        note,
        opened: now,
      },
    });
  }

  private closeCard(restoreCaret: boolean): void {
    const held = this.held;
    this.held = null;
    this.layer.set({ card: null });
    if (!held || !restoreCaret) return;
    held.composer.focus();
    if (held.selection && held.composer.contains(held.selection.startContainer)) {
      const selection = this.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(held.selection);
    }
  }

  private async sendThroughSite(
    hit: Hit,
    ref: ConversationRef,
    text: string,
    outcome: 'sentClean' | 'sentAnyway',
  ) {
    this.allow.grant(text, ALLOW_AFTER_FAILED_REPLAY_MS);
    this.reports.sending(text);
    const result = await replaySend(hit.adapter, hit.composer, text);
    if (result === 'sent') {
      this.allow.revoke();
      this.reports.sent(ref, outcome);
      return true;
    }
    console.error('[rekindle] the site did not take the replayed send; the next Enter will pass');
    return false;
  }

  private readonly themes = new WeakMap<HTMLElement, Theme>();

  /** The page's look behind a composer, read once per composer (it walks computed styles). */
  private themeOf(composer: HTMLElement): Theme {
    let theme = this.themes.get(composer);
    if (!theme) {
      theme = themeBehind(composer);
      this.themes.set(composer, theme);
    }
    return theme;
  }

  /** Moves the dot with the composer; nothing is re-rendered when nothing moved. */
  reposition(): void {
    const { indicator } = this.layer.get();
    const composer = this.bound?.composer;
    if (!indicator || !composer?.isConnected) return;
    const box = boxOf(composer);
    const old = indicator.box;
    if (box.top === old.top && box.left === old.left && box.width === old.width && box.height === old.height)
      return;
    this.layer.set({ indicator: { ...indicator, box } });
  }

  refreshIndicator(): void {
    const hit = this.bound;
    if (!hit?.composer.isConnected) return;
    const ref = this.refOf(hit);
    const state = this.store.stateFor(ref);
    const cached = this.verdicts.get(hit.composer)?.verdict;
    const text = readComposerText(hit.composer);
    const level = !state.guarded ? 'off' : cached && cached.text === text ? cached.level : 'clear';
    this.layer.set({
      indicator: {
        box: boxOf(hit.composer),
        level,
        theme: this.themeOf(hit.composer),
        guarded: state.guarded,
        mark: state.mark,
      },
    });
  }

  readonly actions: LayerActions = {
    edit: () => this.closeCard(true),
    sendAnyway: () => {
      const held = this.held;
      if (!held) return;
      this.closeCard(true);
      const text = readComposerText(held.composer);
      void this.sendThroughSite(held, held.ref, text, 'sentAnyway').then((sent) => {
        if (sent) return;
        this.held = { ...held, text };
        this.showCard(t('guard_replay_failed'));
      });
    },
    apply: (finding: Finding, suggestion: string) => void this.apply(finding, suggestion),
    markEx: (on) => this.setMark(on ? 'ex' : null),
    setGuarded: (on) => this.setMark(on ? null : 'unguarded'),
    pause: () => {
      void sendMessage('pauseGuard', 15)
        .then(() => this.store.refresh())
        .catch(logError('pauseGuard'));
    },
  };

  private async apply(finding: Finding, suggestion: string): Promise<void> {
    const held = this.held;
    if (!held) return;
    this.closeCard(true);
    const text = readComposerText(held.composer);
    const at = locatePhrase(text, finding.phrase, finding.start);
    const ok = at >= 0 && (await replaceRange(held.composer, at, finding.phrase.length, suggestion));
    if (!ok) {
      console.error('[rekindle] applying a suggestion did not take');
      this.held = held;
      this.showCard(t('guard_apply_failed'));
      return;
    }
    this.analyzeSoon(held, 0);
  }

  private setMark(mark: 'ex' | 'unguarded' | null): void {
    const ref = this.refOf(this.bound);
    void sendMessage('setChatMark', { ref, mark })
      .then(() => this.store.refresh())
      .catch(logError('setChatMark'));
  }
}

function sendButtonBox(hit: Hit) {
  const button = hit.adapter.sendButtonFor(hit.composer);
  return button ? boxOf(button) : null;
}
