import { escapeHtml } from '../html.ts';

// Every field has a <label for>, so that browsers, screen readers and Playwright's getByLabel find it.

export function emailField(value = ''): string {
  return `<label for="email">Email address</label>
  <input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(value)}">`;
}

export function passwordField(autocomplete: 'new-password' | 'current-password'): string {
  return `<label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="${autocomplete}" required>`;
}

export function offersCheckbox(checked: boolean): string {
  return `<div><input id="offers" name="offers" type="checkbox" value="yes"${checked ? ' checked' : ''}>
  <label for="offers">Send me offers by email</label></div>`;
}

export function mobileField(value = ''): string {
  return `<label for="mobile">Mobile number (optional, for offers by text or phone)</label>
  <input id="mobile" name="mobile" type="tel" autocomplete="tel" value="${escapeHtml(value)}">`;
}

export function textOffersCheckbox(checked: boolean): string {
  return `<div><input id="texts" name="texts" type="checkbox" value="yes"${checked ? ' checked' : ''}>
  <label for="texts">Send me offers by text</label></div>`;
}

export function callOffersCheckbox(checked: boolean): string {
  return `<div><input id="calls" name="calls" type="checkbox" value="yes"${checked ? ' checked' : ''}>
  <label for="calls">Call me with offers</label></div>`;
}

/** A message shown above a form; errors are announced as alerts, confirmations as status. */
export function formMessage(kind: 'error' | 'notice', text: string): string {
  return kind === 'error'
    ? `<p class="error" role="alert">${escapeHtml(text)}</p>`
    : `<p class="notice" role="status">${escapeHtml(text)}</p>`;
}
