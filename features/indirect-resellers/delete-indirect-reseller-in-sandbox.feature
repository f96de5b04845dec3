@app-user
Feature: Delete Indirect Reseller in Sandbox
  Source: the Partner Center page "Delete Indirect Reseller in Sandbox" (seed 002),
  published 2021-05-24 and revised 2022-06-15.

  In the integration sandbox, a sandbox indirect provider deletes a sandbox indirect reseller it
  created, with App+User credentials. The reseller's relationship with the provider goes with it.

  @cap:IR-20
  Rule: A sandbox indirect provider deletes a sandbox indirect reseller, which then no longer appears among its resellers

    @quota:indirect-resellers=1
    Scenario: The deleted reseller is gone from the provider's indirect resellers
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When it deletes that indirect reseller
      Then the indirect reseller is deleted
      And that indirect reseller is no longer among its indirect resellers
