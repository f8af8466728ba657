@journey:pay-and-get-ticket @pays @channel:web @channel:email @channel:api @owner:payments @severity:critical @schedule:hourly
Feature: Pay and get what I paid for
  As a customer buying online, a flight or anything else,
  I want to be charged once, the price I was shown, and to get my ticket or order confirmation,
  so that I never have to wonder whether I paid, or how much.

  Scenario: Pay with my card and get the confirmation by email
    Given I have an account with the shop
    And I have chosen what to buy and seen its total at checkout
    When I pay with my card
    And if the payment fails, I try once more, as any customer would
    Then I am charged exactly once, the amount I was shown
    And the payment page, my order list and customer support agree with what I was charged
    And my ticket or order confirmation arrives by email
