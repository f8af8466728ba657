// PLACEHOLDER (issue 3): what the pay-and-get-ticket journey needs from a website.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FlightPages {}
