// The standard normal distribution for the Monte Carlo (mc.ts): its CDF and its inverse.

const LN_SQRT_2PI: f64 = 0.91893853320467274178;

/** Upper tail Q(t) for t ≥ 5 by Laplace's continued fraction φ(t)/(t + 1/(t + 2/(t + …))). */
function upperTail(t: f64): f64 {
  let f = t;
  for (let k = 60; k >= 1; k--) f = t + <f64>k / f;
  return Math.exp(-0.5 * t * t - LN_SQRT_2PI) / f;
}

/** Φ(x): Marsaglia's Taylor series (J. Stat. Softw. 11(4), 2004) for |x| ≤ 5, absolute error
 *  ~1e-16; beyond, the continued fraction keeps the tails' relative accuracy. */
export function stdNormalCdf(x: f64): f64 {
  if (x < -5.0) return upperTail(-x);
  if (x > 5.0) return 1.0 - upperTail(x);
  let s = x, t = 0.0, b = x, i = 1.0;
  const q = x * x;
  while (s != t) {
    t = s;
    i += 2.0;
    b *= q / i;
    s = t + b;
  }
  return 0.5 + s * Math.exp(-0.5 * q - LN_SQRT_2PI);
}

/** Φ⁻¹(p) for 0 < p < 1: Wichura's algorithm AS 241 (PPND16, Appl. Statist. 37:477, 1988),
 *  relative accuracy about 1e-16. */
export function stdNormalQuantile(p: f64): f64 {
  return normalQuantile(p);
}

/** Φ⁻¹(p), the same operations as stdNormalQuantile, inlined where it is called. */
// @ts-ignore: decorator
@inline export function normalQuantile(p: f64): f64 {
  const q = p - 0.5;
  return Math.abs(q) <= 0.425 ? centralQuantile(q) : quantileTail(p, q);
}

/** Φ⁻¹(½ + q) for |q| ≤ 0.425 (AS 241's central region, 85 % of the draws). */
// @ts-ignore: decorator
@inline export function centralQuantile(q: f64): f64 {
  const r = 0.180625 - q * q;
  return q * (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r
    + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
    + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0)
    / (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r
    + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
    + 4.2313330701600911252e+1) * r + 1.0);
}

/** Φ⁻¹(p) for |q| = |p − ½| > 0.425 (AS 241's tails). */
export function quantileTail(p: f64, q: f64): f64 {
  let r = q < 0 ? p : 1.0 - p;
  if (r <= 0) return q < 0 ? -Infinity : Infinity;
  r = Math.sqrt(-Math.log(r));
  let v: f64;
  if (r <= 5.0) {
    r -= 1.6;
    v = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
      + 1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
      + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
      / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
      + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
      + 2.05319162663775882187e+0) * r + 1.0);
  } else {
    r -= 5.0;
    v = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
      + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
      + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
      / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
      + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
      + 5.99832206555887937690e-1) * r + 1.0);
  }
  return q < 0 ? -v : v;
}

