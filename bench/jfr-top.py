#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording: samples by thread (name without its number), by top frame, and
by the first frame that matches each of a few markers anywhere in the stack (e.g. ObjectDataType, BsonEncoder).
Usage: bench/jfr-top.py recording.jfr [marker ...]   (needs `jfr` of the JDK on the PATH)
Stacks are read to 256 frames (`jfr print` gives 5 unless told; a marker deeper than that was not counted before). The
JVM records 64 frames unless started with -XX:FlightRecorderOptions:stackdepth=256; a portal request is deeper than
that, so record it that way before counting frames near the root (servlet filters, Spring Security)."""
import collections
import re
import subprocess
import sys

recording, markers = sys.argv[1], sys.argv[2:]
text = subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", "jdk.ExecutionSample", recording],
                      capture_output=True, text=True, check=True).stdout
threads, tops, marked, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    frames = re.findall(r"^\s+([\w$.<>]+\([^)]*\))\s+line:", event, re.M)
    if not frames:
        continue
    total += 1
    threads[re.sub(r"[-#\d]+\]?$", "", thread.group(1)) if thread else "?"] += 1
    tops[frames[0]] += 1
    for marker in markers:
        if any(marker in f for f in frames):
            marked[marker] += 1
print(f"{total} CPU samples")
print("By thread:")
for name, n in threads.most_common(15):
    print(f"  {100 * n / total:5.1f}%  {name}")
print("By top frame:")
for name, n in tops.most_common(25):
    print(f"  {100 * n / total:5.1f}%  {name}")
if markers:
    print("Samples with a frame matching (anywhere in the stack):")
    for marker in markers:
        print(f"  {100 * marked[marker] / total:5.1f}%  {marker}")
