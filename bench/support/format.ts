/** Seconds with one decimal, e.g. "12.3 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Milliseconds, whole below 100 and with one decimal under 10, e.g. "4.2 ms". */
export function millis(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** A factor, e.g. "1.43×". */
export function factor(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** Bytes in the unit a person reads, e.g. "1.4 MB" (decimal megabytes, as the goals are). */
export function bytes(count: number): string {
  if (count >= 1_000_000) return `${(count / 1_000_000).toFixed(2)} MB`;
  if (count >= 1_000) return `${(count / 1_000).toFixed(1)} kB`;
  return `${count} B`;
}
