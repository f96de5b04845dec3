-- GET /v1/customers/{id} with a bearer token (BENCH_TOKEN); optional fixed pace (BENCH_DELAY_MS per connection)
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
