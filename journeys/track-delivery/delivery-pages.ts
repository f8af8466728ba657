// PLACEHOLDER (issue 3): what the track-delivery journey needs from a website.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeliveryPages {}
