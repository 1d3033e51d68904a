// Small helpers of the Library dialog and its children (no element here).
import { formatDateTime } from '../app/format.ts';

/** A date and time in the page's language, e.g. "3 Mar 2025, 14:05". */
export function formatWhen(ms: number): string {
  return formatDateTime(ms);
}

/** Offers `text` as a file download (no request leaves the page: a blob URL). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, rel: 'noopener' });
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after the click handler has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
