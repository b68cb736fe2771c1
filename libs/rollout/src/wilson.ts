import { RolloutError } from './errors';

/**
 * Confidence bounds on a stage's failure rate (D4: advance when the upper bound is under the policy, halt when
 * the lower bound is over it). The Wilson score interval stays inside [0, 1] and behaves at 0 or n failures and
 * small n, where the normal approximation `p ± z·sqrt(p(1-p)/n)` collapses to a zero-width interval.
 */
export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for `failures` out of `n` at normal quantile `z`:
 * `(p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)`. With no samples nothing is known: [0, 1].
 */
export function wilsonInterval(failures: number, n: number, z: number): Interval {
  if (!Number.isSafeInteger(n) || n < 0 || !Number.isSafeInteger(failures) || failures < 0 || failures > n) {
    throw new RolloutError('INVALID_INTERVAL_INPUT', `expected integers 0 <= failures <= n, got failures=${failures}, n=${n}`);
  }
  if (!Number.isFinite(z) || z <= 0) {
    throw new RolloutError('INVALID_INTERVAL_INPUT', `expected a finite z > 0, got ${z}`);
  }
  if (n === 0) return { lower: 0, upper: 1 };
  const p = failures / n;
  const z2n = (z * z) / n;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / denominator;
  // At 0 or n failures one bound is exactly 0 or 1; do not let rounding nudge it off.
  return {
    lower: failures === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: failures === n ? 1 : Math.min(1, centre + halfWidth),
  };
}

/**
 * The z of a two-sided interval at `confidence`: the standard normal quantile at `(1 + confidence) / 2`
 * (0.95 -> 1.959964). Throws `INVALID_CONFIDENCE` outside (0, 1).
 */
export function zForConfidence(confidence: number): number {
  if (!Number.isFinite(confidence) || confidence <= 0 || confidence >= 1) {
    throw new RolloutError('INVALID_CONFIDENCE', `expected a confidence strictly between 0 and 1, got ${confidence}`);
  }
  return normalQuantile((1 + confidence) / 2);
}

// Acklam's rational approximation of the inverse normal CDF; relative error below 1.2e-9 on (0, 1).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Standard normal quantile Φ⁻¹(p) for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tailQuantile(p);
  if (p > 1 - P_LOW) return -tailQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (q * polynomial(A, r)) / (r * polynomial(B, r) + 1);
}

function tailQuantile(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  return polynomial(C, q) / (q * polynomial(D, q) + 1);
}

/** Horner evaluation of `c[0]·x^(k-1) + ... + c[k-1]`. */
function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}
