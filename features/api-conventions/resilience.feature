@resilience @emulator-only
Feature: Riding out throttling and outages
  Source: Partner Center API conventions, throttling guidance (reference/partner-center-api.md,
  sections 5 and 6), revised 2022-07-18.

  Partner Center answers a caller that sends too much with "429 Too Many Requests" and says how
  long to wait (Retry-After), and may answer "503 Service Unavailable" for a while. The suite's
  client waits as told, or backs off a little longer each time, and sends the same call again
  with the same request ID, so that Partner Center treats it as the same operation: nothing is
  created twice. When the fault lasts longer than the client's retries, the call fails and says
  which call it was and what kept answering.

  These scenarios make the emulator misbehave on purpose (fault injection), so they run only
  against the emulator; a live run reports them as not run.

  Background:
    Given a sandbox indirect provider

  @cap:X-03
  Rule: A throttled or unavailable call is sent again after the wait, with the same request ID, and nothing is created twice

    @quota:indirect-resellers=1
    Scenario: Partner Center throttles the first two attempts to create a reseller
      Given Partner Center will throttle its next 2 requests to create an indirect reseller, asking to wait 1 second
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And all 3 attempts carried the same request ID
      And the provider has exactly 1 indirect reseller

    @quota:indirect-resellers=1
    Scenario: Partner Center is unavailable for the first two attempts to create a reseller
      Given Partner Center will be unavailable for its next 2 requests to create an indirect reseller
      When it creates a sandbox indirect reseller
      Then the indirect reseller is created
      And all 3 attempts carried the same request ID
      And the provider has exactly 1 indirect reseller

    Scenario: Throttling that outlasts the retries ends in a clear failure
      Given Partner Center will keep throttling every request to create an indirect reseller, asking to wait 1 second
      When it tries to create a sandbox indirect reseller while that lasts
      Then the attempt fails with a message that names the call, the refusal 429 and the injected fault
      And every attempt carried the same request ID
      And the provider has exactly 0 indirect resellers

    Scenario: An outage that outlasts the retries ends in a clear failure
      Given Partner Center will stay unavailable for every request to create an indirect reseller
      When it tries to create a sandbox indirect reseller while that lasts
      Then the attempt fails with a message that names the call, the refusal 503 and the injected fault
      And every attempt carried the same request ID
      And the provider has exactly 0 indirect resellers
