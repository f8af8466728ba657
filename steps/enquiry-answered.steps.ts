import { Then, When } from './fixtures.ts';

When('I email my question to customer service', async ({ enquiry }) => {
  await enquiry.emailQuestion();
});

When('I send my question through the contact form', async ({ enquiry }) => {
  await enquiry.sendQuestionThroughContactForm();
});

Then('my email is not bounced back', async ({ enquiry }) => {
  await enquiry.expectEmailNotBounced();
});

Then('I receive an automatic acknowledgement in time', async ({ enquiry }) => {
  await enquiry.expectAcknowledgementInTime();
});

Then('a person answers my question in time', async ({ enquiry }) => {
  await enquiry.expectAnswerInTime();
});
