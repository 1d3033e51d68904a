// Text for a terminal (issue 14): a scenario's name or id could carry escape sequences that
// recolour, move the cursor or retitle the terminal. Everything the command line prints passes
// through here: control characters are stripped from messages and tables, and escaped (as
// \uXXXX, the same JSON value) in JSON output.

/** C0 controls but tab and newline, DEL, C1 controls (U+0080–U+009F include the 8-bit CSI),
 *  zero-width and bidirectional controls (which can make text read differently than it is). */
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Messages and tables: control characters removed. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, '');
}

/** JSON text: JSON.stringify already escapes C0 controls inside strings; the others are escaped
 *  the same way, so the document reads back to the same values. */
export function terminalJson(json: string): string {
  return json.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
