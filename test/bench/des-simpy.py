"""The Minh Khai line of the line-dynamics benchmark written as a SimPy model (issue 17).

Same line and horizon as the Wasm engine (test/bench/des-bench.ts writes the parameters on
stdin as JSON, worked out from the compiled scenario exactly as test/bench/des-plain.ts does):
daily arrivals of whole lots, units in series each taking a lot from the buffer in front of it,
failures after an exponential operating time, exponential repairs, a finite buffer between
units (a full one blocks the unit upstream), the rejects stockpile burned every k days, the
series sampled at the same number of points. Idiomatic SimPy: one process per unit, Stores for
the buffers. The random streams are Python's, not xoshiro256**, so the runs agree in
distribution, not draw for draw. The first run counts SimPy's events and warms up; the runs after
it are timed, each from building the environment to the horizon, in wall time (perf_counter) and
in CPU time of this process (process_time), without Python's start-up and the import of SimPy.
Prints one JSON line: wall and CPU seconds per timed run, events, tonnes processed.
Debian: apt-get install python3-simpy3.
"""

import json
import random
import sys
import time

import simpy


def run(p, count_events=False):
    env = simpy.Environment()
    events = [0]
    if count_events:
        schedule = env.schedule

        def counted(*args, **kwargs):
            events[0] += 1
            return schedule(*args, **kwargs)

        env.schedule = counted
    rng = random.Random(p["seed"])
    units = p["units"]
    n = len(units)
    hours = p["hours"]
    total_days = p["totalDays"]
    horizon = hours * total_days
    lot_kg = p["lotKg"]
    raw = simpy.Container(env)
    # the buffer in front of unit u (u >= 1); SimPy needs a capacity of at least 1
    buffers = [None] + [simpy.Store(env, capacity=max(1, u["bufCap"])) for u in units[1:]]
    state = {"processedKg": 0.0, "productKg": 0.0, "stockKg": 0.0, "burnedKg": 0.0}

    def unit(u):
        spec = units[u]
        ttf = rng.expovariate(1 / spec["mtbf"]) if spec["fails"] else float("inf")
        while True:
            if u == 0:
                yield raw.get(1)
            else:
                yield buffers[u].get()
            work = spec["proc"]
            while work > 0:
                if ttf < work:
                    yield env.timeout(ttf)
                    work -= ttf
                    yield env.timeout(rng.expovariate(1 / spec["mttr"]))
                    ttf = rng.expovariate(1 / spec["mtbf"])
                else:
                    yield env.timeout(work)
                    ttf -= work
                    work = 0
            state["stockKg"] += lot_kg * spec["rejPlastic"]
            if u == n - 1:
                state["processedKg"] += lot_kg
                state["productKg"] += lot_kg * spec["out"]
            else:
                yield buffers[u + 1].put(1)

    def days():
        remainder = 0.0
        for day in range(total_days + 1):
            if day > 0 and day % p["burnEvery"] == 0:
                state["burnedKg"] += state["stockKg"]
                state["stockKg"] = 0.0
            if day < total_days:
                total = remainder + p["dayKg"]
                lots = int(total / lot_kg + 1e-9)
                remainder = max(total - lots * lot_kg, 0.0)
                if lots > 0:
                    yield raw.put(lots)
                yield env.timeout((day + 1) * hours - env.now)

    series = []

    def sample():
        points = p["points"]
        step = horizon / (points - 1)
        for k in range(points):
            series.append((state["processedKg"], state["stockKg"]))
            if k + 1 < points:
                at = horizon if k + 1 == points - 1 else (k + 1) * step
                yield env.timeout(at - env.now)

    for u in range(n):
        env.process(unit(u))
    env.process(days())
    env.process(sample())
    env.run(until=horizon + 1e-9)
    return events[0], state


def main():
    p = json.load(sys.stdin)
    repeats = p.get("repeats", 3)
    events, state = run(p, count_events=True)
    walls = []
    cpus = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        c0 = time.process_time()
        run(p)
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - t0)
    out = {"simpy": simpy.__version__, "walls": walls, "cpus": cpus, "events": events, "processedT": state["processedKg"] / 1000}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
