// Experiments: run a shipped sweep with a progress bar and its distribution chart; a slider that reruns a small
// sweep of one parameter value as it moves.
import {h, fill, live, debounce} from '../dom.js';
import {get, post, libraryContents, q, ApiError} from '../api.js';
import {title, replaceParams} from '../nav.js';
import {barChart} from '../charts.js';

/** The parameter a quick sweep varies for each shipped experiment, with the slider's range. */
const QUICK = {
  'workforce-loyalty': {parameter: 'workforce.thresholdShift', label: 'Shift of the staff\'s thresholds',
    min: -0.1, max: 0.3, step: 0.01, value: 0.1},
  'outside-offer': {parameter: 'model.outsideOfferMultiplier', label: 'Weight of the outside offer',
    min: 0, max: 3, step: 0.1, value: 1},
  'quorum-and-notice': {parameter: 'directors.toner.resolve', label: 'Toner\'s resolve', min: 0, max: 800, step: 10,
    value: 320},
};
const POLL_MS = 500;

export async function render(container, _name, params) {
  title('Experiments');
  const lib = await libraryContents();
  const view = new Experiments(container, lib.experiments, params);
  view.mount();
  return view;
}

class Experiments {
  constructor(container, experiments, params) {
    this.container = container;
    this.experiments = experiments;
    this.chosen = params.experiment || experiments[0]?.name;
    this.sweepId = params.sweep || null;
    this.closed = false;
    this.source = null;
  }

  mount() {
    this.select = h('select', {id: 'experiment'}, this.experiments.map((x) => h('option', {value: x.name,
      selected: x.name === this.chosen}, `${x.title} (${x.runs} runs)`)));
    this.select.addEventListener('change', () => {
      this.chosen = this.select.value;
      replaceParams({experiment: this.chosen, sweep: undefined});
      this.mountQuick();
    });
    this.runButton = h('button', {type: 'button', class: 'primary', id: 'run-sweep', onclick: () => this.run()},
      'Run the sweep');
    this.progress = h('progress', {id: 'sweep-progress', max: 1, value: 0});
    this.progressText = live('Not started.');
    this.results = h('div', {class: 'sweep-results', id: 'sweep-results'});
    this.quick = h('div', {class: 'quick'});
    fill(this.container,
      h('p', {}, 'A sweep runs the case many times with a parameter varied and seeds drawn afresh, to see how often '
        + 'each outcome follows.'),
      h('section', {'aria-labelledby': 'sweep-heading'}, h('h2', {id: 'sweep-heading'}, 'Run a shipped sweep'),
        h('div', {class: 'row'}, h('label', {for: 'experiment'}, 'Experiment'), this.select, this.runButton),
        h('div', {class: 'row'}, h('label', {for: 'sweep-progress'}, 'Progress'), this.progress),
        this.progressText, this.results),
      h('section', {'aria-labelledby': 'quick-heading'}, h('h2', {id: 'quick-heading'}, 'Try one value'), this.quick));
    this.mountQuick();
    if (this.sweepId) this.follow(this.sweepId);
  }

  close() {
    this.closed = true;
    this.source?.close();
    clearTimeout(this.poller);
  }

  async run() {
    this.runButton.disabled = true;
    fill(this.results);
    this.progressText.textContent = 'Starting…';
    try {
      const started = await post('sweeps', {experiment: this.chosen});
      const id = started.id ?? started.sweep ?? started.sweepId;
      replaceParams({experiment: this.chosen, sweep: id});
      this.follow(id);
    } catch (e) {
      this.runButton.disabled = false;
      this.progressText.textContent = unavailable(e, 'The sweep could not start');
    }
  }

  /** Progress by server-sent events when the server offers them, by polling otherwise. */
  follow(id) {
    this.sweepId = id;
    this.runButton.disabled = true;
    this.source?.close();
    if (window.EventSource) {
      const source = new EventSource(`api/v1/sweeps/${q(id)}/stream`);
      this.source = source;
      let heard = false;
      const onMessage = (message) => {
        heard = true;
        let data = {};
        try {
          data = JSON.parse(message.data);
        } catch (e) {
          return;
        }
        if (this.showProgress(data)) {
          source.close();
          this.finish(id);
        }
      };
      source.onmessage = onMessage;
      for (const type of ['progress', 'run', 'done', 'finished', 'complete']) source.addEventListener(type, onMessage);
      source.onerror = () => {
        source.close();
        if (!this.closed && !this.finished) this.poll(id, heard);
      };
      return;
    }
    this.poll(id, false);
  }

  async poll(id) {
    if (this.closed) return;
    try {
      const p = await get(`sweeps/${q(id)}`);
      if (this.showProgress(p)) {
        this.finish(id);
        return;
      }
    } catch (e) {
      this.progressText.textContent = unavailable(e, 'The sweep\'s progress could not be read');
      this.runButton.disabled = false;
      return;
    }
    this.poller = setTimeout(() => this.poll(id), POLL_MS);
  }

  /** Shows progress of any of the shapes a sweep may report; true once it is over. */
  showProgress(p) {
    const total = p.total ?? p.runs ?? p.of ?? null;
    const done = p.done ?? p.completed ?? p.finished ?? p.runsDone ?? null;
    let fraction = p.fraction ?? p.progress ?? (total ? (done ?? 0) / total : null);
    if (typeof fraction === 'number' && fraction > 1) fraction /= 100;
    const status = String(p.status ?? p.state ?? '').toLowerCase();
    const over = ['done', 'finished', 'completed', 'complete', 'succeeded', 'failed', 'error', 'cancelled']
      .includes(status) || (total !== null && done !== null && done >= total);
    if (fraction !== null && fraction !== undefined) this.progress.value = Math.min(1, fraction);
    if (over && !['failed', 'error', 'cancelled'].includes(status)) this.progress.value = 1;
    this.progressText.textContent = `${status || 'running'}${done !== null && total !== null ? `: ${done} of ${total} runs`
      : ''}${p.error ? ` (${p.error})` : ''}`;
    return over;
  }

  async finish(id) {
    this.finished = true;
    this.runButton.disabled = false;
    try {
      const results = await get(`sweeps/${q(id)}/results`);
      fill(this.results, resultsView(results, `Results of ${this.chosen}`));
      this.results.dataset.ready = 'true';
    } catch (e) {
      fill(this.results, h('p', {class: 'error', role: 'alert'}, unavailable(e, 'The results could not be read')));
    }
  }

  mountQuick() {
    const spec = QUICK[this.chosen];
    if (!spec) {
      fill(this.quick, h('p', {class: 'muted'}, 'This experiment has no quick slider.'));
      return;
    }
    const slider = h('input', {type: 'range', id: 'quick-value', min: spec.min, max: spec.max, step: spec.step,
      value: spec.value, 'aria-describedby': 'quick-status'});
    const shown = h('output', {for: 'quick-value', id: 'quick-shown'}, String(spec.value));
    const status = h('p', {class: 'status', id: 'quick-status', role: 'status'},
      'Move the slider: 200 runs at that value follow.');
    const chart = h('div', {class: 'quick-chart', id: 'quick-chart'});
    let latest = 0;
    const rerun = debounce(async (value) => {
      const mine = ++latest;
      status.textContent = `Running 200 runs with ${spec.parameter} = ${value}…`;
      try {
        const result = await post('sweeps/quick', {experiment: this.chosen, parameter: spec.parameter,
          value: Number(value), runs: 200});
        if (mine !== latest) return;
        status.textContent = `${spec.parameter} = ${value}: ${result.runs ?? 200} runs.`;
        fill(chart, resultsView(result, `200 runs with ${spec.parameter} = ${value}`));
        chart.dataset.value = String(value);
      } catch (e) {
        if (mine === latest) status.textContent = unavailable(e, 'The quick sweep could not run');
      }
    }, 350);
    slider.addEventListener('input', () => {
      shown.textContent = slider.value;
      rerun(slider.value);
    });
    fill(this.quick,
      h('div', {class: 'row'}, h('label', {for: 'quick-value'}, `${spec.label} (${spec.parameter})`), slider, shown),
      status, chart);
  }
}

function unavailable(e, what) {
  if (e instanceof ApiError && (e.status === 404 || e.status === 405)) {
    return `${what}: this server does not run sweeps yet.`;
  }
  return `${what}: ${e.message}${e.field ? ` (field ${e.field})` : ''}`;
}

/**
 * Results of a sweep as a chart: the first distribution found in the answer (bars, bins, histogram, distribution or
 * counts), then its summary figures as a table.
 */
export function resultsView(results, heading) {
  const bars = distributionOf(results);
  const figures = Object.entries(results || {}).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  return [
    bars.length ? barChart({title: heading, bars}) : h('p', {class: 'muted'}, 'No distribution in the results.'),
    figures.length ? h('table', {class: 'figures'}, h('caption', {}, 'Figures'),
      h('tbody', {}, figures.map(([k, v]) => h('tr', {}, h('th', {scope: 'row'}, k), h('td', {}, String(v))))))
      : null,
  ];
}

function distributionOf(r) {
  if (!r || typeof r !== 'object') return [];
  const candidates = [r.chart, r.distribution, r.histogram, r.bins, r.bars, r.counts, r.summary, r.outcomes, r];
  for (const c of candidates) {
    const bars = asBars(c);
    if (bars.length) return bars;
    if (c && typeof c === 'object' && !Array.isArray(c)) {
      for (const inner of [c.bars, c.bins, c.series, c.data, c.points, c.values]) {
        const nested = asBars(inner);
        if (nested.length) return nested;
      }
    }
  }
  return [];
}

function asBars(c) {
  if (Array.isArray(c) && c.length && typeof c[0] === 'object') {
    const label = (x) => x.label ?? x.value ?? x.x ?? x.bin ?? x.from ?? x.key ?? x.name;
    const value = (x) => x.count ?? x.y ?? x.share ?? x.runs ?? x.n ?? x.frequency ?? x.mean;
    if (c.every((x) => typeof value(x) === 'number')) return c.map((x) => ({label: label(x), value: value(x)}));
  }
  if (c && typeof c === 'object' && !Array.isArray(c)) {
    const entries = Object.entries(c);
    if (entries.length > 1 && entries.length <= 60 && entries.every(([, v]) => typeof v === 'number')) {
      return entries.map(([k, v]) => ({label: k, value: v}));
    }
  }
  return [];
}

