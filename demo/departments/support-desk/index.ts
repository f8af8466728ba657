import type { DepartmentFactory } from '../department.ts';

// PLACEHOLDER: to be built (issue 3).
export const createSupportDesk: DepartmentFactory = () => ({ name: 'Support desk', routes: [] });
