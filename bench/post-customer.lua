-- POST /v1/customers, rotating over many provisioned providers (BENCH_TOKENS_FILE, one token a line),
-- each with a unique domain: the emulator allows 75 customers per provider, so the load spreads over
-- all of them; once every provider is full the answers are 400 800018 (wrk counts them as non-2xx).
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS_FILE")) do tokens[#tokens + 1] = line end
local counter = 0
local id = 0
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
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end
