@app-user
Feature: Create Indirect Reseller in Sandbox
  Source: the Partner Center page "Create Indirect Reseller in Sandbox" (seed 003),
  published 2021-05-24 and revised 2022-06-17.

  In the integration sandbox, a sandbox indirect provider creates its own sandbox indirect
  resellers through the API, with App+User credentials, to test the indirect model end to end.
  A reseller created this way is active at once and appears among the provider's resellers.
  The page's table of capabilities comes first, then its rules, then its API.

  # The capability table: what a sandbox indirect provider can do

  @cap:IP-01
  Rule: The provider sells through a sandbox indirect reseller to the end customer

    @quota:indirect-resellers=1 @makes-customers
    Scenario: An order naming the reseller as partner of record gives the customer an active subscription credited to the reseller
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When it orders a subscription for that customer with that indirect reseller as partner of record
      Then the order is placed
      And that customer has an active subscription with that indirect reseller as partner of record

  @cap:IP-02
  Rule: The provider, not the reseller, owns sales, billing, provisioning and support of the reseller's customers

    @quota:indirect-resellers=1 @makes-customers
    Scenario: The provider sees the orders of the reseller's customer and suspends its subscription
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      And it has ordered a subscription for that customer with that indirect reseller as partner of record
      When it suspends that subscription
      Then the subscription is suspended
      And that order is among the orders of that customer

    @quota:indirect-resellers=1 @makes-customers
    Scenario: The reseller cannot place an order for its customer
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When that indirect reseller, signed in as its own admin, tries to order a subscription for that customer
      Then the request is refused because the provider, not the reseller, orders for the customer
      And that customer still has no orders

  @cap:IP-03
  Rule: A sandbox indirect provider has an active partnership with each reseller it creates

    @quota:indirect-resellers=1
    Scenario: The new reseller is listed among the provider's indirect resellers
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then its indirect resellers include the new one as an active relationship with its PartnerID

  @cap:IP-04
  Rule: The provider can view its customers reseller by reseller

    @quota:indirect-resellers=2 @makes-customers
    Scenario: Asking for one reseller's customers gives exactly that reseller's customers
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      And it has created another sandbox indirect reseller with 2 customers
      And it has created 1 customer of its own
      When it lists the customers of that indirect reseller
      Then exactly the customers of that indirect reseller are listed

  @cap:IP-05
  Rule: The provider adds customers for its sandbox indirect resellers

    @quota:indirect-resellers=1 @makes-customers
    Scenario: A customer created for a reseller is that reseller's customer
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it creates a customer for that indirect reseller
      Then the customer is created as a reseller customer of that indirect reseller

  @cap:IP-06
  Rule: Inviting customers is not supported in the sandbox

    Scenario: A sandbox indirect provider cannot ask for a customer relationship request
      Given a sandbox indirect provider
      When it asks for a relationship request to invite a new customer
      Then the request is refused because inviting customers is not supported in the sandbox

  @cap:IP-07
  Rule: When ordering, the provider names a sandbox reseller's PartnerID as partner of record, and no other

    @quota:indirect-resellers=1 @makes-customers
    Scenario: The reseller's PartnerID is accepted as partner of record
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When it orders a subscription for that customer with that indirect reseller as partner of record
      Then the order is placed
      And the order names that indirect reseller as partner of record

    @quota:indirect-resellers=1 @makes-customers
    Scenario Outline: <partner> is refused as partner of record
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When it orders a subscription for that customer with <partner> as partner of record
      Then the request is refused with error <code>
      And that customer still has no orders

      Examples:
        | partner              | code   |
        | an unknown PartnerID | 800015 |
        | its own PartnerID    | 2072   |

  @cap:IP-08
  Rule: Only a sandbox indirect provider can create a sandbox indirect reseller

    @quota:indirect-resellers=1
    Scenario: A sandbox indirect provider creates a sandbox indirect reseller
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created

    Scenario: An indirect provider that is not a sandbox account is refused
      Given an indirect provider whose account is not a sandbox
      When it tries to create a sandbox indirect reseller
      Then the request is refused with error 6002
      And no indirect reseller has been created for it

  @cap:IP-09
  Rule: A sandbox reseller is created with a sandbox PartnerID; a production PartnerID does not work

    @quota:indirect-resellers=1
    Scenario: A sandbox PartnerID is accepted
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And the indirect reseller has the PartnerID it was given

    Scenario: A production PartnerID is refused
      Given a sandbox indirect provider
      When it tries to create a sandbox indirect reseller with a production PartnerID
      Then the request is refused because the PartnerID is a production one
      And no indirect reseller has been created for it

  @cap:IP-10
  Rule: Only a sandbox indirect provider can delete a sandbox indirect reseller

    @quota:indirect-resellers=1 @destructive
    Scenario: A sandbox indirect provider deletes its sandbox indirect reseller
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it deletes that indirect reseller
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers

    @quota:indirect-resellers=1
    Scenario: An account that is not a sandbox cannot delete a sandbox indirect reseller
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And an indirect provider whose account is not a sandbox
      When it tries to delete that indirect reseller
      Then the request is refused with error 6002
      And the indirect reseller still exists

  # The rules of the page: limits, customers, PartnerIDs, and the reseller's own view

  @cap:IR-01
  Rule: A sandbox indirect provider has at most five sandbox indirect resellers

    @quota:indirect-resellers=5 @destructive
    Scenario: Five resellers can be created
      Given a sandbox indirect provider
      When it creates 5 sandbox indirect resellers
      Then it has 5 indirect resellers

    @quota:indirect-resellers=5 @destructive
    Scenario: The sixth reseller is refused
      Given a sandbox indirect provider
      And it has created 5 sandbox indirect resellers
      When it tries to create a sandbox indirect reseller
      Then the request is refused with error 6004
      And it still has 5 indirect resellers

  @cap:IR-02
  Rule: The provider's customers can have a sandbox indirect reseller as associated partner

    @quota:indirect-resellers=1 @makes-customers
    Scenario: Read back, the customer names the reseller as its associated partner and its indirect reseller
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When it opens that customer
      Then the customer is returned as a reseller customer of that indirect reseller
      And that customer's indirect reseller is that indirect reseller

  @cap:IR-03
  Rule: A PartnerID belongs to a region, and several sandbox resellers may share one sandbox PartnerID

    @quota:indirect-resellers=2
    Scenario: Two resellers share one sandbox PartnerID
      Given a sandbox indirect provider
      When it creates 2 sandbox indirect resellers with the same PartnerID
      Then they are all created with that PartnerID, each with an account of its own

    Scenario: A reseller in a country outside its PartnerID's region is refused
      Given a sandbox indirect provider
      When it tries to create a sandbox indirect reseller in a country outside its PartnerID's region
      Then the request is refused because the PartnerID belongs to another region
      And no indirect reseller has been created for it

  @cap:IR-04
  Rule: A sandbox indirect provider has at most 75 customers

    @quota:customers=75 @destructive
    Scenario: The 76th customer is refused
      Given a sandbox indirect provider
      And it has 75 customers
      When it tries to create another customer
      Then the request is refused with error 800018
      And it still has 75 customers

  @cap:IR-05
  Rule: A sandbox reseller sees the customers its provider created for it

    @quota:indirect-resellers=1 @makes-customers
    Scenario: Signed in as itself, the reseller lists exactly its customers
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 2 customers
      And it has created 1 customer of its own
      When that indirect reseller, signed in as its own admin, lists its customers
      Then exactly the customers of that indirect reseller are listed

  @cap:IR-06
  Rule: A sandbox reseller opens its customers, which allow it delegated admin access, and cannot open other customers
    The page says the reseller manages its customers with delegated admin permissions. What the
    API shows of it is the read: the reseller's own customer comes back with delegated access
    allowed, another customer of its provider is refused. Orders, suspensions and deletes are the
    provider's (IP-02).

    @quota:indirect-resellers=1 @makes-customers
    Scenario: The reseller opens its customer with delegated admin access
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller with 1 customer
      When that indirect reseller, signed in as its own admin, opens that customer
      Then the customer is returned with delegated admin access allowed

    @quota:indirect-resellers=1 @makes-customers
    Scenario: The reseller cannot open a customer it has no relationship with
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And it has created 1 customer of its own
      When that indirect reseller, signed in as its own admin, tries to open a customer of its provider that is not its own
      Then the request is refused with error 20002

  # The API of the page

  @cap:IR-10
  Rule: Creating a sandbox indirect reseller returns the new reseller with its tenant, agreement and relationship

    @quota:indirect-resellers=1
    Scenario: The created reseller comes back in full
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And the response describes the new indirect reseller in full

  @cap:IR-11
  Rule: Creating a sandbox indirect reseller is idempotent

    @quota:indirect-resellers=1
    Scenario: The same request sent twice with the same request id creates one reseller
      Given a sandbox indirect provider
      When it sends the same sandbox indirect reseller request twice with the same request id
      Then both answers describe the same indirect reseller
      And only one indirect reseller has been added to its indirect resellers

  @cap:IR-12
  Rule: Creating a sandbox indirect reseller requires a request id and a correlation id

    @quota:indirect-resellers=1
    Scenario: With both ids the reseller is created
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created

    Scenario Outline: Without the <id> the create is refused
      Given a sandbox indirect provider
      When it tries to create a sandbox indirect reseller without the <id>
      Then the request is refused because an id is missing
      And no indirect reseller has been created for it

      Examples:
        | id             |
        | request id     |
        | correlation id |

  @cap:IR-13
  Rule: The create request carries the PartnerID, the tenant, the legal business profile and the organization language, with their listed properties

    @quota:indirect-resellers=1
    Scenario: The PartnerID may be given under the name the 2022 table uses
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller with its PartnerID given as partnerId
      Then the indirect reseller is created
      And the indirect reseller has the PartnerID it was given

    Scenario Outline: Without <property> the create is refused, and the refusal names it
      Given a sandbox indirect provider
      When it tries to create a sandbox indirect reseller without the property "<property>"
      Then the request is refused, naming "<property>"
      And no indirect reseller has been created for it

      Examples:
        | property                            |
        | mpnId                               |
        | tenant                              |
        | tenant.domainPrefix                 |
        | tenant.name                         |
        | tenant.displayName                  |
        | tenant.adminUserName                |
        | tenant.adminFirstName               |
        | tenant.adminLastName                |
        | tenant.adminAlternateEmail          |
        | tenant.country                      |
        | tenant.culture                      |
        | legalBusinessProfile                |
        | legalBusinessProfile.companyName    |
        | legalBusinessProfile.address        |
        | legalBusinessProfile.primaryContact |
        | legalBusinessProfile.culture        |
        | organizationProfileLanguage         |

  @cap:IR-14
  Rule: Creating a sandbox indirect reseller needs App+User credentials

    @quota:indirect-resellers=1
    Scenario: With an App+User token the reseller is created
      Given a sandbox indirect provider
      And it works with an App+User token
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And the indirect reseller was created with an App+User token

    Scenario: An App-only token is refused
      Given a sandbox indirect provider
      When it tries to create a sandbox indirect reseller with an App-only token
      Then the request is refused with error 900329
      And no indirect reseller has been created for it

  @cap:IR-15
  Rule: A domain prefix that is already taken conflicts

    # the attempt takes a slot of its own: with the quota full, the service would answer 6004 first
    @quota:indirect-resellers=2
    Scenario: A second reseller with the same domain prefix is refused
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it tries to create another sandbox indirect reseller with the same domain prefix
      Then the request is refused with error 1003
      And its indirect resellers are as before the attempt
