import { useEffect, useState } from 'preact/hooks';
import { Card } from './card';
import { Indicator } from './indicator';
import type { LayerActions, LayerStore } from './model';

export function Layer({ store, actions }: { store: LayerStore; actions: LayerActions }) {
  const [model, setModel] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setModel);
    // Effects run a frame after the first render (later on a busy or background page): a verdict
    // set in between would otherwise never show.
    setModel(store.get());
    return unsubscribe;
  }, [store]);
  return (
    <>
      {model.indicator && !model.card && <Indicator model={model.indicator} actions={actions} />}
      {model.card && <Card key={model.card.opened} model={model.card} actions={actions} />}
    </>
  );
}
