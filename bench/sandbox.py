#!/usr/bin/env python3
"""Benchmark helper: provisions providers and tokens on a running emulator, creates customers.

  sandbox.py provision BASE N TOKENS_FILE     N indirect providers; their App+User tokens, one a line;
                                              prints one provider's tenant/clientId/clientSecret and a customer id
  sandbox.py customers BASE N THREADS         N customers spread over ceil(N/75) fresh providers (75 each)
  sandbox.py wait BASE TIMEOUT_S              waits until the emulator answers; prints milliseconds
"""
import concurrent.futures, http.client, json, math, sys, time, urllib.parse, uuid

RESOURCE = "https://api.partnercenter.microsoft.com"


class Client:
    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)

    def call(self, method, path, body=None, headers=None, form=False):
        headers = dict(headers or {})
        data = None
        if body is not None:
            if form:
                data = urllib.parse.urlencode(body)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                data = json.dumps(body)
                headers["Content-Type"] = "application/json"
        self.conn.request(method, path, data, headers)
        r = self.conn.getresponse()
        text = r.read().decode()
        return r.status, (json.loads(text) if text else None)


def provider(c):
    status, acc = c.call("POST", "/_emulator/accounts", {"role": "indirectProvider"})
    assert status == 201, (status, acc)
    status, tok = c.call("POST", "/%s/oauth2/token" % acc["tenantId"], {
        "grant_type": "password", "client_id": acc["app"]["clientId"], "username": acc["user"]["userName"],
        "password": acc["user"]["password"], "resource": RESOURCE}, form=True)
    assert status == 200, (status, tok)
    return acc, tok["access_token"]


def customer_body(n):
    return {"companyProfile": {"domain": "mem%s.onmicrosoft.com" % uuid.uuid4().hex[:16]},
            "billingProfile": {"email": "ada@example.com", "culture": "en-US", "language": "en",
                               "companyName": "Memory %d" % n,
                               "defaultAddress": {"country": "US", "city": "Redmond", "state": "WA",
                                                  "addressLine1": "1 Main St", "postalCode": "98052"}}}


def provision(base, n, tokens_file):
    n, threads = int(n), 4

    def run(count):
        c = Client(base)
        return [provider(c) for _ in range(count)]

    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        accounts = [a for chunk in pool.map(run, [n // threads + (1 if i < n % threads else 0) for i in range(threads)])
                    for a in chunk]
    with open(tokens_file, "w") as out:
        out.writelines(token + "\n" for _, token in accounts)
    c = Client(base)
    acc, token = accounts[0]
    status, cust = c.call("POST", "/v1/customers", customer_body(0), {"Authorization": "Bearer " + token})
    assert status == 201, (status, cust)
    print(acc["tenantId"], acc["app"]["clientId"], acc["app"]["clientSecret"], cust["id"], token)


def customers(base, n, threads):
    n, threads = int(n), int(threads)
    providers = math.ceil(n / 75)
    c = Client(base)
    tokens = [provider(c)[1] for _ in range(providers)]
    jobs = [(tokens[i // 75], i) for i in range(n)]

    def run(chunk):
        cl = Client(base)
        for token, i in chunk:
            status, body = cl.call("POST", "/v1/customers", customer_body(i), {"Authorization": "Bearer " + token})
            assert status == 201, (status, body)
        return len(chunk)

    chunks = [jobs[i::threads] for i in range(threads)]
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        done = sum(pool.map(run, chunks))
    print(done, providers)


def wait(base, timeout):
    start = time.monotonic()
    while time.monotonic() - start < float(timeout):
        try:
            status, _ = Client(base).call("GET", "/_emulator/accounts")
            if status == 200:
                print(int((time.monotonic() - start) * 1000))
                return
        except OSError:
            time.sleep(0.005)
    sys.exit("no answer from %s within %s s" % (base, timeout))


if __name__ == "__main__":
    {"provision": provision, "customers": customers, "wait": wait}[sys.argv[1]](*sys.argv[2:])
