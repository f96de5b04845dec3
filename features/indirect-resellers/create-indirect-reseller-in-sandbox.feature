@app-user
Feature: Create Indirect Reseller in Sandbox
  Source: the Partner Center page "Create Indirect Reseller in Sandbox" (seed 003),
  published 2021-05-24 and revised 2022-06-17.

  In the integration sandbox, a sandbox indirect provider creates its own sandbox indirect
  resellers through the API, with App+User credentials, to test the indirect model end to end.
  A reseller created this way is active at once and appears among the provider's resellers.

  @cap:IR-10
  Rule: Creating a sandbox indirect reseller returns the new reseller with its tenant, agreement and relationship

    @quota:indirect-resellers=1
    Scenario: The created reseller comes back in full
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And the response describes the new indirect reseller in full

  @cap:IP-03
  Rule: A sandbox indirect provider has an active partnership with each reseller it creates

    @quota:indirect-resellers=1
    Scenario: The new reseller is listed among the provider's indirect resellers
      Given a sandbox indirect provider
      When it creates a sandbox indirect reseller
      Then its indirect resellers include the new one as an active relationship with its PartnerID

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
