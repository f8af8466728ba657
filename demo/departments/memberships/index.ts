import type { DepartmentFactory } from '../department.ts';

// PLACEHOLDER: to be built (issue 3).
export const createMemberships: DepartmentFactory = () => ({ name: 'Memberships', routes: [] });
