/*
 * <kf-bpmn>: a BPMN diagram drawn by bpmn-js (bpmn.io, MIT-style licence with the bpmn.io
 * watermark kept). Java side: base/ui/BpmnDiagram.java.
 *
 * mode="view": the navigated viewer (pan and zoom, read only), for the auditor's path diagram.
 * mode="edit": the modeler with the Camunda 7 properties panel, for HR's designer.
 *
 * Properties set by the server: xml (the diagram), markers ({elementId: ["done", ...]}),
 * badges ({elementId: "x3"}). Events sent to the server:
 *   kf-element-click {detail: {id}}  a click on an element (not the canvas)
 *   kf-save          {detail: {xml}} the current XML, after requestSave()
 *   kf-dirty         {}              the first change after an import or a save
 *   kf-error         {detail: {message}} the XML could not be imported
 *
 * Light DOM on purpose: bpmn-js and its properties panel bring global CSS (imported below).
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './kf-diagram.css';

class KfBpmn extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._markers = {};
    this._badges = {};
    this._applied = { markers: {}, overlays: [] };
    this._dirty = false;
    this._importing = Promise.resolve();
  }

  connectedCallback() {
    if (this._bpmn) {
      return;
    }
    const edit = this.getAttribute('mode') === 'edit';
    this.classList.add('kf-diagram', edit ? 'kf-diagram-edit' : 'kf-diagram-view');
    this._canvasEl = document.createElement('div');
    this._canvasEl.className = 'kf-diagram-canvas';
    this.appendChild(this._canvasEl);
    if (edit) {
      this._panelEl = document.createElement('div');
      this._panelEl.className = 'kf-diagram-panel';
      this.appendChild(this._panelEl);
      this._bpmn = new Modeler({
        container: this._canvasEl,
        propertiesPanel: { parent: this._panelEl },
        additionalModules: [
          BpmnPropertiesPanelModule,
          BpmnPropertiesProviderModule,
          CamundaPlatformPropertiesProviderModule,
          CamundaBehaviorsModule
        ],
        moddleExtensions: { camunda: camundaModdle }
      });
      this._bpmn.on('commandStack.changed', () => {
        if (!this._dirty) {
          this._dirty = true;
          this.dispatchEvent(new CustomEvent('kf-dirty'));
        }
      });
    } else {
      this._bpmn = new NavigatedViewer({
        container: this._canvasEl,
        moddleExtensions: { camunda: camundaModdle }
      });
    }
    this._bpmn.on('element.click', (event) => {
      const element = event.element;
      if (element && element.type !== 'bpmn:Process' && element.type !== 'bpmn:Collaboration') {
        this.dispatchEvent(new CustomEvent('kf-element-click', { detail: { id: element.id } }));
      }
    });
    this.appendChild(this._zoomControls());
    if (this._xml) {
      this._import();
    }
  }

  /** Zoom in, zoom out and fit, for people who do not know the mouse wheel zooms. */
  _zoomControls() {
    const bar = document.createElement('div');
    bar.className = 'kf-diagram-zoom';
    const canvas = () => this._bpmn.get('canvas');
    [['+', 'zoom-in', () => canvas().zoom(canvas().zoom() * 1.25)],
      ['\u2212', 'zoom-out', () => canvas().zoom(canvas().zoom() / 1.25)],
      ['\u2922', 'fit', () => canvas().zoom('fit-viewport', 'auto')]].forEach(([text, name, action]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.className = 'kf-diagram-zoom-' + name;
      button.setAttribute('aria-label', this.getAttribute('data-label-' + name) || name);
      button.addEventListener('click', action);
      bar.appendChild(button);
    });
    return bar;
  }

  set xml(value) {
    this._xml = value || null;
    if (this._bpmn && this._xml) {
      this._import();
    }
  }

  get xml() {
    return this._xml;
  }

  set markers(value) {
    this._markers = parse(value);
    this._decorate();
  }

  set badges(value) {
    this._badges = parse(value);
    this._decorate();
  }

  /** Called by the server: answer with the current XML in a kf-save event. */
  requestSave() {
    return this._importing.then(() => this._bpmn.saveXML({ format: true })).then(({ xml }) => {
      this._dirty = false;
      this.dispatchEvent(new CustomEvent('kf-save', { detail: { xml } }));
    }).catch((error) => this._fail(error));
  }

  /** The diagram as SVG (bpmn-js's own drawing), for a download made in the browser. */
  saveSvg() {
    return this._bpmn.saveSVG().then(({ svg }) => svg);
  }

  _import() {
    const xml = this._xml;
    this._importing = this._bpmn.importXML(xml).then(() => {
      this._applied = { markers: {}, overlays: [] };
      this._dirty = false;
      this._bpmn.get('canvas').zoom('fit-viewport', 'auto');
      this._decorate();
    }).catch((error) => this._fail(error));
  }

  _fail(error) {
    const message = (error && error.message) || String(error);
    this.dispatchEvent(new CustomEvent('kf-error', { detail: { message } }));
  }

  _decorate() {
    if (!this._bpmn) {
      return;
    }
    const registry = this._bpmn.get('elementRegistry');
    const canvas = this._bpmn.get('canvas');
    const overlays = this._bpmn.get('overlays');
    Object.entries(this._applied.markers).forEach(([id, classes]) => {
      if (registry.get(id)) {
        classes.forEach((c) => canvas.removeMarker(id, c));
      }
    });
    this._applied.overlays.forEach((overlayId) => overlays.remove(overlayId));
    this._applied = { markers: {}, overlays: [] };
    Object.entries(this._markers).forEach(([id, names]) => {
      if (!registry.get(id)) {
        return;
      }
      const classes = names.map((name) => 'kf-marker-' + name);
      classes.forEach((c) => canvas.addMarker(id, c));
      this._applied.markers[id] = classes;
    });
    Object.entries(this._badges).forEach(([id, text]) => {
      if (!registry.get(id)) {
        return;
      }
      const badge = document.createElement('span');
      badge.className = 'kf-diagram-badge';
      badge.textContent = text;
      this._applied.overlays.push(overlays.add(id, { position: { top: -10, right: 10 }, html: badge }));
    });
  }
}

function parse(value) {
  if (!value) {
    return {};
  }
  return typeof value === 'string' ? JSON.parse(value) : value;
}

customElements.define('kf-bpmn', KfBpmn);
