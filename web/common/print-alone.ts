// Prints one element alone: a copy of it goes into a container at the end of the page body, the
// document adopts rules that hide everything else in print, and both leave after printing.

/** The document-level rules, one sheet a container class. Shadow styles cannot reach the app
 *  shell or set @page; a constructed sheet, as the Content-Security-Policy forbids inline <style>. */
const sheets = new Map<string, CSSStyleSheet>();

function onePageSheet(rootClass: string): CSSStyleSheet {
  let sheet = sheets.get(rootClass);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`
@page { size: A4; margin: 12mm; }
@media screen { .${rootClass} { display: none; } }
@media print {
  html, body { background: #fff !important; margin: 0; min-width: 0; }
  body > :not(.${rootClass}) { display: none !important; }
}`);
    sheets.set(rootClass, sheet);
  }
  return sheet;
}

/**
 * Prints `copy` alone on one A4 page, inside a container of class `rootClass` (an earlier container
 * of that class is removed first). The copy is an element made for the print, its properties set;
 * it prints once it has rendered, and leaves with the rules after the print.
 */
export async function printAlone(rootClass: string, copy: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  document.querySelectorAll(`.${rootClass}`).forEach((e) => e.remove());
  const sheet = onePageSheet(rootClass);
  const root = document.createElement('div');
  root.className = rootClass;
  root.append(copy);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => s !== sheet), sheet];
  document.body.append(root);
  const cleanup = () => {
    root.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    window.removeEventListener('afterprint', cleanup);
  };
  window.addEventListener('afterprint', cleanup);
  await copy.updateComplete;
  window.print();
}
