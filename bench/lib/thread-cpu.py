#!/usr/bin/env python3
"""A JVM's CPU time by kind of thread, from /proc: request threads (Tomcat's and Netty's), the JIT compilers, the
garbage collector's threads, and the rest (the VM thread, the read side, the event processors). A JVM that has not
finished compiling spends much of its CPU in its compiler threads, which a steady server does not; this tells the
two apart.
Usage: thread-cpu.py PID > before; ... ; thread-cpu.py PID > after; thread-cpu.py --diff before after PAGES"""
import os
import sys

KINDS = [("requests", ("http-nio-", "reactor-http-")), ("JIT", ("C1 CompilerThre", "C2 CompilerThre")),
         ("GC", ("GC Thread", "G1 "))]


def kind(name):
    return next((k for k, prefixes in KINDS if name.startswith(prefixes)), "other")


def snapshot(pid):
    ticks = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except FileNotFoundError:  # the thread ended meanwhile
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        # utime and stime are fields 14 and 15 of stat, 12th and 13th after the name
        k = kind(name)
        ticks[k] = ticks.get(k, 0) + int(fields[11]) + int(fields[12])
    for k, t in ticks.items():
        print(k, t)


def read(path):
    with open(path) as f:
        return {k: int(v) for k, v in (line.split() for line in f if line.strip())}


def diff(before, after, pages):
    hz = os.sysconf("SC_CLK_TCK")
    a, b = read(after), read(before)
    parts = [f"{k} {1000 * (a.get(k, 0) - b.get(k, 0)) / hz / pages:.1f}" for k, _ in KINDS + [("other", ())]]
    total = sum(a.values()) - sum(b.values())
    print(f"  by thread, ms per page: {', '.join(parts)}; threads that ended in the run not counted"
          f" ({1000 * total / hz / pages:.1f} ms counted)")


if sys.argv[1] == "--diff":
    diff(sys.argv[2], sys.argv[3], int(sys.argv[4]))
else:
    snapshot(sys.argv[1])
