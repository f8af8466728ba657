import type { SupportPages } from '../../enquiry-answered/support-pages.ts';

// PLACEHOLDER (issue 3): the demo company's pages for the enquiry-answered journey.
export const support: SupportPages = {};
