/**
 * Chart.js and its plugins, loaded on a chart's first draw rather than with the page: the first
 * screen shows figures before any chart, and the Sankey and matrix plugins load only for the
 * chart types that need them. Each module loads once; later calls resolve at once.
 */
export async function loadChart(type: string): Promise<typeof import('./register.ts').Chart> {
  const [{ Chart }] = await Promise.all([
    import('./register.ts'),
    type === 'sankey' ? import('./register-sankey.ts') : undefined,
    type === 'matrix' ? import('./register-matrix.ts') : undefined,
  ]);
  return Chart;
}
