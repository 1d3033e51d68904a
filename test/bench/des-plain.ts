// The line-dynamics engine of assembly/des.ts written again in plain TypeScript, same algorithm
// and same data layout (typed arrays, a binary heap keyed by time and insertion order), so that
// the benchmark compares the two runtimes on equal work. Only the figures the benchmark needs
// are produced; xoshiro256** runs on BigInt (failure and repair draws are rare per event).

import * as L from '../../assembly/layout.ts';
import * as D from '../../assembly/des-layout.ts';

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & M64;

class Xoshiro256 {
  private s = [0n, 0n, 0n, 0n];

  constructor(seed: bigint, stream: number) {
    let sm = seed & M64;
    const splitmix = () => {
      sm = (sm + 0x9e3779b97f4a7c15n) & M64;
      let z = sm;
      z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
      z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
      return z ^ (z >> 31n);
    };
    this.s = [splitmix(), splitmix(), splitmix(), splitmix()];
    for (let r = 0; r < stream; r++) this.jump();
  }

  next(): bigint {
    const s = this.s;
    const result = (rotl((s[1] * 5n) & M64, 7n) * 9n) & M64;
    const t = (s[1] << 17n) & M64;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45n);
    return result;
  }

  private jump(): void {
    const acc = [0n, 0n, 0n, 0n];
    for (const word of [0x180ec6d33cfd0aban, 0xd5a61266f0c9392cn, 0xa9582618e03fc9aan, 0x39abdc4529b1661cn]) {
      for (let b = 0n; b < 64n; b++) {
        if ((word >> b) & 1n) for (let i = 0; i < 4; i++) acc[i] ^= this.s[i];
        this.next();
      }
    }
    this.s = acc;
  }

  uniform(): number {
    return Number(this.next() >> 11n) * 2 ** -53;
  }

  exponential(mean: number): number {
    return -Math.log(1 - this.uniform()) * mean;
  }
}

const ST_BUSY = 0,
  ST_BLOCKED = 1,
  ST_STARVED = 2,
  ST_DOWN = 3;
const EV_DAY = 0,
  EV_SAMPLE = 2,
  EV_COMPLETE = 3,
  EV_FAIL = 4,
  EV_REPAIR = 5;

export interface PlainDesResult {
  events: number;
  processedT: number;
  productT: number;
  burnedPlasticT: number;
  busy: number[];
}

/** The line as the engine sees it: per unit the processing time of a lot (h), failure and repair
 *  means, whether it fails, the share of a lot it passes on and the plastic it rejects, and the
 *  buffer in front of it in lots (also the SimPy model's input, des-bench.ts). */
export function plainLine(ss: Float64Array, dp: Float64Array) {
  const n = ss[L.P_N_UNITS];
  const lotKg = dp[D.DP_LOT_KG];
  const proc = new Float64Array(n);
  const mtbf = new Float64Array(n);
  const mttr = new Float64Array(n);
  const fails = new Uint8Array(n);
  const unitOut = new Float64Array(n);
  const rejPlastic = new Float64Array(n);
  const bufCap = new Int32Array(n);
  const x = Array.from({ length: L.N_COMPONENTS }, (_, c) => ss[L.P_COMPOSITION + c]);
  for (let u = 0; u < n; u++) {
    const b = L.P_UNITS + u * L.U_STRIDE;
    const mass = x.reduce((a, v) => a + v, 0);
    let plastic = 0;
    for (let c = 0; c < L.N_COMPONENTS; c++) {
      const sink = ss[b + L.U_REMOVAL_SINK + c];
      if (sink < L.SINK_REJECTS || sink > L.SINK_EVAPORATION) continue;
      const removed = x[c] * ss[b + L.U_REMOVAL_FRACTION + c];
      x[c] -= removed;
      if (sink === L.SINK_REJECTS && c < L.N_POLYMERS) plastic += removed;
    }
    for (let c = 0; c < L.N_POLYMERS; c++) {
      const lost = x[c] * ss[b + L.U_PROCESS_LOSS];
      x[c] -= lost;
      plastic += lost;
    }
    unitOut[u] = x.reduce((a, v) => a + v, 0);
    rejPlastic[u] = plastic;
    const capacity = ss[b + L.U_CAPACITY_KG_PER_H];
    proc[u] = lotKg * mass <= 0 ? 0 : capacity > 0 ? (lotKg * mass) / capacity : Infinity;
    mtbf[u] = ss[b + L.U_MTBF_H];
    mttr[u] = ss[b + L.U_MTTR_H];
    fails[u] = mtbf[u] >= 0 && mttr[u] >= 0 && mtbf[u] + mttr[u] > 0 ? 1 : 0;
    bufCap[u] = u === 0 ? 2 ** 31 - 1 : Math.floor(dp[D.DP_BUFFER_KG + u] / (lotKg * mass) + 1e-9);
  }

  return { proc, mtbf, mttr, fails, unitOut, rejPlastic, bufCap };
}

/** Daily arrivals, exponential failures, every-k-days burning: the benchmark's workload. */
export function runPlainDes(ss: Float64Array, dp: Float64Array, replication: number): PlainDesResult {
  const n = ss[L.P_N_UNITS];
  const hours = ss[L.P_HOURS];
  const totalDays = Math.round(ss[L.P_DAYS] * dp[D.DP_YEARS]);
  const horizon = hours * totalDays;
  const lotKg = dp[D.DP_LOT_KG];
  const dayKg = ss[L.P_FEED_T_PER_DAY] * 1000;
  const burnEvery = dp[D.DP_BURN_EVERY_DAYS];
  const points = Math.min(Math.max(dp[D.DP_SERIES_POINTS], 2), D.DR_MAX_POINTS);
  const sampleStep = horizon / (points - 1);
  const rng = new Xoshiro256(BigInt(dp[D.DP_SEED]), replication);

  const cap = n + 8;
  const heapTime = new Float64Array(cap);
  const heapKey = new Float64Array(cap); // seq · 1024 + code, exact below 2^53
  let heapSize = 0;
  let seq = 0;
  const state = new Int32Array(n).fill(ST_STARVED);
  const since = new Float64Array(n);
  const time = new Float64Array(n * 4);
  const remWork = new Float64Array(n);
  const count = new Int32Array(n);
  const series = new Float64Array(points * 2);

  const { proc, mtbf, mttr, fails, unitOut, rejPlastic, bufCap } = plainLine(ss, dp);
  const ttf = new Float64Array(n);
  for (let u = 0; u < n; u++) ttf[u] = fails[u] ? rng.exponential(mtbf[u]) : Infinity;

  let storeLots = 0,
    storeRemainder = 0,
    processedKg = 0,
    productKg = 0,
    stockKg = 0,
    burnedKg = 0;

  function schedule(t: number, type: number, unit: number): void {
    const key = seq++ * 1024 + (type | (unit << 3));
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent];
      if (pt < t || (pt === t && heapKey[parent] < key)) break;
      heapTime[i] = pt;
      heapKey[i] = heapKey[parent];
      i = parent;
    }
    heapTime[i] = t;
    heapKey[i] = key;
  }

  function popEvent(): void {
    const last = --heapSize;
    const t = heapTime[last];
    const key = heapKey[last];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      let ct = heapTime[c];
      let ck = heapKey[c];
      const r = c + 1;
      if (r < last) {
        const rt = heapTime[r];
        const rk = heapKey[r];
        if (rt < ct || (rt === ct && rk < ck)) {
          c = r;
          ct = rt;
          ck = rk;
        }
      }
      if (t < ct || (t === ct && key < ck)) break;
      heapTime[i] = ct;
      heapKey[i] = ck;
      i = c;
    }
    heapTime[i] = t;
    heapKey[i] = key;
  }

  function setState(u: number, s: number, t: number): void {
    time[u * 4 + state[u]] += t - since[u];
    since[u] = t;
    state[u] = s;
  }

  function begin(u: number, t: number, work: number): void {
    setState(u, ST_BUSY, t);
    const left = ttf[u];
    if (left < work) {
      remWork[u] = work - left;
      ttf[u] = 0;
      schedule(t + left, EV_FAIL, u);
    } else {
      ttf[u] = left - work;
      schedule(t + work, EV_COMPLETE, u);
    }
  }

  function pull(first: number, t: number): void {
    let u = first;
    for (;;) {
      if (u === 0) {
        if (storeLots >= 1) {
          storeLots -= 1;
          begin(0, t, proc[0]);
        } else setState(0, ST_STARVED, t);
        return;
      }
      const v = u - 1;
      const upstreamBlocked = state[v] === ST_BLOCKED;
      if (count[u] > 0) {
        if (!upstreamBlocked) count[u]--;
        begin(u, t, proc[u]);
        if (!upstreamBlocked) return;
      } else if (upstreamBlocked) {
        begin(u, t, proc[u]);
      } else {
        setState(u, ST_STARVED, t);
        return;
      }
      u = v;
    }
  }

  function complete(u: number, t: number): void {
    stockKg += lotKg * rejPlastic[u];
    if (u === n - 1) {
      processedKg += lotKg;
      productKg += lotKg * unitOut[u];
      pull(u, t);
      return;
    }
    const d = u + 1;
    if (state[d] === ST_STARVED) {
      begin(d, t, proc[d]);
      pull(u, t);
    } else if (count[d] < bufCap[d]) {
      count[d]++;
      pull(u, t);
    } else setState(u, ST_BLOCKED, t);
  }

  schedule(0, EV_DAY, 0);
  schedule(0, EV_SAMPLE, 0);
  let events = 0,
    dayIndex = 0,
    sampleIndex = 0;
  while (heapSize > 0) {
    const t = heapTime[0];
    if (t > horizon) break;
    const code = heapKey[0] % 1024;
    popEvent();
    events++;
    const type = code & 7;
    const u = code >> 3;
    if (type === EV_COMPLETE) complete(u, t);
    else if (type === EV_FAIL) {
      setState(u, ST_DOWN, t);
      schedule(t + rng.exponential(mttr[u]), EV_REPAIR, u);
    } else if (type === EV_REPAIR) {
      ttf[u] = fails[u] ? rng.exponential(mtbf[u]) : Infinity;
      begin(u, t, remWork[u]);
    } else if (type === EV_DAY) {
      const day = dayIndex++;
      if (day > 0 && day % burnEvery === 0) {
        burnedKg += stockKg;
        stockKg = 0;
      }
      if (day < totalDays) {
        const total = storeRemainder + dayKg;
        const lots = Math.floor(total / lotKg + 1e-9);
        storeLots += lots;
        storeRemainder = Math.max(total - lots * lotKg, 0);
        if (state[0] === ST_STARVED) pull(0, t);
        schedule((day + 1) * hours, EV_DAY, 0);
      }
    } else {
      const k = sampleIndex++;
      series[2 * k] = processedKg;
      series[2 * k + 1] = stockKg;
      if (k + 1 < points) schedule(k + 1 === points - 1 ? horizon : (k + 1) * sampleStep, EV_SAMPLE, 0);
    }
  }
  for (let u = 0; u < n; u++) setState(u, state[u], horizon);
  return {
    events,
    processedT: processedKg / 1000,
    productT: productKg / 1000,
    burnedPlasticT: burnedKg / 1000,
    busy: Array.from({ length: n }, (_, u) => time[u * 4 + ST_BUSY] / horizon),
  };
}
