/** Polls until `read` returns something truthy (or throws after `timeoutMs`). */
export async function until<T>(read: () => T | null | undefined | false | '', timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** querySelector through a chain of shadow roots: each selector is looked up in the previous match's shadow root. */
export function deepQuery(root: Element, ...selectors: string[]): Element | null {
  let node: Element | null = root;
  for (const selector of selectors) {
    node = node?.shadowRoot?.querySelector(selector) ?? null;
  }
  return node;
}

/** Parses a number as printed in English ("1,234.5", "−12"). */
export function parseShown(text: string): number {
  return Number(
    text
      .replace(/,/g, '')
      .replace(/\u2212/g, '-')
      .trim(),
  );
}
