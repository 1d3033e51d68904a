// The printed report lives in a container at the top of the document (outside the app's shadow
// roots), so that the page's print style can show it alone: every other child of <body> is
// hidden in print while a print copy is mounted, and nothing of it shows on screen.
import type { PlcReport, ReportInput } from './plc-report.ts';
import './plc-report.ts';

let sheet: CSSStyleSheet | undefined;
const ROOT_CLASS = 'plc-print-root';

/** `@page` rules only work in the document's own style sheet, not in a shadow root. */
function pageStyle(header: string, pageWord: string, ofWord: string): string {
  const quote = (s: string) => JSON.stringify(s);
  return `
@media screen { .${ROOT_CLASS} { position: absolute; left: -100000px; top: 0; width: 180mm; height: 0; overflow: hidden; visibility: hidden; } }
@media print {
  html.plc-has-print-copy body > :not(.${ROOT_CLASS}) { display: none !important; }
  html.plc-has-print-copy body { margin: 0; background: #fff; }
}
@page {
  size: A4; margin: 15mm;
  @top-left { content: ${quote(header)}; font: 8pt system-ui, sans-serif; color: #555; }
  @bottom-right { content: ${quote(pageWord + ' ')} counter(page) ${quote(' ' + ofWord + ' ')} counter(pages); font: 8pt system-ui, sans-serif; color: #555; }
}`;
}

export interface PrintCopy {
  element: PlcReport;
  update(input: ReportInput): void;
  remove(): void;
}

/** Mounts the print copy of the report (one at a time); `remove()` takes it and its style away. */
export function mountPrintCopy(input: ReportInput, words: { header: string; page: string; of: string }): PrintCopy {
  document.querySelector(`.${ROOT_CLASS}`)?.remove();
  // A constructed sheet, not a <style> element: the build's Content-Security-Policy allows no
  // inline styles (style-src 'self'), and adopted sheets are what Lit uses too.
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(pageStyle(words.header, words.page, words.of));
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const root = document.createElement('div');
  root.className = ROOT_CLASS;
  // Laid out off screen (the charts need a size to be drawn) but never seen or read on screen.
  root.setAttribute('aria-hidden', 'true');
  root.inert = true;
  const element = document.createElement('plc-report');
  element.print = true;
  element.input = input;
  root.append(element);
  document.body.append(root);
  document.documentElement.classList.add('plc-has-print-copy');
  return {
    element,
    update(next) {
      element.input = next;
    },
    remove() {
      root.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      document.documentElement.classList.remove('plc-has-print-copy');
    },
  };
}
