import { escapeHtml } from '../../html.ts';
import type { DepartmentFactory } from '../department.ts';
import { Dispatch } from './dispatch.ts';
import { orderRoutes } from './order-pages.ts';
import { Parcels, type Parcel } from './parcels.ts';
import { trackingRoutes } from './tracking-pages.ts';

/**
 * Orders with home delivery or collection at a pick-up point, the advance notice before the
 * courier comes, and parcel tracking. Faults: `tracking-jargon-no-eta` (the tracking page shows
 * the carrier's raw feed and no arrival time), `delivery-no-notice` (no advance notice at all).
 */
export const createDeliveries: DepartmentFactory = (context) => {
  const parcels = new Parcels();
  const dispatch = new Dispatch(context);
  return {
    name: 'Deliveries',
    routes: [...orderRoutes({ parcels, dispatch, clock: context.clock }), ...trackingRoutes(parcels, dispatch, context.faults)],
    accountSection: (customer) => parcelsSection(parcels.forEmail(customer.email)),
    stop: () => dispatch.stop(),
  };
};

function parcelsSection(parcels: Parcel[]): string {
  if (parcels.length === 0) return '';
  return `<h2>Your parcels</h2>
<ul>${parcels.map((parcel) => `<li><a href="/track/${parcel.id}">${parcel.id}</a>: ${escapeHtml(parcel.product.name)}</li>`).join('')}</ul>`;
}
