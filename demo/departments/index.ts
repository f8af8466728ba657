import { createCarRental } from './car-rental/index.ts';
import type { DepartmentFactory } from './department.ts';
import { createDeliveries } from './deliveries/index.ts';
import { createFlights } from './flights/index.ts';
import { createMemberships } from './memberships/index.ts';
import { createSupportDesk } from './support-desk/index.ts';

/** The demo company's departments beside its shop and newsletter, each mirroring seed stories. */
export const DEPARTMENTS: readonly DepartmentFactory[] = [createCarRental, createFlights, createSupportDesk, createMemberships, createDeliveries];
