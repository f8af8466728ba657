@journey:enquiry-answered @channel:email @channel:web @owner:customer-service @severity:high @schedule:daily
Feature: My enquiry gets answered
  As a customer with a question,
  I want customer service to confirm at once that it has my message, and a person to answer it in time,
  so that I am not left wondering whether anyone read it.

  Scenario: Ask customer service by email
    When I email my question to customer service
    Then my email is not bounced back
    And I receive an automatic acknowledgement in time
    And a person answers my question in time

  Scenario: Ask customer service through the contact form
    When I send my question through the contact form
    Then I receive an automatic acknowledgement in time
    And a person answers my question in time
