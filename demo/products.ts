/** What Demo Shop sells: outdoor gear sent as a parcel, and insurance policies that a customer holds. */
export interface Product {
  id: string;
  name: string;
  price: string;
  blurb: string;
  /** A parcel is delivered (see the deliveries department); a policy is held from the moment it is bought. */
  kind: 'parcel' | 'policy';
}

export const PRODUCTS: readonly Product[] = [
  { id: 'rain-jacket', name: 'Rain jacket', price: '€89.00', blurb: 'Light, packable, fully taped seams.', kind: 'parcel' },
  { id: 'walking-boots', name: 'Walking boots', price: '€79.00', blurb: 'Waterproof leather, grippy sole.', kind: 'parcel' },
  { id: 'wool-socks', name: 'Wool socks, 3 pairs', price: '€24.00', blurb: 'Merino blend, warm and soft.', kind: 'parcel' },
  { id: 'day-backpack', name: 'Day backpack', price: '€49.00', blurb: '22 litres, padded laptop pocket.', kind: 'parcel' },
  { id: 'travel-insurance', name: 'Travel insurance', price: '€39.00 a year', blurb: 'Cover for every trip, lost luggage included.', kind: 'policy' },
  { id: 'bike-insurance', name: 'Bike insurance policy', price: '€5.00 a month', blurb: 'Theft and damage, at home and on the road.', kind: 'policy' },
];

export function findProduct(id: string): Product | undefined {
  return PRODUCTS.find((product) => product.id === id);
}
