// Finds words written straight into Lit templates (html`…`) instead of going through msg(): the
// static text between tags and the static values of attributes a user reads or hears. Expressions
// (`${…}`) are not looked into: a msg() call, a number or a name from the data is fine there.
import ts from 'typescript';

/** Attributes whose value is shown or read out (Shoelace's `label` and `help-text` included). */
export const READ_ATTRIBUTES = new Set(['label', 'aria-label', 'title', 'placeholder', 'alt', 'help-text', 'aria-description', 'aria-roledescription']);

/**
 * Written the same in both languages, so they may stand in a template: symbols of units and
 * substances as printed in the inventories (PCDD/F, TEQ, PM2.5, CO₂) and SI units. Vietnamese
 * texts on dioxins use these same symbols; none of them is a word to translate.
 */
export const ALLOWED_TOKENS = [
  'µg TEQ',
  'PCDD/F',
  'TEQ',
  'CO₂',
  'PM2.5',
  'kWh',
  'kg',
  'm³',
  '₫',
  'µg',
  't',
  // Names of file formats on download buttons, the same in every language.
  'CSV',
  'JSON',
  'PNG',
];

export interface Offender {
  file: string;
  line: number;
  text: string;
  where: 'text' | `attribute ${string}`;
}

const HOLE = '\u0000'; // stands where an expression was

function hasWords(text: string): boolean {
  let rest = text.split(HOLE).join(' ');
  for (const token of ALLOWED_TOKENS) {
    rest = rest.replace(new RegExp(`(^|[^\\p{L}])${token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}])`, 'gu'), '$1');
  }
  // HTML entities (&nbsp;, &times;) are not words.
  rest = rest.replace(/&[a-z]+;|&#\d+;/gi, '');
  return /\p{L}/u.test(rest);
}

/** The static text of an html`…` template, with HOLE where each expression stands. */
function staticText(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
  return [template.head.rawText ?? template.head.text, ...template.templateSpans.map((s) => s.literal.rawText ?? s.literal.text)].join(HOLE);
}

/** Text and read attributes in one template's markup; elements whose content is not shown are skipped. */
export function findWordsInMarkup(markup: string): { text: string; where: Offender['where'] }[] {
  const found: { text: string; where: Offender['where'] }[] = [];
  const source = markup.replace(/<!--[\s\S]*?-->/g, '');
  let i = 0;
  let skipUntil: string | null = null;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt === -1 ? source.length : lt);
    if (!skipUntil && text.trim() && hasWords(text)) found.push({ text: text.trim(), where: 'text' });
    if (lt === -1) break;
    // Read the tag up to its closing '>' outside quotes.
    let j = lt + 1;
    let quote: string | null = null;
    while (j < source.length && (quote || source[j] !== '>')) {
      if (quote && source[j] === quote) quote = null;
      else if (!quote && (source[j] === '"' || source[j] === "'")) quote = source[j];
      j++;
    }
    const tag = source.slice(lt + 1, j);
    const name = /^\/?([\w-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (skipUntil) {
      if (tag.startsWith('/') && name === skipUntil) skipUntil = null;
    } else if (!tag.startsWith('/')) {
      if (name === 'style' || name === 'script') skipUntil = name;
      // eslint-disable-next-line no-control-regex -- NUL cannot start an attribute name (HTML syntax)
      for (const m of tag.matchAll(/([^\s=/"'>\u0000]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
        const attribute = m[1].toLowerCase();
        const value = m[3] ?? m[4] ?? m[5] ?? '';
        if (READ_ATTRIBUTES.has(attribute) && hasWords(value)) found.push({ text: value, where: `attribute ${attribute}` });
      }
    }
    i = j + 1;
  }
  return found;
}

/** Every html`…`/svg`…` template in one TypeScript source with words outside msg(). */
export function scanSource(file: string, code: string): Offender[] {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const offenders: Offender[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const f of findWordsInMarkup(staticText(node.template))) offenders.push({ file, line, ...f });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return offenders;
}
