import type { Finding } from '../../analysis/types';
import type { ChatMark } from '../../messaging/protocol';
import type { Level, Verdict } from '../verdict';

export type Theme = 'light' | 'dark';

/** Where to draw, in viewport coordinates (the layer is position: fixed). */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface IndicatorModel {
  box: Box;
  level: Level;
  theme: Theme;
  guarded: boolean;
  mark: ChatMark;
}

export interface CardModel {
  verdict: Verdict;
  box: Box;
  theme: Theme;
  /** Epoch ms when "Send anyway" becomes enabled; null: not offered. */
  sendAnywayAt: number | null;
  note: string | null;
  /** When this card was opened: a new card (new key) takes focus again. */
  opened: number;
}

export interface LayerActions {
  edit(): void;
  sendAnyway(): void;
  apply(finding: Finding, suggestion: string): void;
  markEx(on: boolean): void;
  setGuarded(on: boolean): void;
  pause(): void;
}

export interface LayerModel {
  indicator: IndicatorModel | null;
  card: CardModel | null;
}

/** A minimal observable for the layer (the guard writes, the Preact tree reads). */
export class LayerStore {
  private model: LayerModel = { indicator: null, card: null };
  private readonly listeners = new Set<(model: LayerModel) => void>();

  get(): LayerModel {
    return this.model;
  }

  set(patch: Partial<LayerModel>): void {
    this.model = { ...this.model, ...patch };
    for (const listener of this.listeners) listener(this.model);
  }

  subscribe(listener: (model: LayerModel) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
