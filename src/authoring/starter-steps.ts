import type { CHANNELS } from './journey-tag-rules.ts';

/**
 * A new journey's first scenario, from steps that already exist and that the demo company supports
 * (the email and web ones the generic adapter too), so that a scaffolded journey runs at once.
 * Chosen by the journey's first channel; tests/unit/new-journey.test.ts checks each against the catalogue.
 */
export const STARTER_STEPS: Record<(typeof CHANNELS)[number], readonly string[]> = {
  email: ['Given I have subscribed to the newsletter', 'And I have received a marketing email'],
  web: ['When I send my question through the contact form', 'Then I receive an automatic acknowledgement in time'],
  sms: ['Given I have signed up for offers by email and by text', 'And I have received an offer by text'],
  phone: ['Given I have signed up for offers by phone', 'And a sales call has reached me'],
  api: ['Given I have subscribed to the newsletter', 'And I have received a marketing email', 'Then the email offers a one-click unsubscribe'],
};
