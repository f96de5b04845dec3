#!/usr/bin/env python3
"""Times shell commands in alternating rounds, so that a change in the machine's load hits every variant alike.

  alternate.py ROUNDS OUT.json -n NAME COMMAND [-n NAME COMMAND ...]

Each run records its wall time, its CPU time (user + system of the command and everything it waited for),
the 1-minute load average when it started and how busy the machine's cores were during it (/proc/stat).
A failing command stops the benchmark: a figure of a broken build would mean nothing.
"""
import json, os, resource, subprocess, sys, time


def cpu_jiffies():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v[:8]) - idle, idle


def main(rounds, out, *args):
    variants = [(args[i + 1], args[i + 2]) for i in range(0, len(args), 3) if args[i] == "-n"]
    runs = {name: [] for name, _ in variants}
    for r in range(int(rounds)):
        order = variants if r % 2 == 0 else list(reversed(variants))
        for name, command in order:
            load = os.getloadavg()[0]
            b0, i0 = cpu_jiffies()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.monotonic()
            done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL)
            wall = time.monotonic() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            b1, i1 = cpu_jiffies()
            if done.returncode != 0:
                sys.exit("failed (%d): %s" % (done.returncode, command))
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            busy = 100 * (b1 - b0) / max(1, (b1 - b0) + (i1 - i0))
            runs[name].append({"wall": wall, "cpu": cpu, "load": load, "busy": busy})
            print("round %d  %-45s wall %6.1f s  cpu %6.1f s  load %.1f  busy %3.0f %%" % (r + 1, name, wall, cpu, load, busy),
                  file=sys.stderr)
    with open(out, "w") as f:
        json.dump(runs, f, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:])
