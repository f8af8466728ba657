/** Whether a URL is on one of the origins a journey may visit. */
export function isAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  try {
    return allowedOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

/** A journey tried to leave the company's allowed origins: stopped, and said so. */
export class OriginNotAllowed extends Error {
  override name = 'OriginNotAllowed';
  constructor(url: string, purpose: string, targetId: string) {
    super(`Refused to ${purpose} ${url}: not an allowed origin of target ${targetId} (targets.${targetId}.allowedOrigins)`);
  }
}
