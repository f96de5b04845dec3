-- POST /v1/customers, rotating over many provisioned providers (BENCH_TOKENS_FILE, one token a line),
-- each request with a domain and an MS-RequestId no other request of the run has: the thread's number
-- (set in setup(), read as a global: a `local id` here would hide it and both threads would send the
-- same domains, half the answers cheap 409s) and a per-thread counter. The emulator remembers every
-- answer by MS-RequestId (replays), so that memory is exercised as a client's retries would.
-- The emulator allows 75 customers per provider; once every provider is full the answers are
-- 400 800018 (wrk counts them as non-2xx, and run.sh prints that count beside the figure).
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS_FILE")) do tokens[#tokens + 1] = line end
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  counter = id * 7919
end
request = function()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  local body = '{"companyProfile":{"domain":"bench' .. id .. 'n' .. counter .. '.onmicrosoft.com"},'
    .. '"billingProfile":{"email":"ada@example.com","culture":"en-US","language":"en","companyName":"Bench ' .. counter .. '",'
    .. '"defaultAddress":{"country":"US","city":"Redmond","state":"WA","addressLine1":"1 Main St","postalCode":"98052"}}}'
  return wrk.format("POST", "/v1/customers",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["Accept"] = "application/json",
      ["MS-RequestId"] = string.format("00000000-0000-4000-8%03x-%012x", id, counter) }, body)
end
