import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized } from '@lit/localize';

/** Viridis (perceptually uniform, readable in grey and by most colour-blind readers), 9 stops. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const STOPS = VIRIDIS.map(hexToRgb);

export function viridis(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const c = STOPS[i].map((v, k) => Math.round(v + (STOPS[i + 1][k] - v) * f));
  return `rgb(${c[0]} ${c[1]} ${c[2]})`;
}

/**
 * A heatmap of a 2-D sweep drawn on a canvas: x = the first parameter, y = the second, colour =
 * the figure (viridis; impossible points hatched grey), with tick labels and a colour bar.
 * `z` is row-major over x: z[ix × ny + iy]. Redrawn on resize.
 */
@localized()
@customElement('plc-heatmap')
export class PlcHeatmap extends LitElement {
  static override styles = css`
    :host { display: block; height: var(--plc-chart-height, 20rem); }
    .box { position: relative; width: 100%; height: 100%; }
    canvas { display: block; width: 100%; height: 100%; }
  `;

  @property({ attribute: false }) x: number[] = [];
  @property({ attribute: false }) y: number[] = [];
  @property({ attribute: false }) z: ArrayLike<number> = [];
  @property() xLabel = '';
  @property() yLabel = '';
  @property() zLabel = '';
  @property({ attribute: false }) format: (v: number) => string = (v) => String(v);
  /** Text alternative of the picture; pair it with the numbers as a table. */
  @property() label = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private resize?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver(() => this.draw());
    if (this.hasUpdated) this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  protected override firstUpdated(): void {
    this.resize?.observe(this);
  }

  protected override updated(): void {
    this.draw();
  }

  private draw(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    const nx = this.x.length;
    const ny = this.y.length;
    if (nx === 0 || ny === 0) return;
    const values = Array.from(this.z).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const font = '11px system-ui, sans-serif';
    ctx.font = font;
    const left = 56, right = 92, top = 8, bottom = 44;
    const w = Math.max(10, width - left - right);
    const h = Math.max(10, height - top - bottom);
    const cw = w / nx, ch = h / ny;
    for (let ix = 0; ix < nx; ix++) {
      for (let iy = 0; iy < ny; iy++) {
        const v = this.z[ix * ny + iy];
        ctx.fillStyle = Number.isFinite(v) ? viridis(hi > lo ? (v - lo) / (hi - lo) : 0.5) : '#d0d0d0';
        // y grows upwards; cells overlap by a hair so no seams show.
        ctx.fillRect(left + ix * cw, top + h - (iy + 1) * ch, cw + 0.5, ch + 0.5);
      }
    }
    ctx.strokeStyle = '#666';
    ctx.strokeRect(left, top, w, h);
    ctx.fillStyle = '#333';
    const ticks = (n: number) => {
      const count = Math.min(n, 5);
      return Array.from({ length: count }, (_, k) => (count === 1 ? 0 : Math.round((k * (n - 1)) / (count - 1))));
    };
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const ix of ticks(nx)) ctx.fillText(String(Number(this.x[ix].toPrecision(3))), left + (ix + 0.5) * cw, top + h + 4);
    ctx.fillText(this.xLabel, left + w / 2, top + h + 22, w);
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const iy of ticks(ny)) ctx.fillText(String(Number(this.y[iy].toPrecision(3))), left - 4, top + h - (iy + 0.5) * ch);
    ctx.save();
    ctx.translate(12, top + h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.fillText(this.yLabel, 0, 0, h);
    ctx.restore();
    // Colour bar with the lowest and highest value.
    const bx = left + w + 14;
    for (let k = 0; k < h; k++) {
      ctx.fillStyle = viridis(1 - k / h);
      ctx.fillRect(bx, top + k, 12, 1.5);
    }
    ctx.fillStyle = '#333';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(values.length ? this.format(hi) : '', bx + 16, top, right - 30);
    ctx.textBaseline = 'bottom';
    ctx.fillText(values.length ? this.format(lo) : '', bx + 16, top + h, right - 30);
    ctx.textBaseline = 'middle';
    ctx.save();
    ctx.translate(bx + 24, top + h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.fillText(this.zLabel, 0, 0, h - 60);
    ctx.restore();
  }

  override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-heatmap': PlcHeatmap;
  }
}
