// Experiments: run a shipped sweep with a progress bar and its distribution chart; a slider that reruns a quick
// sweep of 200 runs at one value of a setting as it moves.
import {h, fill, debounce} from '../dom.js';
import {get, post, libraryContents, q, ApiError} from '../api.js';
import {title, replaceParams} from '../nav.js';
import {barChart} from '../charts.js';

/** Slider ranges of the settings the shipped experiments vary with numbers; the server names which apply. */
const RANGES = {
  'workforce.thresholdShift': {min: -0.1, max: 0.3, step: 0.01, value: 0.1},
  'model.outsideOfferMultiplier': {min: 0, max: 3, step: 0.1, value: 1},
  'model.offerThresholdDiscount': {min: 0, max: 0.5, step: 0.01, value: 0.1},
};
const DEFAULT_RANGE = {min: 0, max: 2, step: 0.05, value: 1};
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
      fill(this.results);
      this.progress.value = 0;
      this.progressText.textContent = 'Not started.';
      this.mountQuick();
    });
    this.runButton = h('button', {type: 'button', class: 'primary', id: 'run-sweep', onclick: () => this.run()},
      'Run the sweep');
    this.progress = h('progress', {id: 'sweep-progress', max: 1, value: 0});
    this.progressText = h('p', {class: 'status', id: 'sweep-status', role: 'status'}, 'Not started.');
    this.results = h('div', {class: 'sweep-results', id: 'sweep-results'});
    this.quick = h('div', {class: 'quick'});
    fill(this.container,
      h('p', {}, 'A sweep runs the case many times with a setting varied and the seeds drawn afresh, to see how often '
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
    this.finished = false;
    delete this.results.dataset.ready;
    fill(this.results);
    this.progress.value = 0;
    this.progressText.textContent = 'Starting…';
    try {
      const started = await post('sweeps', {experiment: this.chosen});
      replaceParams({experiment: this.chosen, sweep: started.id});
      this.follow(started.id);
    } catch (e) {
      this.runButton.disabled = false;
      this.progressText.textContent = unavailable(e, 'The sweep could not start');
    }
  }

  /** Progress by server-sent events ('progress', then 'done' or 'failed'); by polling if the stream fails. */
  follow(id) {
    this.sweepId = id;
    this.runButton.disabled = true;
    this.source?.close();
    const source = new EventSource(`api/v1/sweeps/${q(id)}/stream`);
    this.source = source;
    const heard = (message) => {
      let p = null;
      try {
        p = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      if (this.showProgress(p)) {
        source.close();
        this.finish(id, p);
      }
    };
    for (const type of ['progress', 'done', 'failed']) source.addEventListener(type, heard);
    source.onerror = () => {
      source.close();
      if (!this.closed && !this.finished) this.poll(id);
    };
  }

  async poll(id) {
    if (this.closed || this.finished) return;
    try {
      const p = await get(`sweeps/${q(id)}`);
      if (this.showProgress(p)) {
        this.finish(id, p);
        return;
      }
    } catch (e) {
      this.progressText.textContent = unavailable(e, 'The sweep\'s progress could not be read');
      this.runButton.disabled = false;
      return;
    }
    this.poller = setTimeout(() => this.poll(id), POLL_MS);
  }

  /** Shows where a sweep stands; true once it is over. */
  showProgress(p) {
    const total = p.total || 0;
    const done = p.done || 0;
    if (total) this.progress.value = Math.min(1, done / total);
    const over = p.status && p.status !== 'running';
    if (p.status === 'done') this.progress.value = 1;
    const rate = p.runsPerSecond ? `, ${p.runsPerSecond.toFixed(0)} runs a second` : '';
    this.progressText.textContent = `${p.status || 'running'}: ${done} of ${total} runs${rate}`
      + `${p.error ? `. ${p.error}` : ''}`;
    return over;
  }

  async finish(id, progress) {
    if (this.finished) return;
    this.finished = true;
    this.runButton.disabled = false;
    if (progress.status !== 'done') return;
    try {
      const results = await get(`sweeps/${q(id)}/results`);
      fill(this.results, sweepResults(results));
      this.results.dataset.ready = 'true';
    } catch (e) {
      fill(this.results, h('p', {class: 'error', role: 'alert'}, unavailable(e, 'The results could not be read')));
    }
  }

  async mountQuick() {
    const experiment = this.chosen;
    fill(this.quick, h('p', {class: 'muted'}, 'Loading the sliders…'));
    let sliders;
    try {
      sliders = await get(`sweeps/quick?experiment=${q(experiment)}`);
    } catch (e) {
      fill(this.quick, h('p', {class: 'muted'}, unavailable(e, 'No quick sweeps')));
      return;
    }
    if (experiment !== this.chosen) return;
    if (!sliders.parameters?.length) {
      fill(this.quick, h('p', {class: 'muted'}, 'This experiment varies no setting with numbers: it has no slider.'));
      return;
    }
    const parameter = h('select', {id: 'quick-parameter'}, sliders.parameters.map((p) => h('option', {value: p}, p)));
    const slider = h('input', {type: 'range', id: 'quick-value', 'aria-describedby': 'quick-status'});
    const shown = h('output', {for: 'quick-value', id: 'quick-shown'});
    const status = h('p', {class: 'status', id: 'quick-status', role: 'status'},
      `Move the slider: ${sliders.runs} runs at that value follow.`);
    const chart = h('div', {class: 'quick-chart', id: 'quick-chart'});
    const place = () => {
      const range = RANGES[parameter.value] || DEFAULT_RANGE;
      Object.assign(slider, {min: range.min, max: range.max, step: range.step});
      slider.value = range.value;
      shown.textContent = slider.value;
    };
    let latest = 0;
    const rerun = debounce(async () => {
      const mine = ++latest;
      const value = Number(slider.value);
      status.textContent = `Running ${sliders.runs} runs with ${parameter.value} = ${value}…`;
      try {
        const result = await post('sweeps/quick', {experiment, parameter: parameter.value, value});
        if (mine !== latest) return;
        status.textContent = `${result.parameter} = ${result.value}: ${result.runs} runs`
          + (result.cached ? ', as run before at this value.' : ` in ${Math.round(result.milliseconds)} ms.`);
        fill(chart, quickResults(result));
        chart.dataset.value = String(result.value);
      } catch (e) {
        if (mine === latest) status.textContent = unavailable(e, 'The quick sweep could not run');
      }
    }, 300);
    parameter.addEventListener('change', () => {
      place();
      rerun();
    });
    slider.addEventListener('input', () => {
      shown.textContent = slider.value;
      rerun();
    });
    place();
    fill(this.quick,
      h('div', {class: 'row'}, h('label', {for: 'quick-parameter'}, 'Setting'), parameter),
      h('div', {class: 'row'}, h('label', {for: 'quick-value'}, 'Value'), slider, shown),
      status, chart);
    rerun();
  }
}

function unavailable(e, what) {
  if (e instanceof ApiError && (e.status === 404 || e.status === 405)) {
    return `${what}: this server does not run sweeps.`;
  }
  if (e instanceof ApiError && e.status === 429) return `${what}: the server is busy with other sweeps; try again soon.`;
  return `${what}: ${e.message}${e.field ? ` (field ${e.field})` : ''}`;
}

const percent = (x) => `${Math.round(x * 100)}%`;

/** A group's settings as a short label: "0.12", or "a=1, b=2" when several vary. */
function settingsLabel(settings) {
  const entries = Object.entries(settings || {});
  if (entries.length === 0) return 'all runs';
  if (entries.length === 1) return entries[0][1];
  return entries.map(([, v]) => v).join(' · ');
}

/** Per metric, one figure per group: the share of yes, the mean of a number, the share of the commonest value. */
function figure(metric) {
  if (!metric) return 0;
  if (metric.kind === 'yesNo') return metric.share ?? 0;
  if (metric.kind === 'number') return metric.mean ?? 0;
  return metric.shares?.[0]?.share ?? 0;
}

function sweepResults(results) {
  const groups = results.groups || [];
  const metrics = groups[0]?.metrics?.map((m) => m.metric) || [];
  const chosen = h('select', {id: 'sweep-metric'}, metrics.map((m) => h('option', {value: m,
    selected: m === results.outcome}, m)));
  const chartBox = h('div', {id: 'sweep-chart'});
  const draw = () => {
    const name = chosen.value;
    const kind = groups[0]?.metrics?.find((m) => m.metric === name)?.kind;
    const what = kind === 'yesNo' ? `share of runs with ${name}` : kind === 'number' ? `mean ${name}`
      : `share of the commonest ${name}`;
    const varied = (results.varied || []).join(', ') || 'the settings';
    fill(chartBox, barChart({title: `${results.title || results.experiment}: ${what} by ${varied}`,
      bars: groups.map((g) => ({label: settingsLabel(g.settings),
        value: figure(g.metrics.find((m) => m.metric === name))}))}),
    h('p', {class: 'muted'}, `Bars: ${what}, for each value of ${(results.varied || []).join(' · ') || 'the settings'} `
      + `(${groups[0]?.runs ?? '?'} runs each).`));
  };
  chosen.addEventListener('change', draw);
  draw();
  const summary = results.summary || [];
  const columns = summary.length ? Object.keys(summary[0]) : [];
  return [
    h('h3', {}, `Results: ${results.runs} runs`),
    h('div', {class: 'row'}, h('label', {for: 'sweep-metric'}, 'Metric'), chosen),
    chartBox,
    summary.length ? h('details', {}, h('summary', {}, 'Summary rows'),
      h('div', {class: 'table-scroll'}, h('table', {class: 'figures'},
        h('thead', {}, h('tr', {}, columns.map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, summary.map((row) => h('tr', {}, columns.map((c) => h('td', {}, row[c])))))))) : null,
  ];
}

/** The histogram a reader last chose stays chosen as the slider moves. */
let histogramOf = null;

function quickResults(result) {
  const metrics = result.metrics || [];
  const numbers = metrics.filter((m) => m.kind === 'number' && m.bins?.length);
  const chosen = numbers.find((m) => m.metric === histogramOf) || numbers[0];
  const chartBox = h('div', {});
  const picker = h('select', {id: 'quick-histogram'}, numbers.map((m) => h('option', {value: m.metric,
    selected: m === chosen}, m.metric)));
  const draw = (m) => fill(chartBox, barChart({title: `${m.metric}: runs by value, ${result.parameter} = ${result.value}`,
    bars: m.bins.map((b) => ({label: `${+b.from.toFixed(2)}–${+b.to.toFixed(2)}`, value: b.count}))}));
  picker.addEventListener('change', () => {
    histogramOf = picker.value;
    draw(numbers.find((m) => m.metric === picker.value));
  });
  if (chosen) draw(chosen);
  return [
    h('ul', {class: 'quick-figures'}, metrics.map((m) => h('li', {}, h('strong', {}, m.metric), ': ',
      m.kind === 'yesNo' ? `${percent(m.share ?? 0)} of runs`
        : m.kind === 'number' ? (m.values ? `mean ${m.mean?.toFixed(1)}, from ${m.min} to ${m.max} (${m.values} runs)`
          : 'no value in any run')
          : (m.shares || []).slice(0, 3).map((x) => `${x.value} ${percent(x.share)}`).join(', ')))),
    numbers.length ? h('div', {class: 'row'}, h('label', {for: 'quick-histogram'}, 'Histogram of'), picker) : null,
    chartBox,
  ];
}
