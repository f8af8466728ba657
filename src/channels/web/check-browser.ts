// Runs after `npm install`: says plainly which Chromium the journeys will use, or what to do.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { resolveChromiumPath, SYSTEM_CHROMIUM } from './chromium.ts';

try {
  const configured = resolveChromiumPath();
  if (configured) {
    console.log(`mystery-shopper: journeys will use Chromium at ${configured}`);
  } else if (existsSync(chromium.executablePath())) {
    console.log(`mystery-shopper: journeys will use Playwright's Chromium at ${chromium.executablePath()}`);
  } else {
    console.warn(`mystery-shopper: no Chromium found. Do one of these, then run again:
  - Debian/Ubuntu:   sudo apt-get install -y chromium        (used from ${SYSTEM_CHROMIUM})
  - with internet:   npx playwright install chromium
  - elsewhere:       set CHROMIUM_PATH=/path/to/chromium in .env`);
  }
} catch (error) {
  console.warn(`mystery-shopper: ${(error as Error).message}`);
}
