-- POST /{tenant}/oauth2/token, client_credentials (BENCH_TENANT, BENCH_CLIENT_ID, BENCH_CLIENT_SECRET)
wrk.method = "POST"
wrk.path = "/" .. os.getenv("BENCH_TENANT") .. "/oauth2/token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=" .. os.getenv("BENCH_CLIENT_ID")
  .. "&client_secret=" .. os.getenv("BENCH_CLIENT_SECRET")
  .. "&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com"
