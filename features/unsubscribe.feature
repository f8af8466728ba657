@journey:unsubscribe @channel:email @channel:web @owner:marketing @severity:high @schedule:daily
Feature: Unsubscribe from marketing email
  As a customer who no longer wants offers,
  I want to unsubscribe once, the way the email offers,
  so that the offers stop.

  Background:
    Given I have subscribed to the newsletter
    And I have received a marketing email

  Scenario: Unsubscribe with one click from my mail app
    Then the email offers a one-click unsubscribe
    When I unsubscribe with one click
    Then I receive no more marketing email after the grace period

  Scenario: Unsubscribe with the link at the bottom of the email
    Then the email has a visible unsubscribe link
    When I follow the unsubscribe link at the bottom of the email
    Then I receive no more marketing email after the grace period

  Scenario: Unsubscribe by emailing the unsubscribe address
    When I email the unsubscribe address the email offers
    Then my unsubscribe email is not bounced back
    And I receive no more marketing email after the grace period
