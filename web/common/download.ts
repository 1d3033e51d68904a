// Saves a file made in the page (Blob or data URL and an <a download>); nothing goes over the
// network. Fires the same cancelable `plc-download` event as <plc-chart-export> first, so tests
// read the file from its detail.

/** The detail of `plc-download`: the file about to be saved. */
export interface DownloadDetail {
  fileName: string;
  mimeType: string;
  /** Text for CSV and JSON; a data URL for PNG. */
  content: string;
}

export function offerDownload(host: HTMLElement, fileName: string, mimeType: string, content: string): void {
  const detail: DownloadDetail = { fileName, mimeType, content };
  const proceed = host.dispatchEvent(new CustomEvent('plc-download', { detail, bubbles: true, composed: true, cancelable: true }));
  if (!proceed) return;
  const url = content.startsWith('data:') ? content : URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  (host.shadowRoot ?? host).append(a);
  a.click();
  a.remove();
  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
