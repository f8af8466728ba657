@journey:contact-frequency @channel:email @channel:sms @channel:phone @channel:web @owner:marketing @severity:high @schedule:weekly
Feature: Hear from the shop no more often than promised
  As a customer who agreed to hear about offers,
  I want the shop to contact me no more often than it promises, never to sell me what I already have,
  and to stop when I say no,
  so that its offers stay welcome.

  Scenario: Offers stay within the promised number and skip what I already hold
    Given I have bought one of the shop's products
    And I have agreed to offers by email, by text and by phone
    When I count the offers that reach me by email, by text and by phone for a week
    Then I am contacted no more often than the shop promises
    And no offer is for a product I already hold

  Scenario: No more offers by text after I say no to texts
    Given I have signed up for offers by email and by text
    And I have received an offer by text
    When I turn off offers by text in my account
    Then I receive no more offers by text after the grace period

  Scenario: No more sales calls after I ask not to be called
    Given I have signed up for offers by phone
    And a sales call has reached me
    When I answer the next sales call asking not to be called again
    Then no more sales calls reach me after the grace period

  Scenario: No more sales calls after I say no to calls in my account
    Given I have signed up for offers by phone
    And a sales call has reached me
    When I turn off sales calls in my account
    Then no more sales calls reach me after the grace period
