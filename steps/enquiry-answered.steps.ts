import { Then, When } from './fixtures.ts';

/** @channel email */
When('I email my question to customer service', async ({ enquiry }) => {
  await enquiry.emailQuestion();
});

/** @channel web */
When('I send my question through the contact form', async ({ enquiry }) => {
  await enquiry.sendQuestionThroughContactForm();
});

/** @channel email */
Then('my email is not bounced back', async ({ enquiry }) => {
  await enquiry.expectEmailNotBounced();
});

/** @channel email */
Then('I receive an automatic acknowledgement in time', async ({ enquiry }) => {
  await enquiry.expectAcknowledgementInTime();
});

/** @channel email */
Then('a person answers my question in time', async ({ enquiry }) => {
  await enquiry.expectAnswerInTime();
});
