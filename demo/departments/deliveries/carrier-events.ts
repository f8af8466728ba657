import { PICK_UP_POINT } from './delivery-plan.ts';
import type { CarrierEvent } from './parcels.ts';

// The carrier's feed, as its systems record it, beside what each event means for the customer.

export function preNoticeReceived(at: Date): CarrierEvent {
  return { at, internal: 'Pre-notice received as EDI message (IFTMIN)', plain: 'We have your order and are getting it ready.' };
}

export function sortedAtHub(at: Date): CarrierEvent {
  return { at, internal: 'Sorted at Itella 01010', plain: 'Your parcel is on its way to the depot near you.' };
}

export function arrivedAtDepot(at: Date): CarrierEvent {
  return { at, internal: 'Status 22: ARR TERM 00980', plain: 'Your parcel has reached the depot near you.' };
}

export function redirectedToPickUpPoint(at: Date): CarrierEvent {
  return { at, internal: 'Consignee request: redirect to PUDO 00981', plain: `You chose to collect your parcel from ${PICK_UP_POINT}.` };
}
