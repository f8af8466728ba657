import type { DepartmentFactory } from '../department.ts';

// PLACEHOLDER: to be built (issue 3).
export const createFlights: DepartmentFactory = () => ({ name: 'Flights', routes: [] });
