@journey:contact-frequency @channel:email @channel:sms @channel:web @owner:marketing @severity:high @schedule:weekly
Feature: Hear from the shop no more often than promised
  As a customer who agreed to hear about offers,
  I want the shop to contact me no more often than it promises, never to sell me what I already have,
  and to stop when I say no,
  so that its offers stay welcome.

  Scenario: Offers stay within the promised number and skip what I already hold
    Given I have bought one of the shop's products
    And I have agreed to offers by email and by text
    When I count the offers that reach me by email and by text for a week
    Then I am contacted no more often than the shop promises
    And no offer is for a product I already hold

  Scenario: No more offers by text after I say no to texts
    Given I have signed up for offers by email and by text
    And I have received an offer by text
    When I turn off offers by text in my account
    Then I receive no more offers by text after the grace period
