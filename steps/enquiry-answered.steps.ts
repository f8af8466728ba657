import { Then, When } from './fixtures.ts';

/** @channel email */
When('I email my question to customer service', async ({ enquiryAnswered }) => {
  await enquiryAnswered.emailQuestion();
});

/** @channel web */
When('I send my question through the contact form', async ({ enquiryAnswered }) => {
  await enquiryAnswered.sendQuestionThroughContactForm();
});

/** @channel email */
Then('my email is not bounced back', async ({ enquiryAnswered }) => {
  await enquiryAnswered.expectEmailNotBounced();
});

/** @channel email */
Then('I receive an automatic acknowledgement in time', async ({ enquiryAnswered }) => {
  await enquiryAnswered.expectAcknowledgementInTime();
});

/** @channel email */
Then('a person answers my question in time', async ({ enquiryAnswered }) => {
  await enquiryAnswered.expectAnswerInTime();
});
