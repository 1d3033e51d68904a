// Tables of words in the page's language, one per domain: a record of static msg() calls that
// lit-localize's extraction finds like any other, built once per language (on the first lookup
// after the page changes language) and read by key. A table typed over every key of its domain is
// checked complete by the compiler; one that knows only some keys is read through wordOr().
import { getLocale } from './locale.ts';

/** The table `build` makes, for the page's current language. */
export function msgTable<T extends object>(build: () => T): () => T {
  let builtFor: string | undefined;
  let table: T | undefined;
  return () => {
    const locale = getLocale();
    if (table === undefined || builtFor !== locale) [table, builtFor] = [build(), locale];
    return table;
  };
}

/** The table's words for `key`; undefined when the table has none for it (a key from a file, a
 *  figure without a short label). Only the table's own keys count, never Object's ("toString"). */
export function wordOr(table: () => Readonly<Record<string, string>>, key: string): string | undefined {
  const words = table();
  return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : undefined;
}
