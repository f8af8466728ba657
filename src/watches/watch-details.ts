import type { WatchDetailsWriter } from '../findings/check-or-watch.ts';
import type { Watch } from '../findings/watches.ts';

/** A detail the watch's run left for its judge; a clear error when it is missing. */
export function detailOf(watch: Watch, name: string): string {
  const value = watch.details?.[name];
  if (typeof value !== 'string' || value === '') throw new Error(`the watch has no details.${name}`);
  return value;
}

/** A detail the watch's run may have left; undefined when it did not. */
export function optionalDetailOf(watch: Watch, name: string): string | undefined {
  const value = watch.details?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A moment the watch's run noted (an ISO 8601 detail); a clear error when it is missing or no date. */
export function instantOf(watch: Watch, name: string): Date {
  return parseInstant(detailOf(watch, name), `details.${name}`);
}

/** A positive whole number the watch's run noted, such as a count or a duration in ms; a clear error otherwise. */
export function countOf(watch: Watch, name: string): number {
  const text = detailOf(watch, name);
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`the watch's details.${name} "${text}" is not a positive whole number`);
  return Number(text);
}

/** When the watch fell due: only what arrived by then counts as in time. */
export function dueAtOf(watch: Watch): Date {
  return parseInstant(watch.dueAt, 'dueAt');
}

/** Keeps what the filter keeps and that arrived by the due time. */
export function arrivedBy<T extends { receivedAt: Date }>(dueAt: Date, where: (message: T) => boolean = () => true): (message: T) => boolean {
  return (message) => message.receivedAt.getTime() <= dueAt.getTime() && where(message);
}

function parseInstant(text: string, what: string): Date {
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) throw new Error(`the watch's ${what} "${text}" is not a date`);
  return instant;
}

/**
 * How a journey writes the details of one kind of watch and its judge reads them back: the names
 * of the details, and the journey's id, live in this one place, in the journey's folder
 * (`journeys/<id>/<what>-watch.ts`). The run leaves the watch with it (`checkOrWatch`), the judge
 * takes its `journey` from it. `read` fails with a clear error when a detail is missing or corrupt:
 * the watch then stays.
 */
export interface WatchDetails<T> extends WatchDetailsWriter<T> {
  read(watch: Watch): T;
}
