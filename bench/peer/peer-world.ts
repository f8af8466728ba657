import { randomBytes, randomUUID } from 'node:crypto';
import { After, Before, setWorldConstructor, World } from '@cucumber/cucumber';
import type { BrowserContext, Page } from '@playwright/test';
import { peerLab, type PeerLab } from './peer-lab.ts';

/** The customer one scenario plays: a fresh address and number, so that scenarios never see each other's mail. */
export interface PeerShopper {
  name: string;
  email: string;
  phone: string;
  deliveryAddress: string;
  password: string;
}

/** One scenario of the classic stack: a fresh browser context and a fresh shopper; journey state lives in each steps file. */
export class PeerWorld extends World {
  context!: BrowserContext;
  page!: Page;
  shopper!: PeerShopper;

  get lab(): PeerLab {
    return peerLab();
  }

  /** A page of the demo company's website. */
  url(path: string): string {
    return new URL(path, this.lab.webUrl).href;
  }
}

setWorldConstructor(PeerWorld);

Before(async function (this: PeerWorld) {
  const { browser, channels, persona } = this.lab;
  this.context = await browser.newContext();
  this.page = await this.context.newPage();
  const tag = `peer-${randomUUID().slice(0, 12)}`;
  this.shopper = {
    name: persona.name,
    email: channels.mailbox.address(tag),
    phone: channels.sms.numberFor(tag),
    deliveryAddress: persona.deliveryAddress,
    password: randomBytes(12).toString('base64url'),
  };
});

After(async function (this: PeerWorld) {
  await this.context.close();
});

/** State of one journey for one scenario, created on first use: what a steps file remembers between its steps. */
export function perScenario<T>(create: () => T): (world: PeerWorld) => T {
  const states = new WeakMap<PeerWorld, T>();
  return (world) => {
    let state = states.get(world);
    if (state === undefined) states.set(world, (state = create()));
    return state;
  };
}
