/** The flights Demo Shop sells, with fares in euro cents. */
export interface Flight {
  id: string;
  number: string;
  from: string;
  to: string;
  departs: string;
  fare: number;
}

export const CURRENCY = 'EUR';

export const FLIGHTS: readonly Flight[] = [
  { id: 'ds101', number: 'DS 101', from: 'Demo Town', to: 'Lisbon', departs: '08:40', fare: 41_200 },
  { id: 'ds205', number: 'DS 205', from: 'Demo Town', to: 'Oslo', departs: '12:15', fare: 28_950 },
  { id: 'ds318', number: 'DS 318', from: 'Demo Town', to: 'Athens', departs: '17:05', fare: 35_600 },
];

export function findFlight(id: string): Flight | undefined {
  return FLIGHTS.find((flight) => flight.id === id);
}

/** "DS 101 Demo Town → Lisbon" */
export function flightName(flight: Flight): string {
  return `${flight.number} ${flight.from} → ${flight.to}`;
}

/** "EUR 1,234.50" */
export function formatEuro(cents: number): string {
  return `${CURRENCY} ${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
