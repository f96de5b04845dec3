-- the same requests against the WireMock yardstick (no token check there), with the same headers as
-- get-customer.lua and post-customer.lua so that both servers parse as much; fixed pace as get-customer.lua
local method = os.getenv("BENCH_METHOD") or "GET"
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
local headers = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "none"), ["Accept"] = "application/json" }
local body = nil
if method == "POST" then
  headers["Content-Type"] = "application/json"
end
request = function()
  counter = counter + 1
  headers["MS-RequestId"] = string.format("00000000-0000-4000-a%03x-%012x", id, counter)
  if method == "POST" then
    body = '{"companyProfile":{"domain":"bench' .. id .. 'n' .. counter .. '.onmicrosoft.com"},'
      .. '"billingProfile":{"email":"ada@example.com","culture":"en-US","language":"en","companyName":"Bench ' .. counter .. '",'
      .. '"defaultAddress":{"country":"US","city":"Redmond","state":"WA","addressLine1":"1 Main St","postalCode":"98052"}}}'
  end
  return wrk.format(method, nil, headers, body)
end
