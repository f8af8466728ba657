// Who the demo company is: the names and addresses every channel shows to customers.

export const SHOP_NAME = 'Demo Shop';
export const MAIL_DOMAIN = 'demo-shop.test';
export const NEWS_SENDER = `${SHOP_NAME} <news@${MAIL_DOMAIN}>`;
export const UNSUBSCRIBE_ADDRESS = `unsubscribe@${MAIL_DOMAIN}`;
export const SUPPORT_ADDRESS = `support@${MAIL_DOMAIN}`;
/** The sender id of the shop's text messages (alphanumeric: at most 11 characters). */
export const SMS_SENDER = 'DemoShop';
/** The number the shop's sales desk calls from (a UK drama number: it reaches no one). */
export const SALES_LINE = '+442079460018';
