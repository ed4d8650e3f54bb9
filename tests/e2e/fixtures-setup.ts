// Playwright globalSetup: (re)build the fixture pages before any browser test, so a run never serves
// stale fixtures. Fast (esbuild) and a no-op on disk when nothing changed.
import { buildFixtures } from '../../scripts/build-fixtures';

export default async function globalSetup(): Promise<void> {
  await buildFixtures();
}
