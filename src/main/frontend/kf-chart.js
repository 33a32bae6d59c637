/*
 * <kf-chart>: a Chart.js 4 chart built from a JSON config that the server sets as the `config`
 * property (see base/ui/Chart.java). It redraws when the config changes, follows the size of its
 * box, and reads colours written as CSS custom properties ("var(--lumo-primary-color)") from the
 * page, so the charts match the Lumo theme. The config's "kf" part holds what JSON cannot say as
 * a function: percent axes and tooltips.
 */
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class KfChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._chart = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:12rem}'
      + 'div{position:relative;width:100%;height:100%}canvas{display:block}</style>'
      + '<div><canvas role="img"></canvas></div>';
    this._canvas = root.querySelector('canvas');
  }

  set config(value) {
    this._config = typeof value === 'string' && value ? JSON.parse(value) : value || null;
    this._render();
  }

  get config() {
    return this._config;
  }

  static get observedAttributes() {
    return ['aria-label'];
  }

  attributeChangedCallback() {
    this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || '');
  }

  connectedCallback() {
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** "var(--x)" becomes the value of --x on this element; other colours pass through. */
  _colour(value) {
    if (Array.isArray(value)) {
      return value.map((v) => this._colour(v));
    }
    if (typeof value !== 'string') {
      return value;
    }
    const m = value.match(/^var\((--[\w-]+)\)$/);
    if (!m) {
      return value;
    }
    return getComputedStyle(this).getPropertyValue(m[1]).trim() || '#888';
  }

  _build() {
    const c = JSON.parse(JSON.stringify(this._config));
    const kf = c.kf || {};
    delete c.kf;
    for (const ds of (c.data && c.data.datasets) || []) {
      ['backgroundColor', 'borderColor'].forEach((k) => {
        if (ds[k] !== undefined) {
          ds[k] = this._colour(ds[k]);
        }
      });
    }
    const options = c.options || (c.options = {});
    options.responsive = true;
    options.maintainAspectRatio = false;
    options.animation = kf.animate === false ? false : options.animation;
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--lumo-secondary-text-color').trim();
    const grid = style.getPropertyValue('--lumo-contrast-10pct').trim();
    const font = style.getPropertyValue('--lumo-font-family').trim();
    Chart.defaults.color = text || Chart.defaults.color;
    if (font) {
      Chart.defaults.font.family = font;
    }
    for (const axis of Object.values(options.scales || {})) {
      axis.grid = Object.assign({ color: grid || undefined }, axis.grid);
    }
    if (kf.percentAxis && options.scales) {
      const value = options.indexAxis === 'y' ? 'x' : 'y';
      const axis = options.scales[value] || (options.scales[value] = {});
      axis.ticks = Object.assign({}, axis.ticks, { callback: (v) => v + ' %' });
    }
    if (kf.percentAxis) {
      options.plugins = options.plugins || {};
      options.plugins.tooltip = Object.assign({}, options.plugins.tooltip, {
        callbacks: {
          label: (ctx) => {
            const raw = ctx.raw;
            const v = Array.isArray(raw) ? raw[0] + '\u2013' + raw[1] : raw;
            return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') + v + ' %';
          },
        },
      });
    }
    return c;
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const config = this._build();
    if (this._chart && this._chart.config.type === config.type) {
      this._chart.data = config.data;
      this._chart.options = config.options;
      this._chart.update();
    } else {
      if (this._chart) {
        this._chart.destroy();
      }
      this._chart = new Chart(this._canvas, config);
    }
    this.setAttribute('data-rendered', 'true');
  }
}

if (!customElements.get('kf-chart')) {
  customElements.define('kf-chart', KfChart);
}
