// JSON Pointers (RFC 6901), the one way the app writes and reads them: the escaping of a segment
// ("~" as "~0", "/" as "~1") is that of fast-json-patch, the library that already applies the
// measures' patches. No DOM, no Node APIs.
//
// Reading stays here rather than with fast-json-patch's getValueByPointer: that one walks
// inherited properties ("/feed/constructor" gives a function, "/units/length" a number) and
// throws a TypeError where a parent is missing, while every caller here wants "undefined" for
// anything the document does not hold as its own.

/** One segment as written in a pointer ("a/b" → "a~1b"), as fast-json-patch's escapePathComponent
 *  writes it (written out here so that reading a pointer does not load the patching library). */
export function escapeSegment(segment: string): string {
  if (!segment.includes('/') && !segment.includes('~')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** One segment of a pointer as the key it names ("a~1b" → "a/b"), as fast-json-patch's unescapePathComponent. */
export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The keys a pointer names, unescaped ("" → [], "/units/0/heat" → ["units", "0", "heat"]). */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment);
}

/** The pointer of a path of keys and indices (zod's issue paths, walks over a document). */
export function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((s) => '/' + escapeSegment(String(s))).join('');
}

const INDEX = /^(0|[1-9][0-9]*)$/;

/** The value at a path of keys, or undefined where the document has no such own property (a
 *  list is entered only by an index it has: "length" or "01" name nothing). */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    if (Array.isArray(node) && !(typeof key === 'number' || INDEX.test(String(key)))) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The value at a JSON Pointer, or undefined where the document has no such own property. */
export function getAt(root: unknown, pointer: string): unknown {
  return valueAtPath(root, pointerSegments(pointer));
}
