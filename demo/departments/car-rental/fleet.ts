/** A class of car the desk rents out, with its public daily rate in euro cents. */
export interface CarClass {
  id: string;
  name: string;
  example: string;
  dailyRate: number;
}

export const FLEET: readonly CarClass[] = [
  { id: 'economy', name: 'Economy', example: 'Fiat Panda or similar, 4 seats, manual', dailyRate: 3200 },
  { id: 'compact', name: 'Compact', example: 'VW Golf or similar, 5 seats, manual', dailyRate: 4550 },
  { id: 'estate', name: 'Estate', example: 'Skoda Octavia Estate or similar, 5 seats, automatic', dailyRate: 5800 },
  { id: 'suv', name: 'SUV', example: 'Toyota RAV4 or similar, 5 seats, automatic', dailyRate: 7990 },
];

export function findCarClass(id: string): CarClass | undefined {
  return FLEET.find((car) => car.id === id);
}
