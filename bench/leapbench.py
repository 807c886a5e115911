#!/usr/bin/env python3
"""Benchmark driver for Leap Entra Setup (`./dev bench`, issue 10). Standard library only.

Run through the `leap-bench` launcher (bench/launcher.cpp), which passes the paths of the programs
this build made. Three parts, see BENCHMARKS.md for the method and the targets:
  1. start-up: process start -> first wizard page painted, and peak RSS, for
     `leap-entra-setup --sandbox` and the bare two-page QWizard (median of --runs runs, Xvfb);
  2. round trips: configure, rotate-secret, verify against a separate leap-entra-sandbox with
     0 / 50 / 200 ms injected latency per request: wall time, requests, sequential depth,
     duplicates;
  3. idle cost: CPU and wake-ups of the wizard waiting on its first page.
Everything runs inside a private D-Bus session with an unlocked throw-away gnome-keyring and fresh
HOME/XDG directories (the recipe of `dev`'s headless()), so no real keyring or profile is touched.
"""

import argparse
import datetime
import json
import os
import platform
import re
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

MARKER = re.compile(rb"leap-bench: first-paint monotonic_ns=(\d+) since_start_ms=(-?[\d.]+)")
TENANT = "contoso.onmicrosoft.com"
LEAP_HOST = "leap.example.com"

# Targets from issue 10.
STARTUP_RATIO_MAX = 1.3
PEAK_RSS_MAX_MB = 60.0
DEPTH_SLACK = 1

# Minimum sequential depth (round trips on the critical path) the dependencies allow; the
# derivation is in BENCHMARKS.md ("Minimum depth").
MIN_DEPTH = {
    # devicecode (discovery in parallel) -> token -> {Graph SP lookup || app lookup} -> create app
    # -> create SP (|| addPassword) -> {appRoleAssignedTo x2 || oauth2PermissionGrant}
    "configure": 6,
    # refresh token (discovery in parallel) -> addPassword (|| list for orphans)
    # -> client-credentials token with the new secret (proves it works)
    "rotate-secret": 3,
    # client-credentials token -> {GET users || GET groups}
    "verify": 2,
}


def log(msg):
    print(f"leap-bench: {msg}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else None


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return [float(x) for x in f.read().split()[:3]]
    except OSError:
        return None


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_commit(src):
    try:
        head = subprocess.run(["git", "-C", src, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", src, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return head + ("+uncommitted" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


# -------------------------------------------------------------------------------------------------
# Processes
# -------------------------------------------------------------------------------------------------
class Run:
    """One measured child: wall time, rusage from wait4 (peak RSS, CPU), stderr, first paint."""

    def __init__(self):
        self.start_ns = 0
        self.end_ns = 0
        self.status = None
        self.rusage = None
        self.stdout = b""
        self.stderr = b""
        self.paint_ns = None
        self.paint_self_ms = None
        self.timed_out = False

    @property
    def wall_ms(self):
        return (self.end_ns - self.start_ns) / 1e6

    @property
    def first_paint_ms(self):
        return None if self.paint_ns is None else (self.paint_ns - self.start_ns) / 1e6

    @property
    def maxrss_mb(self):
        return None if self.rusage is None else self.rusage.ru_maxrss / 1024.0

    @property
    def cpu_ms(self):
        return None if self.rusage is None else (self.rusage.ru_utime + self.rusage.ru_stime) * 1000

    @property
    def exit_code(self):
        if self.status is None:
            return None
        return os.waitstatus_to_exitcode(self.status)


def spawn(argv, env, timeout_s, on_paint=None):
    """Runs argv to its end; measures from just before fork to wait4. on_paint(proc, run) is called
    when the first-paint line arrives (it may stop the process)."""
    run = Run()
    run.start_ns = time.monotonic_ns()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, "out")
    sel.register(proc.stderr, selectors.EVENT_READ, "err")
    deadline = time.monotonic() + timeout_s
    open_streams = 2
    while open_streams:
        left = deadline - time.monotonic()
        if left <= 0:
            if run.timed_out:
                break  # killed 10 s ago and the pipes are still open: give up on them
            run.timed_out = True
            proc.kill()
            deadline = time.monotonic() + 10
            continue
        for key, _ in sel.select(timeout=min(left, 0.5)):
            chunk = os.read(key.fileobj.fileno(), 65536)
            if not chunk:
                sel.unregister(key.fileobj)
                open_streams -= 1
                continue
            if key.data == "out":
                run.stdout += chunk
            else:
                run.stderr += chunk
                if run.paint_ns is None:
                    m = MARKER.search(run.stderr)
                    if m:
                        run.paint_ns = int(m.group(1))
                        run.paint_self_ms = float(m.group(2))
                        if on_paint:
                            on_paint(proc, run)
    _, status, rusage = os.wait4(proc.pid, 0)
    run.end_ns = time.monotonic_ns()
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    run.status, run.rusage = status, rusage
    proc.stdout.close()
    proc.stderr.close()
    return run


def tail(data, lines=15):
    return "\n".join(data.decode(errors="replace").splitlines()[-lines:])


# -------------------------------------------------------------------------------------------------
# Environment: private D-Bus session + keyring (outer), Xvfb (inner)
# -------------------------------------------------------------------------------------------------
def reexec_headless(args):
    """Re-runs this driver inside dbus-run-session with an unlocked throw-away keyring and fresh
    HOME/XDG directories (as `dev`'s headless()); returns its exit code."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if not shutil.which(tool):
            log(f"{tool} is missing (Debian: dbus, gnome-keyring)")
            return 1
    tmp = tempfile.mkdtemp(prefix="leap-bench.")
    try:
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XAUTHORITY")}
        for d in ("home", "runtime", "config", "data", "cache"):
            os.makedirs(os.path.join(tmp, d), mode=0o700)
        env.update(HOME=f"{tmp}/home", XDG_RUNTIME_DIR=f"{tmp}/runtime",
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data",
                   XDG_CACHE_HOME=f"{tmp}/cache", LEAP_BENCH_INNER=tmp, LC_ALL="C.UTF-8")
        env.pop("QT_QPA_PLATFORM", None)
        cmd = ["dbus-run-session", "--", "sh", "-c",
               'echo -n leap-bench-pass | gnome-keyring-daemon --unlock --components=secrets '
               '>/dev/null; exec "$@"', "sh", sys.executable, os.path.abspath(__file__)] + args
        return subprocess.run(cmd, env=env).returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class Xvfb:
    """A private X server (the same as `xvfb-run -a -s '-screen 0 1280x800x24'`, with the display
    number chosen by the server itself through -displayfd, so parallel runs cannot collide)."""

    def __init__(self):
        self.proc = None
        self.display = None

    def __enter__(self):
        r, w = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
             "-noreset"], pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        data = b""
        deadline = time.monotonic() + 30
        while not data.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(r, 64)
            if not chunk:
                break
            data += chunk
        os.close(r)
        if not data.strip():
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + data.decode().strip()
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def scratch_env(base, name):
    """Fresh profile/data directories for one scenario (the keyring stays the session's)."""
    root = os.path.join(os.environ["LEAP_BENCH_INNER"], name)
    env = dict(base)
    for d in ("config", "data", "cache"):
        os.makedirs(os.path.join(root, d), mode=0o700, exist_ok=True)
    env.update(XDG_CONFIG_HOME=f"{root}/config", XDG_DATA_HOME=f"{root}/data",
               XDG_CACHE_HOME=f"{root}/cache")
    return env


# -------------------------------------------------------------------------------------------------
# 1. Start-up
# -------------------------------------------------------------------------------------------------
def bench_startup(opts, display):
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
               LEAP_BENCH_EXIT_AFTER_FIRST_PAINT="1")
    env = scratch_env(env, "startup")
    targets = {"bare": [opts.bare], "product": [opts.setup, "--sandbox"]}
    samples = {k: [] for k in targets}
    failures = []
    # One warm-up round (page cache, font cache, the sandbox tenant file), then alternate the two
    # programs so that load changes on the machine hit both alike.
    for i in range(opts.runs + 1):
        order = list(targets) if i % 2 == 0 else list(reversed(list(targets)))
        for name in order:
            run = spawn(targets[name], env, timeout_s=90)
            if run.first_paint_ms is None:
                failures.append(f"{name}: no first paint (exit {run.exit_code}"
                                f"{', timed out' if run.timed_out else ''}): {tail(run.stderr, 5)}")
                continue
            if i == 0:
                continue
            samples[name].append({"firstPaintMs": round(run.first_paint_ms, 1),
                                  "firstPaintSelfMs": run.paint_self_ms,
                                  "peakRssMb": round(run.maxrss_mb, 1),
                                  "cpuMs": round(run.cpu_ms, 1),
                                  "exit": run.exit_code})
    result = {"platform": "xcb on Xvfb 1280x800x24", "runs": opts.runs, "failures": failures}
    for name, runs in samples.items():
        result[name] = {
            "runs": runs,
            "medianFirstPaintMs": median([r["firstPaintMs"] for r in runs]),
            "minFirstPaintMs": min([r["firstPaintMs"] for r in runs], default=None),
            "medianPeakRssMb": median([r["peakRssMb"] for r in runs]),
            "medianCpuMs": median([r["cpuMs"] for r in runs]),
        }
    b, p = result["bare"]["medianFirstPaintMs"], result["product"]["medianFirstPaintMs"]
    result["ratio"] = round(p / b, 2) if b and p else None
    bc, pc = result["bare"]["medianCpuMs"], result["product"]["medianCpuMs"]
    result["cpuRatio"] = round(pc / bc, 2) if bc and pc else None
    return result


# -------------------------------------------------------------------------------------------------
# 3. Idle cost
# -------------------------------------------------------------------------------------------------
def proc_counters(pid):
    """CPU ns (schedstat, all threads), CPU ticks (stat utime+stime), context switches."""
    ns = ticks = switches = 0
    threads = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        base = f"/proc/{pid}/task/{tid}"
        try:
            with open(base + "/schedstat") as f:
                ns += int(f.read().split()[0])
            with open(base + "/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
            with open(base + "/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            threads += 1
        except (OSError, IndexError, ValueError):
            pass  # the thread ended meanwhile
    return ns, ticks, switches, threads


def vm_hwm_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return None


def bench_idle(opts, display):
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LEAP_BENCH_REPORT_FIRST_PAINT="1")
    env = scratch_env(env, "idle")
    tick_ms = 1000.0 / os.sysconf("SC_CLK_TCK")
    out = {"seconds": opts.idle_seconds, "settleSeconds": 2}
    for name, argv in (("bare", [opts.bare]), ("product", [opts.setup, "--sandbox"])):
        measured = {}

        def on_paint(proc, run, measured=measured):
            # Let start-up work settle, then count what the process does while nobody touches it.
            time.sleep(out["settleSeconds"])
            a = proc_counters(proc.pid)
            time.sleep(opts.idle_seconds)
            b = proc_counters(proc.pid)
            measured.update(cpuMs=round((b[0] - a[0]) / 1e6, 2),
                            cpuTicksMs=round((b[1] - a[1]) * tick_ms, 1),
                            wakeupsPerSec=round((b[2] - a[2]) / opts.idle_seconds, 1),
                            threads=b[3], vmHwmMb=round(vm_hwm_mb(proc.pid), 1))
            proc.send_signal(signal.SIGTERM)

        run = spawn(argv, env, timeout_s=90 + opts.idle_seconds, on_paint=on_paint)
        if not measured:
            measured["error"] = f"no first paint (exit {run.exit_code}): {tail(run.stderr, 5)}"
        else:
            measured["cpuPercent"] = round(measured["cpuMs"] / (opts.idle_seconds * 10), 3)
        out[name] = measured
    return out


# -------------------------------------------------------------------------------------------------
# 2. Round trips
# -------------------------------------------------------------------------------------------------
class Sandbox:
    def __init__(self, exe, env):
        self.exe, self.env = exe, env
        self.proc = None
        self.base = None

    def __enter__(self):
        self.proc = subprocess.Popen([self.exe, "--listen", "127.0.0.1:0", "--auto-approve"],
                                     env=self.env, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        line = self.proc.stdout.readline().decode().strip()
        m = re.match(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if not m:
            self.proc.kill()
            raise RuntimeError(f"leap-entra-sandbox did not start: {line!r}")
        self.base = m.group(1).rstrip("/")
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            text = r.read()
        return json.loads(text) if text else None


def critical_path(requests):
    """Longest chain of requests where each starts after the previous one was answered (from the
    sandbox's log: arrival time and duration in ms). Concurrent requests share a level."""
    spans = sorted((r["time"], r["time"] + r["durationMs"]) for r in requests)
    depth = []
    for i, (start, _) in enumerate(spans):
        depth.append(1 + max((depth[j] for j in range(i) if spans[j][1] <= start), default=0))
    return max(depth, default=0)


def duplicates(requests):
    counts = {}
    for r in requests:
        key = f"{r['method']} {r['path']}" + (f"?{r['query']}" if r.get("query") else "")
        counts[key] = counts.get(key, 0) + 1
    out = []
    for key, n in sorted(counts.items()):
        if n < 2:
            continue
        # The token endpoint takes every grant (device code polls, refresh, client credentials)
        # on one URL: the bodies differ, so a repeat there is not a duplicate by itself.
        reason = None
        if key.endswith("/oauth2/v2.0/token"):
            reason = "token endpoint: different grants/polls"
        elif key.startswith("POST ") and key.endswith("/appRoleAssignedTo"):
            # One POST per application role granted (bodies name different appRoleIds); Graph has
            # no call that assigns several roles at once.
            reason = "one per app role"
        out.append({"request": key, "count": n, "reason": reason})
    return out


def command_lines(opts, base, profile):
    common = ["--profile", profile, "--authority", base, "--graph", base + "/graph"]
    return [
        ("configure", [opts.setup, "configure", "--tenant", TENANT, "--leap-host", LEAP_HOST,
                       "--json"] + common),
        ("rotate-secret", [opts.setup, "rotate-secret", "--json"] + common),
        ("verify", [opts.setup, "verify", "--json"] + common),
    ]


def bench_roundtrips(opts):
    results = {}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for latency in [0] + opts.latencies:
        scen_env = scratch_env(env, f"rt{latency}")
        scen = {}
        with Sandbox(opts.sandbox_server, scen_env) as sb:
            # The product waits max(1, interval) s before its first device-code poll; 1 s is the
            # least it allows (the same wait at every latency, so it cancels in the net depth).
            sb.call("POST", "/_sandbox/config", {"deviceCodeIntervalSec": 1, "autoApprove": True})
            if latency:
                sb.call("POST", "/_sandbox/faults", {"path": ".", "latencyMs": latency,
                                                     "times": -1})
            for name, argv in command_lines(opts, sb.base, f"bench{latency}"):
                sb.call("DELETE", "/_sandbox/requests")
                run = spawn(argv, scen_env, timeout_s=180)
                reqs = sb.call("GET", "/_sandbox/requests")["requests"]
                entry = {"exit": run.exit_code, "wallMs": round(run.wall_ms, 1),
                         "requests": len(reqs), "criticalPath": critical_path(reqs),
                         "peakRssMb": round(run.maxrss_mb, 1), "cpuMs": round(run.cpu_ms, 1),
                         "duplicates": duplicates(reqs),
                         "log": [f"{r['method']} {r['path']}"
                                 + (f"?{r['query']}" if r.get("query") else "")
                                 + f" {r['status']} +{r['time'] - reqs[0]['time']}ms"
                                   f" ({r['durationMs']}ms)" for r in reqs]}
                if run.exit_code != 0:
                    entry["stderrTail"] = tail(run.stderr)
                scen[name] = entry
        results[str(latency)] = scen
    # Sequential depth from wall time: raw (wall / latency, includes start-up, CPU and the 1 s
    # device-code wait) and net ((wall(L) - wall(0)) / L, what the latency alone added).
    for latency in opts.latencies:
        for name, e in results[str(latency)].items():
            base = results["0"].get(name)
            e["depthRaw"] = round(e["wallMs"] / latency, 1)
            if base and base["exit"] == 0 and e["exit"] == 0:
                e["depthNet"] = round((e["wallMs"] - base["wallMs"]) / latency, 1)
            e["minDepth"] = MIN_DEPTH[name]
    return results


# -------------------------------------------------------------------------------------------------
# Report
# -------------------------------------------------------------------------------------------------
def verdict(ok):
    return "n/a" if ok is None else ("pass" if ok else "MISS")


def evaluate(res):
    checks = []
    st = res.get("startup")
    if st and st.get("ratio"):
        checks.append(("start-up <= 1.3x bare QWizard", f"{st['ratio']}x "
                       f"({st['product']['medianFirstPaintMs']} / {st['bare']['medianFirstPaintMs']} ms)",
                       st["ratio"] <= STARTUP_RATIO_MAX))
        rss = st["product"]["medianPeakRssMb"]
        checks.append(("peak RSS < 60 MB (wizard start-up)", f"{rss} MB", rss < PEAK_RSS_MAX_MB))
    rt = res.get("roundtrips")
    if rt:
        for latency, scen in rt.items():
            if latency == "0":
                continue
            for name, e in scen.items():
                if e["exit"] != 0:
                    checks.append((f"{name} @ {latency} ms runs", f"exit {e['exit']}", False))
                    continue
                # The depth that counts: the longer of the sandbox's critical path and the net
                # wall-time depth, rounded to the nearest round trip.
                depth = max(e["criticalPath"], round(e.get("depthNet", 0)))
                checks.append((f"{name} depth @ {latency} ms <= min {e['minDepth']} + 1",
                               f"{depth} (log {e['criticalPath']}, net {e.get('depthNet')})",
                               depth <= e["minDepth"] + DEPTH_SLACK))
                dups = [d for d in e["duplicates"] if not d["reason"]]
                checks.append((f"{name} @ {latency} ms: no duplicate requests",
                               "none" if not dups else "; ".join(
                                   f"{d['request']} x{d['count']}" for d in dups), not dups))
        cfg = rt.get(str(max(int(k) for k in rt)), {}).get("configure")
        if cfg and cfg["exit"] == 0:
            checks.append(("peak RSS < 60 MB (CLI configure)", f"{cfg['peakRssMb']} MB",
                           cfg["peakRssMb"] < PEAK_RSS_MAX_MB))
    idle = res.get("idle")
    if idle and "cpuMs" in idle.get("product", {}):
        p = idle["product"]
        # "No busy waiting": well under 1% of a core while waiting (timer-driven polling of a few
        # ms per second would show here).
        checks.append(("no busy waiting (wizard idle on a page)",
                       f"{p['cpuMs']} ms CPU in {idle['seconds']} s, {p['wakeupsPerSec']} wake-ups/s",
                       p["cpuPercent"] < 0.5))
    return [{"target": t, "measured": m, "result": verdict(ok)} for t, m, ok in checks]


def print_report(res):
    out = []
    m = res["machine"]
    out.append(f"machine: {m['nproc']} cores, {m['cpu']}, Qt {m['qt']}, {m['buildType']}, "
               f"load average {m['loadStart']} -> {m['loadEnd']}")
    st = res.get("startup")
    if st:
        out.append("")
        out.append(f"start-up ({st['platform']}, median of {st['runs']})")
        out.append(f"  {'program':<34}{'first paint ms':>15}{'min ms':>9}{'peak RSS MB':>13}"
                   f"{'CPU ms':>9}")
        for name, label in (("bare", "bare two-page QWizard"),
                            ("product", "leap-entra-setup --sandbox")):
            s = st[name]
            out.append(f"  {label:<34}{s['medianFirstPaintMs']!s:>15}{s['minFirstPaintMs']!s:>9}"
                       f"{s['medianPeakRssMb']!s:>13}{s['medianCpuMs']!s:>9}")
        out.append(f"  ratio (product / bare): {st['ratio']}x wall, {st['cpuRatio']}x CPU")
        for f in st["failures"]:
            out.append(f"  FAILED: {f}")
    rt = res.get("roundtrips")
    if rt:
        out.append("")
        out.append("round trips against leap-entra-sandbox (latency injected per request)")
        out.append(f"  {'command':<15}{'latency':>8}{'wall ms':>10}{'requests':>9}{'log depth':>10}"
                   f"{'net depth':>10}{'raw':>7}{'min':>5}{'RSS MB':>8}  duplicates")
        for latency, scen in rt.items():
            for name, e in scen.items():
                dups = ", ".join(f"{d['request']} x{d['count']}" + (f" ({d['reason']})"
                                 if d["reason"] else "") for d in e["duplicates"]) or "-"
                if e["exit"] != 0:
                    dups = f"EXIT {e['exit']}: " + (e.get("stderrTail", "").splitlines() or [""])[-1]
                out.append(f"  {name:<15}{latency + ' ms':>8}{e['wallMs']:>10}{e['requests']:>9}"
                           f"{e['criticalPath']:>10}{e.get('depthNet', '-')!s:>10}"
                           f"{e.get('depthRaw', '-')!s:>7}{e.get('minDepth', '-')!s:>5}"
                           f"{e['peakRssMb']:>8}  {dups}")
    idle = res.get("idle")
    if idle:
        out.append("")
        out.append(f"idle on the first page ({idle['seconds']} s after {idle['settleSeconds']} s "
                   "settling)")
        for name in ("bare", "product"):
            i = idle.get(name, {})
            if "error" in i:
                out.append(f"  {name}: {i['error']}")
            else:
                out.append(f"  {name:<8} CPU {i['cpuMs']} ms ({i['cpuPercent']}% of a core), "
                           f"{i['wakeupsPerSec']} wake-ups/s, {i['threads']} threads, "
                           f"VmHWM {i['vmHwmMb']} MB")
    out.append("")
    out.append("targets")
    for c in res["targets"]:
        out.append(f"  {c['result']:<5} {c['target']:<52} {c['measured']}")
    print("\n".join(out), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--setup", required=True, help="leap-entra-setup executable")
    ap.add_argument("--sandbox-server", required=True, help="leap-entra-sandbox executable")
    ap.add_argument("--bare", required=True, help="the bare QWizard executable")
    ap.add_argument("--results", required=True, help="where to write the JSON figures")
    ap.add_argument("--qt-version", default="?")
    ap.add_argument("--build-type", default="?")
    ap.add_argument("--no-wizard", action="store_true", help="the product has no wizard (skip 1, 3)")
    ap.add_argument("--runs", type=int, default=9, help="start-up runs per program (median)")
    ap.add_argument("--idle-seconds", type=float, default=5)
    ap.add_argument("--latencies", default="50,200", help="injected latencies in ms")
    ap.add_argument("--only", default="startup,roundtrips,idle",
                    help="comma-separated parts to run: startup, roundtrips, idle")
    opts = ap.parse_args()
    opts.latencies = [int(x) for x in opts.latencies.split(",") if x]
    parts = set(opts.only.split(","))
    for exe in (opts.setup, opts.sandbox_server, opts.bare):
        if not exe or not os.access(exe, os.X_OK):
            log(f"missing executable: {exe!r} (build the leap-bench target)")
            return 1

    if not os.environ.get("LEAP_BENCH_INNER"):
        return reexec_headless(sys.argv[1:])

    src = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    res = {"schemaVersion": 1,
           "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
           "commit": git_commit(src),
           "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "qt": opts.qt_version,
                       "buildType": opts.build_type, "kernel": platform.release(),
                       "loadStart": load_average()}}
    gui_parts = parts & {"startup", "idle"}
    if gui_parts and opts.no_wizard:
        log("this build of leap-entra-setup has no wizard: skipping start-up and idle")
        gui_parts = set()
    if gui_parts:
        if not shutil.which("Xvfb"):
            log("Xvfb is missing (Debian: xvfb)")
            return 1
        with Xvfb() as x:
            if "startup" in gui_parts:
                log(f"start-up: {opts.runs} runs each (+1 warm-up) on Xvfb {x.display}")
                res["startup"] = bench_startup(opts, x.display)
            if "idle" in gui_parts:
                log(f"idle: {opts.idle_seconds} s on the first page")
                res["idle"] = bench_idle(opts, x.display)
    if "roundtrips" in parts:
        log(f"round trips: latencies 0,{','.join(map(str, opts.latencies))} ms")
        res["roundtrips"] = bench_roundtrips(opts)
    res["machine"]["loadEnd"] = load_average()
    res["targets"] = evaluate(res)
    os.makedirs(os.path.dirname(os.path.abspath(opts.results)), exist_ok=True)
    with open(opts.results, "w") as f:
        json.dump(res, f, indent=2)
        f.write("\n")
    print_report(res)
    log(f"figures written to {opts.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
