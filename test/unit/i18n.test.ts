// Translation coverage (issue 8). The messages are extracted afresh from the source with
// lit-localize's own analyser (as `npm run i18n:extract` does) and compared with the Vietnamese
// XLIFF, so a new msg() without a translation fails here even if nobody re-ran the extractor. The
// second half scans the components for words written straight into templates.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import { findWordsInMarkup, scanSource } from './template-text-scanner.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceText(m: Message): string {
  return m.contents.map((c) => (typeof c === 'string' ? c : c.untranslatable)).join('');
}

function placeholders(m: Message): string[] {
  return m.contents
    .filter((c) => typeof c !== 'string')
    .map((c) => (c as { untranslatable: string }).untranslatable)
    .sort();
}

describe('translation catalogue', () => {
  // lit-localize-tools' config reader; the config has a $schema, so nothing is written.
  const config = readConfigFileAndWriteSchema(path.join(root, 'lit-localize.json'));
  const localizer = new RuntimeLitLocalizer(config as typeof config & { output: RuntimeOutputConfig });
  const { messages, errors } = localizer.extractSourceMessages();
  const vi = new Map(
    localizer
      .readTranslationsSync()
      .translations.get('vi' as Locale)
      ?.map((m) => [m.name, m]) ?? [],
  );

  it('extracts every message without an analysis error', () => {
    expect(errors.map((e) => String(e.messageText))).toEqual([]);
    expect(messages.length).toBeGreaterThan(800);
  });

  it('has a Vietnamese translation for every message in the source', () => {
    const missing = messages
      .filter((m) => !vi.has(m.name) || sourceText(vi.get(m.name)!).trim() === '')
      .map((m) => `${m.name} (${path.relative(root, m.file.fileName)}): ${sourceText(m)}`);
    expect(missing, 'run `npm run i18n:extract`, translate in web/locales/xliff/vi.xlf, then `npm run i18n:build`').toEqual([]);
  });

  it('keeps the placeholders of each source message in its translation', () => {
    const wrong = messages
      .filter((m) => vi.has(m.name))
      .filter((m) => JSON.stringify(placeholders(m)) !== JSON.stringify(placeholders(vi.get(m.name)!)))
      .map((m) => `${m.name}: ${sourceText(m)} -> ${sourceText(vi.get(m.name)!)}`);
    expect(wrong).toEqual([]);
    expect(localizer.validateTranslations().errors).toEqual([]);
  });

  it('has no translation left over for a message that is gone', () => {
    const ids = new Set(messages.map((m) => m.name));
    expect([...vi.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has built the generated Vietnamese module from the current XLIFF', () => {
    const generated = readFileSync(path.join(root, 'web/locales/vi.ts'), 'utf8');
    const built = new Set([...generated.matchAll(/^\s*'([\w-]+)':/gm)].map((m) => m[1]));
    expect(
      [...vi.keys()].filter((id) => !built.has(id)),
      'run `npm run i18n:build`',
    ).toEqual([]);
  });
});

describe('no words outside the catalogue', () => {
  it('finds words in template text and read attributes, not in expressions, symbols or units', () => {
    const bad = 'html`<p>Plastic burned</p><sl-input label="Name" placeholder=${msg(\'x\')}></sl-input><img alt="Logo">`';
    expect(scanSource('bad.ts', bad).map((o) => [o.where, o.text])).toEqual([
      ['text', 'Plastic burned'],
      ['attribute label', 'Name'],
      ['attribute alt', 'Logo'],
    ]);
    const good = "html`<p>${msg('Plastic burned')}</p><span>${n} µg TEQ · PCDD/F · 12 %</span><b title=${t}>₫</b>`";
    expect(scanSource('good.ts', good)).toEqual([]);
    // Classes, ids and test ids are not read out; style content is not shown.
    expect(findWordsInMarkup('<div class="note" data-testid="burned"><style>p { color: red }</style></div>')).toEqual([]);
  });

  it('finds no words written straight into the components’ templates', () => {
    // Before the last fixes it reported (kept here to show that it can fail):
    //   web/evaluation/plc-indicator-table.ts:64 [text] "n = \u0000"  (twice: before and after)
    //   web/library/plc-run-history.ts:46 [text] "v\u0000"
    //   web/common/charts/plc-chart-export.ts:74 [text] "CSV", "JSON", "PNG"  (now allowed: format names)
    // Every page folder: the shell, the common elements and each view (not shared/, worker/, cli/).
    const pageDirs = readdirSync(path.join(root, 'web'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['shared', 'worker', 'cli', 'locales', 'wasm', 'public', 'icons', 'styles'].includes(d.name))
      .map((d) => `web/${d.name}`);
    const files = pageDirs.flatMap((dir) =>
      (readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`),
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .flatMap((f) => scanSource(f, readFileSync(path.join(root, f), 'utf8')))
      .map((o) => `${o.file}:${o.line} [${o.where}] ${JSON.stringify(o.text)}`);
    expect(offenders).toEqual([]);
  });
});
