// The one limit of the exact subset methods (Shapley attribution in compare.ts, portfolios in
// portfolio.ts), apart so that the page reads it without the evaluation code.

/** Shapley attribution and the portfolio search are exact over at most this many measures:
 *  2^12 = 4,096 runs of the core (about a second). The limit is a count, never a timing, so the
 *  same request gives the same answer on a busy machine (issue 14). */
export const MAX_SHAPLEY_MEASURES = 12;
