import { html, type TemplateResult } from 'lit';
import { messageLang } from '../app/locale.ts';
import { quotedParts } from '../shared/model/citations.ts';

/** A source note in a page, every part in another language than the page's marked with its `lang`
 *  (a note the user wrote in English; an English title or quotation kept in a Vietnamese note), so
 *  that a screen reader says it in the right language. */
export function langMarked(read: { text: string; lang: 'vi' | 'en' }): TemplateResult | string {
  const page = messageLang();
  if (read.lang !== page) return html`<span lang=${read.lang}>${read.text}</span>`;
  const parts = quotedParts(read.text, page);
  if (parts.length === 1) return read.text;
  return html`${parts.map((p) => (p.lang === page ? p.text : html`<span lang=${p.lang}>${p.text}</span>`))}`;
}
