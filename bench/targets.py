#!/usr/bin/env python3
"""The issue-14 targets beside what bench/run.sh measured (figures.jsonl: one {"key", "value"} a line)."""
import json, statistics, sys

figures = {}
for line in open(sys.argv[1]):
    f = json.loads(line)
    figures.setdefault(f["key"], []).append(f)


def median(key):
    values = [f["value"] for f in figures.get(key, [])]
    return statistics.median(values) if values else None


def non2xx(key):
    return sum(f.get("non2xx", 0) for f in figures.get(key, []))


rows = []


def target(what, measured, ok):
    rows.append("| %s | %s | %s |" % (what, measured, "n/a" if ok is None else "yes" if ok else "**no**"))


wall, cpu = median("suite_wall_ratio"), median("suite_cpu_ratio")
target("suite wall time ≤ 2× its empty build (stretch 1.6×)", "n/a" if wall is None else "%.2f×" % wall,
       None if wall is None else wall <= 2)
target("suite CPU time ≤ 2.5× its empty build", "n/a" if cpu is None else "%.2f×" % cpu, None if cpu is None else cpu <= 2.5)
eg, wg, ep, wp = median("emu_get"), median("wm_get"), median("emu_post"), median("wm_post")
jg, jp = median("jv_get"), median("jv_post")


def ceiling(jv, wm, emu):
    """The bare framework beside the yardstick: how far the target is reachable on this stack at all."""
    return "" if jv is None else "; bare Javalin %.0f requests/s = %.2f× WireMock, the emulator %.0f %% of it" % (
        jv, jv / wm, 100 * emu / jv)


target("emulator GET ≥ 2× WireMock's static answer (medians of the rounds)",
       "%.0f vs %.0f requests/s: %.2f×%s" % (eg, wg, eg / wg, ceiling(jg, wg, eg)), eg >= 2 * wg)
target("emulator POST ≥ 1× WireMock's static answer (every answer 201: %d non-2xx)" % non2xx("emu_post"),
       "%.0f vs %.0f requests/s: %.2f×%s" % (ep, wp, ep / wp, ceiling(jp, wp, ep)), ep >= wp and non2xx("emu_post") == 0)
e0, e10 = median("post_at_0"), median("post_at_10000")
target("POST with 10,000 customers within 10 % of the empty store", "%.0f vs %.0f requests/s: %+.1f %%" % (e10, e0, 100 * (e10 - e0) / e0),
       e10 >= 0.9 * e0)
base, plain, cds = median("cold_baseline"), median("cold_plain"), median("cold_appcds")
cds_token, jit, jit_token = median("cold_appcds_token"), median("cold_appcds_jit"), median("cold_appcds_jit_token")
target("cold start ≤ 0.7 s median (the documented line)",
       "%d ms (its first access token: %s; the archive with the full JIT: %s; no archive: %d ms; jar before: %s)" % (
           cds, "n/a" if cds_token is None else "%d ms" % cds_token,
           "n/a" if jit is None else "%d ms, its first token %d ms" % (jit, jit_token), plain, "n/a" if base is None else "%d ms" % base),
       cds <= 700)
live_wall, live_floor, live_ratio = median("live_wall_default"), median("live_floor"), median("live_ratio")
live_failed = median("live_failed_default")
live_quota_floor, live_quota_ratio = median("live_quota_floor"), median("live_ratio_quota_bound")
target("live run (default parallelism) within 1.5× of its floor, 0 failed",
       "n/a" if live_ratio is None else "%.0f s over a floor of %.0f s: %.2f×, %d failed%s" % (live_wall, live_floor, live_ratio, live_failed,
           "" if live_quota_ratio is None else "; the reseller quota's floor (slot-seconds ÷ 5) %.0f s: %.2f× the larger floor"
           % (live_quota_floor, live_quota_ratio)),
       None if live_ratio is None else live_ratio <= 1.5 and live_failed == 0)
print("| target | measured | reached? |")
print("|---|---|---|")
print("\n".join(rows))
