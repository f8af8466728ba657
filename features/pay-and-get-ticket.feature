@journey:pay-and-get-ticket @pays @channel:web @channel:email @channel:api @owner:payments @severity:critical @schedule:hourly
Feature: Pay for a flight and get the ticket
  As a traveller buying a flight online,
  I want to be charged once, the price I was shown, and to get my ticket,
  so that I never have to wonder whether I paid, or how much.

  Scenario: Pay for a flight with my card and get the ticket by email
    Given I have an account to book flights with
    And I have chosen a flight and seen its total at checkout
    When I pay for the flight with my card
    And if the payment fails, I try once more, as any customer would
    Then I am charged exactly once, the amount I was shown
    And the payment page, my order list and customer support agree with what I was charged
    And my ticket arrives by email
