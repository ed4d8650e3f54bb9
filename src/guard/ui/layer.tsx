import { useEffect, useState } from 'preact/hooks';
import { Card } from './card';
import { Indicator } from './indicator';
import type { LayerActions, LayerStore } from './model';

export function Layer({ store, actions }: { store: LayerStore; actions: LayerActions }) {
  const [model, setModel] = useState(store.get());
  useEffect(() => store.subscribe(setModel), [store]);
  return (
    <>
      {model.indicator && !model.card && <Indicator model={model.indicator} actions={actions} />}
      {model.card && <Card key={model.card.opened} model={model.card} actions={actions} />}
    </>
  );
}
