Feature: Partner Center REST conventions
  Source: the Partner Center reference pages on request headers, collections and paging, and
  authentication (shared/reference/partner-center-api.md, sections 2, 3 and 6): rules that every
  scenario of the sandbox pages relies on.

  Every call carries a request id and a correlation id, which come back with the answer; lists come
  as Collections, page by page; and the tokens, of either kind, come from the Azure AD token endpoint.

  @cap:X-01
  Rule: The request id and the correlation id a call sends come back with its answer

    Scenario: Reads, writes and refusals all carry back the ids they were sent with
      Given a sandbox indirect provider
      When it creates a customer
      And it opens that customer
      And it lists its customers
      And it tries to open a customer that does not exist
      Then every answer carried back the request id and correlation id its call sent

  @cap:X-02
  Rule: A long list comes as Collections, page by page, each page pointing to the next

    @quota:customers=30
    Scenario: Thirty customers, ten at a time
      Given a sandbox indirect provider
      And it has 30 customers
      When it lists its customers 10 at a time, following each next page link to the end
      Then it went through 3 pages of at most 10 customers, each a Collection
      And the pages together hold its 30 customers, each once

  @cap:X-04
  Rule: App-only and App+User tokens both come from the Azure AD token endpoint, through the same client code

    @app-user
    Scenario: A provider works with a token of each kind
      Given a sandbox indirect provider
      When it lists its customers with an App-only token
      And it lists its customers with an App+User token
      Then it used a token of each kind, each issued by the token endpoint for its own account, and both were accepted
