import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import type { IndicatorModel, LayerActions } from './model';

const SIZE = 18;

const LABELS = {
  clear: 'guard_indicator_clear',
  caution: 'guard_indicator_caution',
  hold: 'guard_indicator_hold',
  off: 'guard_indicator_off',
} as const;

/** A dot on the composer's top-right corner: the live verdict, and a menu for this chat. */
export function Indicator({ model, actions }: { model: IndicatorModel; actions: LayerActions }) {
  const [open, setOpen] = useState(false);
  const { box } = model;
  const top = Math.max(2, box.top - SIZE / 2);
  const left = Math.min(window.innerWidth - SIZE - 2, box.left + box.width - SIZE - 4);
  const choose = (run: () => void) => () => {
    setOpen(false);
    run();
  };
  const menuBelow = top < 160;
  return (
    <div class={`indicator ${model.theme}`} style={{ top: `${top}px`, left: `${left}px` }}>
      <button
        type="button"
        class={`dot ${model.level}`}
        aria-label={t(LABELS[model.level])}
        title={t(LABELS[model.level])}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      />
      {open && (
        <div
          class={`menu ${menuBelow ? 'below' : 'above'}`}
          role="menu"
          aria-label={t('guard_menu_label')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          <button type="button" role="menuitem" onClick={choose(() => actions.markEx(model.mark !== 'ex'))}>
            {t(model.mark === 'ex' ? 'guard_menu_unmark_ex' : 'guard_menu_mark_ex')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={choose(() => actions.setGuarded(model.mark === 'unguarded'))}
          >
            {t(model.mark === 'unguarded' ? 'guard_menu_guard' : 'guard_menu_unguard')}
          </button>
          <button type="button" role="menuitem" onClick={choose(actions.pause)}>
            {t('guard_menu_pause')}
          </button>
        </div>
      )}
    </div>
  );
}
