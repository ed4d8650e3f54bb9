import { guardSuite } from './guard-suite';
import { siteIds } from './sites';

for (const siteId of siteIds) guardSuite(siteId);
