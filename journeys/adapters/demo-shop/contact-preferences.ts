import type { ContactPreferencePages } from '../../contact-frequency/contact-preference-pages.ts';

// PLACEHOLDER (issue 3): the demo company's pages for the contact-frequency journey.
export const contactPreferences: ContactPreferencePages = {};
