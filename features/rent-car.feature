@journey:rent-car @channel:web @channel:email @owner:car-rental @severity:high @schedule:daily
Feature: Rent a car with my loyalty card
  As a member of the car-rental loyalty programme,
  I want my member price never to be above what anyone pays, and the offer I get by email to match the site,
  so that my loyalty card is worth having and I can trust the price I am shown.

  Scenario: My loyalty price and my emailed offer match what the site shows
    Given I am a member of the loyalty programme
    When I look for a compact car for 5 days starting 2 weeks from today without signing in
    And I look for the same car signed in with my loyalty card
    Then my loyalty price is not above the public price
    When I ask for the offer by email
    Then the emailed offer quotes the price I was shown
