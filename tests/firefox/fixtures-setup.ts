// Vitest globalSetup for the Firefox suite: build the fixture pages first (see tests/e2e/fixtures-setup.ts).
import { buildFixtures } from '../../scripts/build-fixtures';

export async function setup(): Promise<void> {
  await buildFixtures();
}
