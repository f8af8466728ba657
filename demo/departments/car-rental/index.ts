import type { DepartmentFactory } from '../department.ts';

// PLACEHOLDER: to be built (issue 3).
export const createCarRental: DepartmentFactory = () => ({ name: 'Car rental', routes: [] });
