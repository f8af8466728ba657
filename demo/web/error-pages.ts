import { escapeHtml } from '../html.ts';
import { page, type WebResponse } from './page.ts';

export function notFoundPage(explanation = 'There is no page at this address.'): WebResponse {
  return errorPage(404, 'Page not found', explanation);
}

export function methodNotAllowedPage(allowed: readonly string[]): WebResponse {
  const response = errorPage(405, 'Method not allowed', 'This page cannot be used that way.');
  const withHead = allowed.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]));
  return { ...response, headers: { ...response.headers, Allow: withHead.join(', ') } };
}

export function bodyTooLargePage(): WebResponse {
  const response = errorPage(413, 'Request too large', 'The form you sent is too large.');
  // The rest of the oversized body is not worth reading: end the connection after answering.
  return { ...response, headers: { ...response.headers, Connection: 'close' } };
}

export function serverErrorPage(): WebResponse {
  return errorPage(500, 'Something went wrong', 'Sorry, something went wrong on our side. Please try again later.');
}

function errorPage(status: number, title: string, explanation: string): WebResponse {
  const content = `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(explanation)}</p>
<p><a href="/">Back to the shop</a></p>`;
  return page(title, content, { status });
}
