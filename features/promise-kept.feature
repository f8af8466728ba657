@journey:promise-kept @channel:web @channel:email @owner:memberships @severity:high @schedule:daily
Feature: A promise made to me is kept
  As a member to whom support promised a six-month extension,
  I want the extension to be there when my membership renews,
  so that what the company promised in one place holds everywhere.

  Scenario: A six-month extension promised in the support chat holds at renewal
    Given I am a member
    When support grants me a six-month extension in the chat
    Then support confirms the extension by email
    And my account shows the extended renewal date
    And the renewal notice shows the extended renewal date
