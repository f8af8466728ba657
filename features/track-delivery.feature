@journey:track-delivery @channel:web @channel:email @channel:sms @owner:logistics @severity:medium @schedule:daily
Feature: Track my delivery
  As a customer waiting for a parcel,
  I want to know when the courier comes, and where else I could collect it,
  so that I am at home for the courier or pick the parcel up myself.

  Scenario: Order with home delivery and follow the parcel
    Given I have ordered something with home delivery
    Then the tracking page tells me in plain words when my parcel arrives
    And I am told before the courier comes when it comes and where else I could collect it
