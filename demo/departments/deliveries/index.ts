import type { DepartmentFactory } from '../department.ts';

// PLACEHOLDER: to be built (issue 3).
export const createDeliveries: DepartmentFactory = () => ({ name: 'Deliveries', routes: [] });
