@app-user
Feature: Delete Indirect Reseller in Sandbox
  Source: the Partner Center page "Delete Indirect Reseller in Sandbox" (seed 002),
  published 2021-05-24 and revised 2022-06-15.

  In the integration sandbox, a sandbox indirect provider deletes a sandbox indirect reseller it
  created, with App+User credentials. The reseller's relationship with the provider goes with it.
  First every subscription of the reseller's customers is suspended and every customer deleted;
  the deletion gives back the reseller's place among the provider's five.

  @cap:IR-20
  Rule: A sandbox indirect provider deletes a sandbox indirect reseller, which then no longer appears among its resellers

    @quota:indirect-resellers=1 @destructive
    Scenario: The deleted reseller is gone from the provider's indirect resellers
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it deletes that indirect reseller
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers

  @cap:IR-21
  Rule: Deleting a sandbox indirect reseller is idempotent

    @quota:indirect-resellers=1 @destructive
    Scenario: Deleting the same reseller again gives the same result
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And it has deleted that indirect reseller
      When it deletes that indirect reseller again
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers

  @cap:IR-22
  Rule: Deleting a sandbox indirect reseller requires a request id and a correlation id

    @quota:indirect-resellers=1 @destructive
    Scenario: With both ids the reseller is deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it deletes that indirect reseller
      Then the indirect reseller is deleted

    @quota:indirect-resellers=1
    Scenario Outline: Without the <id> the delete is refused
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it tries to delete that indirect reseller without the <id>
      Then the request is refused because an id is missing
      And the indirect reseller still exists

      Examples:
        | id             |
        | request id     |
        | correlation id |

  @cap:IR-23
  Rule: Every subscription of every customer of the reseller is suspended before the reseller can be deleted
    The page's order is: suspend every subscription of the reseller's customers, delete the
    customers, then delete the reseller. So a customer of the reseller is not deleted while one of
    its subscriptions is active, and the reseller, which cannot go before its customers (IR-24),
    cannot go before their subscriptions are suspended either.

    @quota:indirect-resellers=1 @makes-customers
    Scenario: A customer of the reseller whose subscription is active cannot be deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      And it has ordered a subscription for that customer with that indirect reseller as partner of record
      When it removes its reseller relationship with that customer
      Then the request is refused because a subscription of the customer is still active
      And that customer still exists
      And that subscription is still active

    @quota:indirect-resellers=1 @makes-customers
    Scenario: A reseller whose customer has an active subscription cannot be deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      And it has ordered a subscription for that customer with that indirect reseller as partner of record
      When it tries to delete that indirect reseller
      Then the request is refused with error 6003
      And the indirect reseller still exists

    @quota:indirect-resellers=1 @destructive @makes-customers
    Scenario: Once the subscription is suspended and the customer deleted, the reseller can be deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      And it has ordered a subscription for that customer with that indirect reseller as partner of record
      And it has suspended that subscription
      And it has deleted that customer
      When it deletes that indirect reseller
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers

  @cap:IR-24
  Rule: Every customer of the reseller is deleted before the reseller can be deleted

    @quota:indirect-resellers=1 @makes-customers
    Scenario: A reseller that still has a customer cannot be deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When it tries to delete that indirect reseller
      Then the request is refused with error 6003
      And the indirect reseller still exists
      And that customer still exists

    @quota:indirect-resellers=1 @destructive @makes-customers
    Scenario: Once its customer is deleted, the reseller can be deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      And it has deleted that customer
      When it deletes that indirect reseller
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers

  @cap:IR-25
  Rule: Deleting a sandbox indirect reseller gives its place among the provider's five back

    @quota:indirect-resellers=5 @destructive
    Scenario: With five resellers, deleting one lets the provider create another
      Given a sandbox indirect provider
      And it has created 5 sandbox indirect resellers
      And it has deleted that indirect reseller
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And it has 5 indirect resellers

  @cap:IR-26
  Rule: An unauthorized token, or an account that is not a sandbox provider, is refused with error 6002

    @quota:indirect-resellers=1
    Scenario Outline: A delete with <token> is refused
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it tries to delete that indirect reseller with <token>
      Then the request is refused with error 6002
      And the indirect reseller still exists

      Examples:
        | token            |
        | an expired token |
        | a forged token   |

    @quota:indirect-resellers=1
    Scenario: A delete by an account that is not a sandbox is refused
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And an indirect provider whose account is not a sandbox
      When it tries to delete that indirect reseller
      Then the request is refused with error 6002
      And the indirect reseller still exists

  @cap:IR-27
  Rule: Deleting a sandbox indirect reseller needs App+User credentials

    @quota:indirect-resellers=1 @destructive
    Scenario: With an App+User token the reseller is deleted
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And it works with an App+User token
      When it deletes that indirect reseller
      Then the indirect reseller is deleted
      And the indirect reseller was deleted with an App+User token

    @quota:indirect-resellers=1
    Scenario: An App-only token is refused
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it tries to delete that indirect reseller with an App-only token
      Then the request is refused with error 900329
      And the indirect reseller still exists

  @cap:IR-28
  Rule: The page's table of errors is what the service answers for each cause it names

    @makes-customers
    Scenario Outline: When <cause>, the answer is <status> with error <code>
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When the documented cause happens: "<cause>"
      Then the request is refused with status <status> and error <code>
      And its indirect resellers are as before the attempt

      @quota:indirect-resellers=1
      Examples: Causes that need one reseller
        | cause                                                                    | status | code |
        | an account that is not a sandbox provider deletes that indirect reseller | 401    | 6002 |
        | it deletes that indirect reseller while it still has a customer         | 403    | 6003 |

      # the attempt takes a slot of its own: with the quota full, the service would answer 6004 first
      @quota:indirect-resellers=2
      Examples: A cause that needs a second reseller slot for the attempt
        | cause                                                                    | status | code |
        | it creates an indirect reseller with a domain prefix that is taken       | 409    | 1003 |

      @quota:indirect-resellers=5 @destructive
      Examples: A cause that fills the provider's quota
        | cause                                                                    | status | code |
        | it creates a sixth indirect reseller                                     | 403    | 6004 |

  @cap:IR-29
  Rule: The path the pages print, with its double slash, reaches the same service as the single-slash path

    @quota:indirect-resellers=1
    Scenario: A reseller is created at the path as printed
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller at the path as printed on the page
      Then the indirect reseller is created
      And its indirect resellers include the new one as an active relationship with its PartnerID

    @quota:indirect-resellers=1 @destructive
    Scenario: A reseller is deleted at the path as printed
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it deletes that indirect reseller at the path as printed on the page
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers
