/**
 * Splits a long category label into lines of about `width` characters (Chart.js draws an array
 * as lines, and cuts a single label that does not fit beside the bars, as on a phone).
 */
export function wrapLabel(label: string, width = 22): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The height in rem a horizontal bar needs for its wrapped label (lines of about 1.3rem), at least `minRem`. */
export function barRem(labels: readonly (string | string[])[], minRem: number): number {
  const lines = Math.max(1, ...labels.map((l) => (Array.isArray(l) ? l.length : 1)));
  return Math.max(minRem, 1.3 * lines + 0.6);
}
