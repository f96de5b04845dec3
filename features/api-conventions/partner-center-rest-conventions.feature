Feature: Partner Center REST conventions
  Source: the Partner Center reference pages on request headers, collections and paging, and
  authentication (shared/reference/partner-center-api.md, sections 2, 3 and 6): rules that every
  scenario of the sandbox pages relies on.

  Every call carries a request id and a correlation id, which come back with the answer; lists come
  as Collections, page by page; the tokens, of either kind, come from the Azure AD token endpoint;
  and a token that acts for a user is accepted only when that user signed in with a second factor.

  @cap:X-01
  Rule: The request id and the correlation id a call sends come back with its answer

    @makes-customers
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

  @cap:X-05
  Rule: A call made for a user is accepted only when that user signed in with a second factor

    Scenario: A user who signed in with a password only is refused
      Given a sandbox indirect provider whose user signs in without a second factor
      When it lists its customers with an App+User token
      Then the request is refused with status 401 and error 900421

    Scenario: The same partner's calls as an application alone are not affected
      Given a sandbox indirect provider whose user signs in without a second factor
      When it lists its customers with an App-only token
      Then its customers are listed

    @app-user
    Scenario: A user who signed in with a second factor is served
      Given a sandbox indirect provider
      When it lists its customers with an App+User token
      Then its App+User token records a sign-in with a second factor
      And its customers are listed
