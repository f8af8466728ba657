#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// The composition root: the engine (src/) never imports a journey, so the journeys are registered
// here, before any command runs (`run --dry-run` lists the watches each journey may leave). The
// Playwright runs the CLI starts register them in their own processes (playwright.config.ts).
const { registerJourneys } = await import('../journeys/register-journeys.ts');
registerJourneys();
await import('../src/cli/main.ts');
