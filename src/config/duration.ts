const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses durations such as "500ms", "3s", "10m", "2d" or "1h30m" into milliseconds. */
export function parseDuration(text: string): number {
  const compact = text.replace(/\s+/g, '');
  const parts = [...compact.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)];
  const consumed = parts.map((part) => part[0]).join('');
  if (parts.length === 0 || consumed !== compact) {
    throw new Error(`"${text}" is not a duration; write it like "500ms", "3s", "10m", "2h", "2d" or "1h30m"`);
  }
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit!]!, 0);
}

/** Formats milliseconds for people: "3 s", "2 days", "1 h 30 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 86_400_000) {
    const hours = Math.floor(ms / 3_600_000);
    const minutes = Math.round((ms % 3_600_000) / 60_000);
    return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = +(ms / 86_400_000).toFixed(1);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
