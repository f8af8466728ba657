import type { DeliveryPages } from '../../track-delivery/delivery-pages.ts';

// PLACEHOLDER (issue 3): the demo company's pages for the track-delivery journey.
export const deliveries: DeliveryPages = {};
