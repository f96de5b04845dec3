-- the same requests against the WireMock yardstick (no token check there); fixed pace as get-customer.lua
wrk.headers["Accept"] = "application/json"
local method = os.getenv("BENCH_METHOD") or "GET"
wrk.method = method
if method == "POST" then
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"companyProfile":{"domain":"bench.onmicrosoft.com"}}'
end
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
