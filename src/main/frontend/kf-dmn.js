/*
 * <kf-dmn>: a DMN decision (table, literal expression or DRD) edited by dmn-js (bpmn.io).
 * Java side: base/ui/DmnEditor.java. Property xml; attribute readonly (set before it is shown)
 * opens dmn-js's viewer instead of the modeler. Events: kf-save {detail: {xml}} after
 * requestSave(), kf-dirty on the first change, kf-error {detail: {message}}.
 * Light DOM on purpose: dmn-js brings global CSS (imported below).
 */
import DmnModeler from 'dmn-js/lib/Modeler';
import DmnViewer from 'dmn-js/lib/Viewer';
import camundaModdle from 'camunda-dmn-moddle/resources/camunda.json';

import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './kf-diagram.css';

class KfDmn extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._dirty = false;
    this._importing = Promise.resolve();
  }

  connectedCallback() {
    if (this._dmn) {
      return;
    }
    this.classList.add('kf-diagram', 'kf-dmn');
    this._container = document.createElement('div');
    this._container.className = 'kf-diagram-canvas';
    this.appendChild(this._container);
    const options = {
      container: this._container,
      moddleExtensions: { camunda: camundaModdle }
    };
    this._dmn = this.hasAttribute('readonly') ? new DmnViewer(options) : new DmnModeler(options);
    this._dmn.on('views.changed', () => this._watchActiveViewer());
    if (this._xml) {
      this._import();
    }
  }

  set xml(value) {
    this._xml = value || null;
    if (this._dmn && this._xml) {
      this._import();
    }
  }

  get xml() {
    return this._xml;
  }

  requestSave() {
    return this._importing.then(() => this._dmn.saveXML({ format: true })).then(({ xml }) => {
      this._dirty = false;
      this.dispatchEvent(new CustomEvent('kf-save', { detail: { xml } }));
    }).catch((error) => this._fail(error));
  }

  _import() {
    this._importing = this._dmn.importXML(this._xml).then(() => {
      this._dirty = false;
      // open the first decision table, which is what HR edits; the DRD stays one tab away
      const table = this._dmn.getViews().find((view) => view.type === 'decisionTable');
      if (table) {
        return this._dmn.open(table);
      }
      return undefined;
    }).catch((error) => this._fail(error));
  }

  _watchActiveViewer() {
    const viewer = this._dmn.getActiveViewer();
    if (!viewer || viewer === this._watched) {
      return;
    }
    this._watched = viewer;
    viewer.on('commandStack.changed', () => {
      if (!this._dirty) {
        this._dirty = true;
        this.dispatchEvent(new CustomEvent('kf-dirty'));
      }
    });
  }

  _fail(error) {
    const message = (error && error.message) || String(error);
    this.dispatchEvent(new CustomEvent('kf-error', { detail: { message } }));
  }
}

customElements.define('kf-dmn', KfDmn);
