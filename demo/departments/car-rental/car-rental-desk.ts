import type { DepartmentContext } from '../department.ts';
import type { LoyaltyProgramme } from './loyalty-programme.ts';

/** What the car-rental pages work with: the company's shared services and the loyalty programme. */
export interface CarRentalDesk extends DepartmentContext {
  loyalty: LoyaltyProgramme;
}

export const PROGRAMME_NAME = 'Drive Club';
