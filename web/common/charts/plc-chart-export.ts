import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import { toCsv, toJson, type DataTable, type ScenarioRef } from './compare-data.ts';
import type { PlcCanvasChart } from './plc-canvas-chart.ts';
import { offerDownload } from '../download.ts';

/** A file name from a title: lower case, ASCII letters, digits and dashes. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'chart'
  );
}

/**
 * Download buttons next to a chart: its numbers as CSV and JSON, the picture as PNG. Files are made
 * in the page (Blob or data URL and an <a download>); nothing goes over the network. Each download
 * first fires `plc-download` (cancelable; tests read the file from its detail).
 */
@localized()
@customElement('plc-chart-export')
export class PlcChartExport extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sl-spacing-2x-small);
    }
    .label {
      font-size: var(--sl-font-size-x-small);
      color: var(--sl-color-neutral-700);
    }
  `;

  /** The chart's title; it names the files and heads the PNG. */
  @property() heading = '';
  @property() unit = '';
  @property({ attribute: false }) table: DataTable = { columns: [], rows: [] };
  @property({ attribute: false }) scenarios: ScenarioRef[] = [];
  /** Where the PNG comes from. */
  @property({ attribute: false }) chart: () => PlcCanvasChart | null = () => null;

  private save(extension: string, mimeType: string, content: string): void {
    offerDownload(this, `${slug(this.heading)}.${extension}`, mimeType, content);
  }

  /** The CSV file's text (what the CSV button saves). */
  csv(): string {
    return toCsv(this.table);
  }

  json(): string {
    return toJson(this.table, { title: this.heading, unit: this.unit || undefined, scenarios: this.scenarios });
  }

  private async png(): Promise<void> {
    const names = this.scenarios.map((s) => s.name).join(' · ');
    const chart = this.chart();
    await chart?.whenChart(); // Chart.js may still be loading
    const png = chart?.toPng(names ? [this.heading, names] : [this.heading]);
    if (png) this.save('png', 'image/png', png);
  }

  override render() {
    const what = this.heading;
    const buttons = [
      { format: 'csv', label: msg(str`Download the numbers of ${what} as CSV`), save: () => this.save('csv', 'text/csv', this.csv()) },
      { format: 'json', label: msg(str`Download the numbers of ${what} as JSON`), save: () => this.save('json', 'application/json', this.json()) },
      { format: 'png', label: msg(str`Download the chart ${what} as a PNG picture`), save: () => void this.png() },
    ];
    return html`
      <span class="label">${msg('Download:')}</span>
      ${buttons.map((b) => html`<sl-button size="small" data-format=${b.format} @click=${b.save} aria-label=${b.label}>${b.format.toUpperCase()}</sl-button>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-chart-export': PlcChartExport;
  }
}
