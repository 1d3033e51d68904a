// Reading JSON text from files a user chose (scenarios, bundles, catalogues, variants, libraries):
// one parser for all of them (issue 14). It refuses text over a size cap before parsing, nesting
// deeper than MAX_JSON_DEPTH before anything is built (the engine's JSON.parse does not recurse,
// but cloning, validating and comparing the result would), and keys written twice in one object
// (JSON keeps only the last, silently); a syntax error is located by line and column without
// quoting the file. No DOM and no Node APIs.

import { escapeSegment } from './json-pointer.ts';

/** Deeper than any file of this app needs (a scenario nests ~7 levels, a catalogue patch ~9). */
export const MAX_JSON_DEPTH = 64;
/** At most this many duplicate keys are reported, the first ones in the file. */
const MAX_DUPLICATES = 20;

/** A problem with the text as a whole (path "") or with one key (its JSON Pointer). */
export interface JsonTextIssue {
  path: string;
  code: 'not_text' | 'too_large' | 'empty_file' | 'too_deep' | 'invalid_json' | 'duplicate_key';
  params: Record<string, string | number>;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; issues: JsonTextIssue[] };

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (1-based) of the first JSON syntax error and why, found by a small scanner
 *  so that the answer does not depend on the engine's error message. `reason` is a code that
 *  the message tables translate; `found` is the offending character. */
export function locateJsonError(text: string): { line: number; column: number; reason: string; found?: string } {
  let i = 0;
  const n = text.length;
  const at = (index: number, reason: string, withFound = true) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < index && k < n; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    const result: { line: number; column: number; reason: string; found?: string } = {
      line,
      column: index - lineStart + 1,
      reason: index >= n ? 'end' : reason,
    };
    if (withFound && index < n) result.found = JSON.stringify(text[index]);
    return result;
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Scans a string starting at its opening quote; returns null or the reason it is broken. */
  const scanString = (): string | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 0x20) return 'control_in_string';
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && e !== 'u' && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i += 1;
          return 'bad_escape';
        }
      } else i++;
    }
    return 'unclosed_string';
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const stack: string[] = []; // open containers, '{' or '['
  let expect: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'afterValue' = 'value';
  for (;;) {
    ws();
    if (expect === 'value' || expect === 'firstValue') {
      if (expect === 'firstValue' && text[i] === ']') {
        stack.pop();
        i++;
        expect = 'afterValue';
        continue;
      }
      if (text[i] === '{') {
        stack.push('{');
        i++;
        expect = 'firstKey';
        continue;
      }
      if (text[i] === '[') {
        stack.push('[');
        i++;
        expect = 'firstValue';
        continue;
      }
      if (text[i] === '"') {
        const problem = scanString();
        if (problem) return at(i, problem, problem !== 'unclosed_string');
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        numberPattern.lastIndex = i;
        const m = numberPattern.exec(text);
        if (!m) return at(i, 'expected_value');
        i += m[0].length;
      }
      expect = 'afterValue';
    } else if (expect === 'key' || expect === 'firstKey') {
      if (expect === 'firstKey' && text[i] === '}') {
        stack.pop();
        i++;
        expect = 'afterValue';
        continue;
      }
      if (text[i] !== '"') return at(i, 'expected_key');
      const problem = scanString();
      if (problem) return at(i, problem, problem !== 'unclosed_string');
      expect = 'colon';
    } else if (expect === 'colon') {
      if (text[i] !== ':') return at(i, 'expected_colon');
      i++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? at(i, 'trailing_text') : at(i, 'unknown');
      if (text[i] === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
        stack.pop();
        i++;
      } else return at(i, top === '{' ? 'expected_comma_or_brace' : 'expected_comma_or_bracket');
    }
  }
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < index && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

interface Frame {
  object: boolean;
  keys: Set<string> | null;
  key: string;
  index: number;
  expectKey: boolean;
}

/** One pass over the text, without recursion: where nesting first passes `maxDepth`, and every
 *  key written twice in one object (by JSON Pointer). Meant for text that JSON.parse accepts;
 *  on other text it stops at the first thing it cannot read. */
export function scanJsonStructure(text: string, maxDepth = MAX_JSON_DEPTH): { tooDeepAt?: number; duplicates: { path: string; key: string }[] } {
  const frames: Frame[] = [];
  const duplicates: { path: string; key: string }[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // "
      let end = i + 1;
      while (end < n && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      const top = frames[frames.length - 1];
      if (top?.object && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return { duplicates };
        }
        if (top.keys!.has(key)) {
          if (duplicates.length < MAX_DUPLICATES) {
            const prefix = frames
              .slice(0, -1)
              .map((f) => '/' + (f.object ? escapeSegment(f.key) : String(f.index)))
              .join('');
            duplicates.push({ path: `${prefix}/${escapeSegment(key)}`, key });
          }
        } else top.keys!.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      // { [
      if (frames.length >= maxDepth) return { tooDeepAt: i, duplicates };
      const object = c === 123;
      frames.push({ object, keys: object ? new Set() : null, key: '', index: 0, expectKey: object });
    } else if (c === 125 || c === 93) {
      // } ]
      frames.pop();
    } else if (c === 44) {
      // ,
      const top = frames[frames.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return { duplicates };
}

/** The character found at a syntax error, quoted when printable, else by its code point (a
 *  binary file's bytes are never copied into a message). */
function foundWords(found: string | undefined): string | undefined {
  if (found === undefined) return undefined;
  const ch = JSON.parse(found) as string;
  const code = ch.codePointAt(0) ?? 0;
  if (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffd ||
    /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(ch)
  ) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return found;
}

/** Parses JSON text from a file with the checks above; never throws. A UTF-8 byte-order mark is
 *  skipped; `maxBytes` counts UTF-8 bytes. */
export function parseJsonText(text: string, opts: { maxBytes: number; maxDepth?: number }): JsonTextResult {
  const fail = (code: JsonTextIssue['code'], params: Record<string, string | number> = {}): JsonTextResult => ({
    ok: false,
    issues: [{ path: '', code, params }],
  });
  if (typeof text !== 'string') return fail('not_text', { received: text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text });
  // Every UTF-16 code unit is at least one UTF-8 byte, so the length alone can refuse cheaply.
  const bytes = text.length > opts.maxBytes ? text.length : utf8Length(text);
  if (bytes > opts.maxBytes) return fail('too_large', { bytes, maxBytes: opts.maxBytes });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty_file');
  const maxDepth = opts.maxDepth ?? MAX_JSON_DEPTH;
  const structure = scanJsonStructure(body, maxDepth);
  if (structure.tooDeepAt !== undefined) return fail('too_deep', { limit: maxDepth, ...lineColumn(body, structure.tooDeepAt) });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const where = locateJsonError(body);
    const params: Record<string, string | number> = { line: where.line, column: where.column, reason: where.reason };
    const found = foundWords(where.found);
    if (found !== undefined) params.found = found;
    return fail('invalid_json', params);
  }
  if (structure.duplicates.length > 0) {
    return { ok: false, issues: structure.duplicates.map((d) => ({ path: d.path, code: 'duplicate_key', params: { key: d.key.slice(0, 60) } })) };
  }
  return { ok: true, value };
}

/** The depth of nesting of a value built in JavaScript (no recursion), up to limit + 1. */
export function nestingDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [x, depth] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    const d = depth + 1;
    if (d > deepest) deepest = d;
    if (deepest > limit) return deepest;
    for (const v of Object.values(x as Record<string, unknown>)) stack.push([v, d]);
  }
  return deepest;
}
