/** The password in a URL (DATABASE_URL's postgres:// one), decoded, for secrets that must never be printed; none when there is none. */
export function passwordInUrl(url: string): string | undefined {
  try {
    return passwordOf(new URL(url));
  } catch {
    return undefined;
  }
}

/** A parsed URL's password, decoded; none when there is none. */
export function passwordOf(url: URL): string | undefined {
  return url.password ? decodeURIComponent(url.password) : undefined;
}
