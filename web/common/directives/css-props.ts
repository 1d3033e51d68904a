// Sets inline style properties through the CSSOM only. Lit's styleMap writes a `style="…"`
// attribute on first render, which a strict Content-Security-Policy (no 'unsafe-inline' for
// styles) blocks; element.style.setProperty is allowed. Use as `style=${cssProps({ '--x': '3rem' })}`.

import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | number | undefined | null>;

const cssName = (key: string) => (key.startsWith('--') ? key : key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`));

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssProps() can only be used in a style attribute binding');
    }
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      const name = cssName(key);
      next.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
