Feature: Partner sandbox capabilities that support reseller relationships
  Source: the Partner Center page "Partner sandbox capabilities that support reseller
  relationship" (seed 000), dated 2020-11-10.

  What the integration sandbox supports for the reseller relationship between a partner and its
  customers, for each kind of sandbox partner: direct bill partners, indirect providers and
  indirect resellers. In the sandbox a partner adds customers itself but cannot invite them, and
  removing a reseller relationship deletes the customer. The page sets this beside what Partner
  Center supports in production; those statements are kept here as reference rules that never
  run against a sandbox.

  Two statements changed in later pages. Indirect providers now create and delete sandbox
  indirect resellers ("Create Indirect Reseller in Sandbox" and "Delete Indirect Reseller in
  Sandbox", 2021-05-24), so RR-08 is kept as superseded. Later versions of this page say
  partners add "new" customers where this one says "existing" ones.

  # ---- Prerequisites of the page -------------------------------------------------------------

  @cap:RR-01 @destructive
  Rule: The sandbox's reseller-relationship calls work with App-only and with App+User credentials
    The page's calls (list customers, delete a customer) take either kind of token. The indirect
    reseller pages of 2021 ask for App+User on their own calls (IR-14, IR-27).

    @makes-customers
    Scenario Outline: A <partner type> lists its customers and removes one, with an <token kind> token
      Given a <partner type>
      And it has created a customer
      And it works with an <token kind> token
      When it lists its customers
      Then that customer is listed
      When it removes its reseller relationship with that customer
      Then the customer is deleted
      And the listing and the removal were made with an <token kind> token
      And that customer is no longer found

      Examples: App-only credentials
        | partner type                | token kind |
        | sandbox direct bill partner | App-only   |
        | sandbox indirect provider   | App-only   |

      @app-user
      Examples: App+User credentials
        | partner type                | token kind |
        | sandbox direct bill partner | App+User   |
        | sandbox indirect provider   | App+User   |

  # ---- Scenarios supporting reseller relationships --------------------------------------------

  @cap:RR-02
  Rule: Sandbox direct bill partners and indirect providers can form a reseller relationship with a sandbox customer

    @makes-customers
    Scenario Outline: A <partner type> adds a customer and becomes its reseller
      Given a <partner type>
      When it creates a customer
      Then the customer is created
      And it is that customer's reseller

      Examples:
        | partner type                |
        | sandbox direct bill partner |
        | sandbox indirect provider   |

  @cap:RR-03 @app-user
  Rule: Sandbox direct bill partners and indirect providers cannot invite sandbox customers

    Scenario Outline: A <partner type> cannot get an invitation for a customer
      Given a <partner type>
      When it asks for a relationship request to invite a new customer
      Then the request is refused because inviting customers is not supported in the sandbox

      Examples:
        | partner type                |
        | sandbox direct bill partner |
        | sandbox indirect provider   |

  # ---- In the sandbox: direct bill partners ---------------------------------------------------

  @cap:RR-04
  Rule: A sandbox direct bill partner can add existing customers
    The page says "existing" customers; later versions of it say "new" ones. In the sandbox the
    partner adds the customer itself, and the customer is then among its customers.

    @makes-customers
    Scenario: The customer a direct bill partner adds is among its customers
      Given a sandbox direct bill partner
      When it creates a customer
      Then the customer is created
      And that customer is among its customers

  @cap:RR-05 @app-user
  Rule: A sandbox direct bill partner cannot request relationships with new customers

    Scenario: A direct bill partner's relationship request is refused
      Given a sandbox direct bill partner
      When it asks for a relationship request to invite a new customer
      Then the request is refused because inviting customers is not supported in the sandbox

  # ---- In the sandbox: indirect providers -----------------------------------------------------

  @cap:RR-06
  Rule: A sandbox indirect provider can add existing customers
    As for direct bill partners: "existing" in this page, "new" in its later versions.

    @makes-customers
    Scenario: The customer an indirect provider adds is among its customers
      Given a sandbox indirect provider
      When it creates a customer
      Then the customer is created
      And that customer is among its customers

  @cap:RR-07 @app-user
  Rule: A sandbox indirect provider cannot request relationships with new customers

    Scenario: An indirect provider's relationship request is refused
      Given a sandbox indirect provider
      When it asks for a relationship request to invite a new customer
      Then the request is refused because inviting customers is not supported in the sandbox

  @cap:RR-08 @superseded
  Rule: (Superseded) A sandbox indirect provider cannot have a relationship with an indirect reseller
    Superseded by "Create Indirect Reseller in Sandbox" (seed 003, 2021-05-24, revised 2022-06-17)
    and "Delete Indirect Reseller in Sandbox" (seed 002, 2021-05-24, revised 2022-06-15): a sandbox
    indirect provider creates sandbox indirect resellers and has an active partnership with each
    (IP-03, IP-08). Kept so that a review sees both statements. Its scenario says the 2020
    statement in the suite's step language; the default tag filter leaves it out, so nothing
    asserts it (run on purpose, it fails: the sandbox follows the later pages).

    Scenario: (2020 statement) A sandbox indirect provider cannot get a sandbox indirect reseller
      Given a sandbox indirect provider
      When it tries to create a sandbox indirect reseller
      Then the request is refused because the 2020 page gives sandbox providers no indirect resellers
      And no indirect reseller has been created for it

  # ---- In the sandbox: indirect resellers -----------------------------------------------------

  @cap:RR-09 @app-user
  Rule: A sandbox indirect reseller can have relationships with existing customers
    Its indirect provider adds the customer for it. Signed in with the admin account it was given
    when it was created, the reseller sees that customer and their relationship.

    @quota:indirect-resellers=1 @makes-customers
    Scenario: An indirect reseller sees the customer its provider added for it, and their relationship
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And it has created a customer for that indirect reseller
      When that indirect reseller, signed in as its own admin, lists its customers
      Then exactly the customers of that indirect reseller are listed
      When that indirect reseller, signed in as its own admin, lists the relationships of that customer
      Then that indirect reseller is listed as the customer's reseller

  @cap:RR-10 @app-user
  Rule: A sandbox indirect reseller cannot request new relationships

    @quota:indirect-resellers=1
    Scenario: An indirect reseller's relationship request is refused
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When that indirect reseller, signed in as its own admin, asks for a relationship request to invite a new customer
      Then the request is refused because inviting customers is not supported in the sandbox

  @cap:RR-11 @app-user
  Rule: A sandbox indirect reseller cannot add new customers
    Later pages say that the provider adds customers for the reseller (IP-05), as RR-09 shows.

    @quota:indirect-resellers=1 @makes-customers
    Scenario: An indirect reseller's attempt to add a customer is refused and adds nothing
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      When that indirect reseller, signed in as its own admin, tries to create a customer
      Then the request is refused because an indirect reseller does not add customers
      And no customer has been created

  # ---- In Partner Center (production): reference only ----------------------------------------
  # These rules describe production accounts. The default tag filter leaves them out; run on
  # purpose against the emulator, RR-P4 runs with its production indirect provider and the others
  # are reported not-run (no target gives the suite such an account, or the step would leave
  # behind a production customer that only a relationship removal, not a delete, could end).

  @cap:RR-P1 @production-only
  Rule: In production, a direct bill partner can add new customers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production direct bill partner adds a new customer
      Given a direct bill partner whose account is not a sandbox
      When it creates a customer
      Then the customer is created

  @cap:RR-P2 @production-only @app-user
  Rule: In production, a direct bill partner can request relationships with new customers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production direct bill partner gets an invitation for a new customer
      Given a direct bill partner whose account is not a sandbox
      When it asks for a relationship request to invite a new customer
      Then it receives a relationship request URL to send to the customer

  @cap:RR-P3 @production-only
  Rule: In production, an indirect provider can add new customers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production indirect provider adds a new customer
      Given an indirect provider whose account is not a sandbox
      When it creates a customer
      Then the customer is created

  @cap:RR-P4 @production-only @app-user
  Rule: In production, an indirect provider can request relationships with new customers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production indirect provider gets an invitation for a new customer
      Given an indirect provider whose account is not a sandbox
      When it asks for a relationship request to invite a new customer
      Then it receives a relationship request URL to send to the customer

  @cap:RR-P5 @production-only @app-user
  Rule: In production, an indirect provider can have relationships with indirect resellers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production indirect provider sees its indirect resellers
      Given an indirect provider whose account is not a sandbox
      And it has a reseller relationship with an indirect reseller
      Then its indirect resellers include that indirect reseller as an active relationship

  @cap:RR-P6 @production-only
  Rule: In production, an indirect reseller can't add new customers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production indirect reseller's attempt to add a customer is refused
      Given an indirect reseller whose account is not a sandbox
      When it tries to create a customer
      Then the request is refused because an indirect reseller does not add customers
      And no customer has been created

  @cap:RR-P7 @production-only @app-user
  Rule: In production, an indirect reseller can request relationships with new customers
    Reference only: a statement about production, never run against a sandbox target.

    Scenario: A production indirect reseller gets an invitation for a new customer
      Given an indirect reseller whose account is not a sandbox
      When it asks for a relationship request to invite a new customer
      Then it receives a relationship request URL to send to the customer

  # ---- Removing a reseller relationship -------------------------------------------------------

  @cap:RR-12 @destructive
  Rule: Sandbox direct bill partners and indirect providers can remove a reseller relationship through the API

    @makes-customers
    Scenario Outline: A <partner type> removes its reseller relationship with a customer
      Given a <partner type>
      And it has created a customer
      When it removes its reseller relationship with that customer
      Then the customer is deleted
      And that customer is no longer found

      Examples:
        | partner type                |
        | sandbox direct bill partner |
        | sandbox indirect provider   |

  @cap:RR-13 @destructive
  Rule: In the sandbox, removing a reseller relationship deletes the customer
    The sandbox removes the relationship by deleting the customer: the relationship goes, and so
    does the customer's tenant. The answer is a success with an empty body.

    @makes-customers
    Scenario Outline: After a <partner type> removes the relationship, the customer is gone
      Given a <partner type>
      And it has created a customer
      When it removes its reseller relationship with that customer
      Then the customer is deleted
      And that customer is no longer found
      And that customer is no longer among its customers

      Examples:
        | partner type                |
        | sandbox direct bill partner |
        | sandbox indirect provider   |

    @app-user @quota:indirect-resellers=1 @makes-customers
    Scenario: A customer of an indirect reseller is gone from the reseller's view and from relationship listings
      Given a sandbox indirect provider
      And it has created a sandbox indirect reseller
      And it has created a customer for that indirect reseller
      When it removes its reseller relationship with that customer
      Then the customer is deleted
      And that customer is no longer found
      And that customer is no longer among the customers of that indirect reseller
      And that customer's relationships can no longer be listed
      When that indirect reseller, signed in as its own admin, lists its customers
      Then that customer is not listed

  # ---- Prerequisite: cancel orders before deleting a customer ---------------------------------

  @cap:RR-14 @destructive
  Rule: All Azure reserved VM instance and software purchase orders must be cancelled before a customer is deleted

    @makes-customers
    Scenario Outline: A customer with an active <purchase> order cannot be deleted
      Given a sandbox direct bill partner
      And it has created a customer
      And that customer has an active <purchase> order
      When it removes its reseller relationship with that customer
      Then the request is refused because a purchase order is still open
      And that customer still exists

      Examples:
        | purchase                   |
        | Azure reserved VM instance |
        | perpetual software         |

    @makes-customers
    Scenario Outline: Once its <purchase> order is cancelled, the customer can be deleted
      Given a sandbox direct bill partner
      And it has created a customer
      And that customer has an active <purchase> order
      When it cancels that order
      Then the order is cancelled
      When it removes its reseller relationship with that customer
      Then the customer is deleted
      And that customer is no longer found

      Examples:
        | purchase                   |
        | Azure reserved VM instance |
        | perpetual software         |

    @makes-customers
    Scenario: A customer whose only purchase is a seat subscription can be deleted
      The page names reserved instances and software only; other purchases do not hold the delete back.

      Given a sandbox direct bill partner
      And it has created a customer
      And that customer has an active seat subscription order
      When it removes its reseller relationship with that customer
      Then the customer is deleted
      And that customer is no longer found

  # ---- Response success and error codes -------------------------------------------------------

  @cap:RR-15
  Rule: Each answer carries an HTTP status and debugging detail, and errors use the Partner Center error format
    Every refusal in this feature is checked the same way: a 4xx status, a numeric error code, a
    description and a source, and the request and correlation ids of the request echoed back.

    @app-user
    Scenario: A refusal comes in the Partner Center error format with the request's ids
      Given a sandbox direct bill partner
      When it asks for a relationship request to invite a new customer
      Then the request is refused because inviting customers is not supported in the sandbox

    Scenario: A success carries its status and the request's ids
      Given a sandbox direct bill partner
      When it lists its customers
      Then the answer has a status and echoes the request and correlation ids
