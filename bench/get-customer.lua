-- GET /v1/customers/{id} with a bearer token (BENCH_TOKEN) and a fresh MS-RequestId per request, as the
-- SDKs send it; optional fixed pace (BENCH_DELAY_MS per connection)
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
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Accept"] = "application/json" }
request = function()
  counter = counter + 1
  headers["MS-RequestId"] = string.format("00000000-0000-4000-9%03x-%012x", id, counter)
  return wrk.format("GET", nil, headers)
end
