// Timeline player: lanes of events per actor, a cursor to step, play and scrub, the state and the story at the cursor,
// and why the selected event happened.
import {h, s, fill, debounce} from '../dom.js';
import {get, allEvents, caseOf, q} from '../api.js';
import {link, title, replaceParams} from '../nav.js';
import {instant, local, short, offsetLabel, timeElement, ticks} from '../time.js';
import {shape, tier, legend, badge} from '../tiers.js';
import {sourceLinks} from '../sources.js';
import {signatureChart} from '../charts.js';
import {renderState} from './state.js';

/** Bookkeeping of the schedule, not something that happened: no mark, no step. */
const NOT_SHOWN = new Set(['ActionScheduled']);
const SPEEDS = [1, 2, 4, 8];
const HOUR = 3600000;
/** Spans of time the lanes show: the whole case, or a window around the cursor where marks crowd less. */
const SPANS = [['all', 'the whole case', null, 24], ['3d', '3 days around the cursor', 72 * HOUR, 6],
  ['1d', '24 hours around the cursor', 24 * HOUR, 2], ['6h', '6 hours around the cursor', 6 * HOUR, 1]];
const LANE_HEIGHT = 30;
const LABEL_WIDTH = 150;
const LATER_WIDTH = 46;

export async function render(container, name, params) {
  if (!name) return chooseTimeline(container);
  const [timeline, {zone, events}, story, theCase] = await Promise.all([
    get(`timelines/${q(name)}`), allEvents(name), get(`timelines/${q(name)}/story`), caseOf(name)]);
  const player = new Player(container, {timeline, zone, events, story, theCase});
  player.mount(params);
  return player;
}

async function chooseTimeline(container) {
  title('Timeline');
  const timelines = await get('timelines');
  fill(container, h('p', {}, 'Choose a timeline to play:'),
    h('ul', {class: 'plain'}, timelines.map((t) => h('li', {},
      h('a', {href: link('timeline', t.name)}, t.name), t.parent ? ` (a branch of ${t.parent})` : ' (history)'))));
  return {};
}

class Player {
  constructor(container, data) {
    this.container = container;
    Object.assign(this, data);
    this.sources = this.theCase?.sources || {};
    this.marks = this.events.filter((e) => !NOT_SHOWN.has(e.type));
    this.bySeq = new Map(this.events.map((e) => [e.seq, e]));
    this.index = 0;
    this.selected = null;
    /** The selected event's causes, marked on the lanes as well as listed under Why. */
    this.causes = new Set();
    this.timer = null;
    this.speed = 2;
    this.stateRequest = null;
    this.lanes = lanesOf(this.marks);
    this.signatures = this.events.filter((e) => e.type === 'LetterSigned')
      .map((e) => ({seq: e.seq, time: e.time, value: e.payload?.signatures ?? 0}));
    this.caseEnd = this.theCase ? instant(this.theCase.end) : Math.max(...this.marks.map((m) => instant(m.time)));
    this.loadState = debounce((seq) => this.fetchState(seq), 90);
    this.onKey = (e) => this.key(e);
    this.onResize = debounce(() => this.drawLanes(), 150);
  }

  mount(params) {
    const t = this.timeline;
    title(t.title || t.name);
    const intro = h('div', {class: 'timeline-intro'},
      h('p', {}, h('strong', {}, t.name), t.parent
        ? [' is a branch of ', h('a', {href: link('timeline', t.parent, {at: t.forkSeq})}, t.parent),
          ` from event ${t.forkSeq}.`]
        : ' is the replayed history of the case.',
        ` ${this.events.length} events; times are local to ${this.zone} (${offsetLabel(this.events[0]?.time)}).`),
      t.parent && t.whatif ? h('p', {class: 'question'}, questionOf(t.whatif)) : null);

    this.status = h('p', {class: 'cursor-status', id: 'cursor-status', 'aria-live': 'polite'});
    this.playButton = h('button', {type: 'button', class: 'primary', 'aria-keyshortcuts': 'Space',
      onclick: () => this.togglePlay()}, 'Play');
    this.scrub = h('input', {type: 'range', id: 'scrub', min: 0, max: this.marks.length - 1, step: 1, value: 0,
      'aria-describedby': 'cursor-status', oninput: () => this.moveTo(Number(this.scrub.value))});
    this.speedSelect = h('select', {id: 'speed', onchange: () => this.setSpeed(Number(this.speedSelect.value))},
      SPEEDS.map((x) => h('option', {value: x, selected: x === this.speed}, `${x} events a second`)));
    this.spanSelect = h('select', {id: 'span', onchange: () => {
      replaceParams({span: this.spanSelect.value === 'all' ? undefined : this.spanSelect.value});
      this.drawLanes();
    }},
      SPANS.map(([value, text]) => h('option', {value}, text)));
    this.forkLink = h('a', {class: 'button', href: '#'}, 'Fork at the cursor');
    // the server's page to print: it loads nothing, so it opens on its own
    this.handoutLink = h('a', {class: 'button', href: '#', target: '_blank', rel: 'noopener'}, 'Handout');
    const controls = h('div', {class: 'controls', role: 'group', 'aria-label': 'Player controls',
      'aria-controls': 'lanes'},
      h('button', {type: 'button', 'aria-keyshortcuts': 'Home', onclick: () => this.moveTo(0)}, 'Start'),
      h('button', {type: 'button', 'aria-keyshortcuts': 'ArrowLeft', onclick: () => this.step(-1)}, '◀ Step back'),
      this.playButton,
      h('button', {type: 'button', 'aria-keyshortcuts': 'ArrowRight', onclick: () => this.step(1)}, 'Step forward ▶'),
      h('button', {type: 'button', 'aria-keyshortcuts': 'End', onclick: () => this.moveTo(this.marks.length - 1)},
        'End'),
      h('span', {class: 'pair'}, h('label', {for: 'speed'}, 'Speed'), this.speedSelect),
      h('span', {class: 'pair scrub-pair'}, h('label', {for: 'scrub'}, 'Cursor'), this.scrub),
      h('span', {class: 'pair'}, h('label', {for: 'span'}, 'Show'), this.spanSelect),
      this.forkLink, this.handoutLink);

    this.lanesBox = h('div', {class: 'lanes', id: 'lanes', tabindex: 0, role: 'group',
      'aria-label': 'Events by actor. Left and right arrows step, Home and End jump, Space plays or pauses.',
      'aria-describedby': 'cursor-status'});
    this.stateBox = h('div', {class: 'state-body'}, h('p', {}, 'Loading the state…'));
    this.whyBox = h('div', {class: 'why-body'}, h('p', {class: 'muted'},
      'Select an event (a mark or a line of the story) to see what caused it, back to the givens.'));
    this.storyList = h('ol', {class: 'story-lines', 'aria-label': 'Story lines, in order'});
    this.storyBox = h('div', {class: 'story-scroll', tabindex: -1}, this.storyList);

    fill(this.container, intro,
      h('section', {class: 'player', 'aria-labelledby': 'player-heading'},
        h('h2', {id: 'player-heading', class: 'visually-hidden'}, 'Player'),
        controls, this.status, this.lanesBox, legend(),
        h('p', {class: 'hint muted'}, 'Keys: ← → step, Space plays or pauses, Home and End jump; click a mark to move '
          + 'the cursor there.')),
      h('div', {class: 'panes'},
        h('section', {class: 'pane state', 'aria-labelledby': 'state-heading'},
          h('h2', {id: 'state-heading'}, 'State at the cursor'), this.stateBox),
        h('div', {class: 'pane-column'},
          h('section', {class: 'pane why', 'aria-labelledby': 'why-heading'},
            h('h2', {id: 'why-heading'}, 'Why'), this.whyBox),
          h('section', {class: 'pane story', 'aria-labelledby': 'story-heading'},
            h('h2', {id: 'story-heading'}, 'Story'),
            h('p', {class: 'muted'}, 'Each line with its rule, provenance and source. Lines up to the cursor are '
              + 'highlighted; up and down arrows move between lines, Enter selects one.'),
            this.storyBox))));

    this.renderStory();
    this.drawLanes();
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.onResize);
    this.update(params, true);
  }

  /** The hash changed while this timeline is shown: follow its cursor and selection. */
  update(params, first = false) {
    const span = SPANS.some(([value]) => value === params.span) ? params.span : 'all';
    const respan = span !== this.spanSelect.value;
    this.spanSelect.value = span;
    const at = params.at !== undefined ? Number(params.at) : this.defaultSeq();
    this.index = this.indexAt(at);
    const last = this.events[this.events.length - 1].seq;
    this.cursorSeq = Number.isFinite(at) ? Math.min(last, Math.max(at, this.marks[0].seq)) : this.marks[this.index].seq;
    if (params.event) this.select(Number(params.event), false);
    if (respan) this.drawLanes();
    this.show(first);
  }

  close() {
    this.pause();
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
  }

  /** A branch opens at its fork point; history after the seed world, where the story begins to move. */
  defaultSeq() {
    if (this.timeline.forkSeq) return this.timeline.forkSeq;
    const first = this.marks[0];
    const seeded = this.marks.filter((m) => m.time === first.time);
    return seeded[seeded.length - 1].seq;
  }

  indexAt(seq) {
    let found = 0;
    for (let i = 0; i < this.marks.length; i++) {
      if (this.marks[i].seq <= seq) found = i;
      else break;
    }
    return found;
  }

  step(delta) {
    this.moveTo(this.index + delta);
  }

  moveTo(index) {
    const i = Math.max(0, Math.min(this.marks.length - 1, index));
    this.index = i;
    this.cursorSeq = this.marks[i].seq;
    this.show();
    if (i === this.marks.length - 1) this.pause();
  }

  moveToSeq(seq) {
    this.index = this.indexAt(seq);
    this.cursorSeq = seq;
    this.show();
  }

  setSpeed(speed) {
    this.speed = speed;
    if (this.timer) {
      this.pause();
      this.play();
    }
  }

  togglePlay() {
    if (this.timer) this.pause();
    else this.play();
  }

  play() {
    if (this.index >= this.marks.length - 1) this.moveTo(0);
    this.timer = setInterval(() => this.step(1), 1000 / this.speed);
    // a screen reader would read every step while playing; it hears where the cursor stopped instead
    this.status.setAttribute('aria-live', 'off');
    this.playButton.textContent = 'Pause';
    this.playButton.setAttribute('aria-pressed', 'true');
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
    if (this.status) this.status.setAttribute('aria-live', 'polite');
    if (this.playButton) {
      this.playButton.textContent = 'Play';
      this.playButton.setAttribute('aria-pressed', 'false');
    }
  }

  key(e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target;
    const tag = target.tagName;
    // text fields, selects and the slider keep their own keys; Space still presses a focused button or link
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) || target.isContentEditable) return;
    if (target.closest && target.closest('.story-lines')) return;
    const onControl = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
    switch (e.key) {
      case 'ArrowRight': this.step(1); break;
      case 'ArrowLeft': this.step(-1); break;
      case 'Home': this.moveTo(0); break;
      case 'End': this.moveTo(this.marks.length - 1); break;
      case ' ':
        if (onControl) return;
        this.togglePlay();
        break;
      default: return;
    }
    e.preventDefault();
  }

  show(first = false) {
    const mark = this.marks[this.index];
    const event = this.bySeq.get(this.cursorSeq) || mark;
    this.scrub.value = this.index;
    this.scrub.setAttribute('aria-valuetext', `event ${event.seq}, ${local(event.time)}`);
    fill(this.status, `Event ${event.seq} of ${this.events.length}: `, timeElement(h, event.time), ` · ${actorName(
      event.aggregate, this.lanes)} · ${event.type} · `, badge(event.tier));
    this.forkLink.href = link('fork', this.timeline.name, {at: this.cursorSeq});
    this.handoutLink.href = handoutHref(this.timeline.name);
    replaceParams({at: this.cursorSeq, event: this.selected ?? undefined});
    this.placeCursor();
    this.highlightStory();
    this.loadState(this.cursorSeq);
    if (first) this.fetchState(this.cursorSeq);
  }

  // --- lanes

  /** The times the lanes span: the case from its first event to its end, or the chosen window around the cursor. */
  window() {
    const first = instant(this.marks[0].time);
    const end = Math.max(this.caseEnd, first + HOUR);
    const [, , span, tickHours] = SPANS.find(([value]) => value === this.spanSelect.value) || SPANS[0];
    if (!span) return {from: first, to: end, tickHours, zoomed: false};
    const cursor = instant((this.bySeq.get(this.cursorSeq) || this.marks[this.index]).time);
    const from = Math.max(first, Math.min(cursor - span / 2, end - span));
    return {from, to: Math.min(end, from + span), tickHours, zoomed: true};
  }

  drawLanes() {
    const width = Math.max(640, this.lanesBox.clientWidth || 960);
    const height = this.lanes.length * LANE_HEIGHT + 34;
    const {from: start, to: end, tickHours, zoomed} = this.window();
    this.zoomed = zoomed;
    this.drawnWindow = [start, end];
    const plotRight = width - LATER_WIDTH - 8;
    const hasLater = !zoomed && this.marks.some((m) => instant(m.time) > end);
    this.x = (ms) => (ms > end && !zoomed ? plotRight + LATER_WIDTH / 2 + 4
      : LABEL_WIDTH + ((ms - start) / (end - start)) * (plotRight - LABEL_WIDTH));
    const svg = s('svg', {class: 'lanes-svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-label': `${this.marks.length} events in ${this.lanes.length} lanes: ${this.lanes.map((l) => l.label)
        .join(', ')}`});
    const axis = ticks(this.marks[0].time, start, end, tickHours);
    // a label needs about 70 px: on a narrow screen only every second or third tick is named
    const every = Math.max(1, Math.ceil(70 / Math.max(1, this.x(start + tickHours * HOUR) - this.x(start))));
    axis.forEach((tick, i) => {
      const tx = this.x(tick.ms);
      svg.append(s('line', {class: tick.midnight ? 'tick midnight' : 'tick', x1: tx, x2: tx, y1: 18, y2: height - 4}));
      if (i % every === 0 || (zoomed && tick.midnight)) {
        svg.append(s('text', {class: 'axis-label', x: tx + 3, y: 12}, tick.label));
      }
    });
    if (hasLater) {
      svg.append(s('rect', {class: 'later', x: plotRight + 4, y: 18, width: LATER_WIDTH, height: height - 22}),
        s('text', {class: 'axis-label', x: plotRight + 8, y: 12}, 'later'));
    }
    this.lanes.forEach((lane, i) => {
      const y = 24 + i * LANE_HEIGHT + LANE_HEIGHT / 2;
      lane.y = y;
      svg.append(s('line', {class: 'lane-line', x1: LABEL_WIDTH, x2: plotRight, y1: y, y2: y}),
        s('text', {class: 'lane-label', x: 6, y: y + 4}, s('title', {}, lane.label),
          lane.label.length > 20 ? `${lane.label.slice(0, 19)}…` : lane.label));
    });
    this.markNodes = new Map();
    const laneOf = new Map(this.lanes.map((l) => [l.id, l]));
    for (const m of this.marks) {
      const at = instant(m.time);
      if (zoomed && (at < start || at > end)) continue;
      const lane = laneOf.get(m.aggregate);
      const mx = this.x(at);
      const t = tier(m.tier);
      const g = s('g', {class: `mark tier-${t.id}`, dataset: {seq: m.seq}},
        s('title', {}, `Event ${m.seq} · ${local(m.time)} · ${lane.label} · ${m.type} · ${t.label}`),
        shape(t.id, mx, lane.y, 7),
        s('text', {class: 'mark-letter', x: mx, y: lane.y + 3, 'text-anchor': 'middle'}, t.letter));
      g.addEventListener('click', () => {
        this.select(m.seq);
        this.moveToSeq(m.seq);
      });
      svg.append(g);
      this.markNodes.set(m.seq, g);
    }
    this.cursorLine = s('line', {class: 'cursor-line', x1: 0, x2: 0, y1: 16, y2: height});
    svg.append(this.cursorLine);
    fill(this.lanesBox, svg);
    this.lanesBox.dataset.drawn = String(this.marks.length);
    // the first render of the timeline, for Navigation Timing readers
    if (performance.getEntriesByName('govsim-lanes-drawn').length === 0) performance.mark('govsim-lanes-drawn');
    this.placeCursor();
  }

  placeCursor() {
    if (!this.cursorLine) return;
    const event = this.bySeq.get(this.cursorSeq) || this.marks[this.index];
    const at = instant(event.time);
    if (this.zoomed) {
      const [from, to] = this.drawnWindow;
      const margin = (to - from) / 6;
      const wanted = this.window();
      // a zoomed window follows the cursor, moving only when it nears an edge so the marks do not swim
      if ((at < from + margin || at > to - margin) && (wanted.from !== from || wanted.to !== to)) {
        this.drawLanes();
        return;
      }
    }
    const cx = this.x(at);
    this.cursorLine.setAttribute('x1', cx);
    this.cursorLine.setAttribute('x2', cx);
    for (const [seq, node] of this.markNodes) {
      node.classList.toggle('future', seq > this.cursorSeq);
      node.classList.toggle('current', seq === this.marks[this.index].seq);
      node.classList.toggle('selected', seq === this.selected);
      node.classList.toggle('cause', this.causes.has(seq) && seq !== this.selected);
    }
  }

  // --- story

  renderStory() {
    this.storyItems = this.story.lines.map((line, i) => {
      const button = h('button', {type: 'button', class: 'line-text', tabindex: i === 0 ? 0 : -1,
        onclick: () => {
          this.select(line.seq);
          this.moveToSeq(line.seq);
        },
        onkeydown: (e) => this.storyKey(e, i)},
      line.text);
      const li = h('li', {class: 'story-line', dataset: {seq: line.seq}},
        h('div', {class: 'line-head'}, h('span', {class: 'seq'}, `#${line.seq}`), ' ', timeElement(h, line.time, short),
          ' ', h('span', {class: 'actor'}, actorName(line.actor, this.lanes))),
        button,
        h('div', {class: 'line-meta'}, badge(line.tier), ' · rule ', h('code', {}, line.basis || '—'), ' · source ',
          sourceLinks(line.source, this.sources),
          line.provenance && line.provenance !== line.source ? h('span', {class: 'provenance'}, ` · ${line.provenance}`)
            : null,
          line.contested?.length ? h('span', {class: 'contested'}, ` · contested: ${line.contested.join('; ')}`)
            : null));
      return {line, li, button};
    });
    fill(this.storyList, this.storyItems.map((x) => x.li));
  }

  storyKey(e, i) {
    let next = null;
    if (e.key === 'ArrowDown') next = Math.min(this.storyItems.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.storyItems.length - 1;
    if (next === null) return;
    e.preventDefault();
    this.focusStoryLine(next);
  }

  focusStoryLine(i) {
    this.storyItems.forEach((x, j) => x.button.setAttribute('tabindex', j === i ? 0 : -1));
    this.storyItems[i].button.focus();
  }

  highlightStory() {
    let current = null;
    for (const item of this.storyItems) {
      const past = item.line.seq <= this.cursorSeq;
      item.li.classList.toggle('past', past);
      item.li.classList.remove('current');
      item.li.removeAttribute('aria-current');
      item.li.classList.toggle('selected', item.line.seq === this.selected);
      if (past) current = item;
    }
    if (!current) return;
    current.li.classList.add('current');
    current.li.setAttribute('aria-current', 'step');
    if (!this.storyItems.some((x) => x.button === document.activeElement)) {
      this.storyItems.forEach((x) => x.button.setAttribute('tabindex', x === current ? 0 : -1));
    }
    // scroll the story's own box only: scrolling the page while a reader plays would pull it away from the controls
    const box = this.storyBox;
    const top = current.li.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - current.li.offsetHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  // --- state

  async fetchState(seq) {
    this.stateRequest?.abort();
    const request = new AbortController();
    this.stateRequest = request;
    try {
      const state = await get(`timelines/${q(this.timeline.name)}/state?at=${seq}`, {signal: request.signal});
      if (request.signal.aborted) return;
      const event = this.bySeq.get(seq);
      const chart = signatureChart({
        title: `Signatures of the employees' letter up to event ${seq}, against the reported counts`,
        series: [{label: 'model signatures', points: this.signatures.filter((p) => p.seq <= seq)}],
        reported: this.story.checkpoints || [],
        cursor: event?.time,
        domain: signatureDomain(this.signatures, this.story.checkpoints || []),
        ceiling: state.state?.workforce?.headcount,
      });
      fill(this.stateBox, renderState(state, chart));
      this.stateBox.dataset.seq = String(seq);
    } catch (e) {
      if (e.name === 'AbortError') return;
      fill(this.stateBox, h('p', {class: 'error', role: 'alert'}, `The state could not be loaded: ${e.message}`));
    }
  }

  // --- why

  async select(seq, remember = true) {
    this.selected = seq;
    // the hash already holds the event when it is what asked for it
    if (remember) replaceParams({event: seq});
    this.placeCursor();
    this.highlightStory();
    fill(this.whyBox, h('p', {}, `Loading the causes of event ${seq}…`));
    try {
      const chain = await get(`timelines/${q(this.timeline.name)}/events/${seq}/why`);
      if (this.selected !== seq) return;
      this.causes = new Set(chain.links.map((l) => l.seq));
      this.placeCursor();
      fill(this.whyBox,
        h('p', {}, `Event ${seq}, then what caused it, back to the givens:`),
        h('ol', {class: 'why-chain', 'data-seq': seq}, chain.links.map((l, i) => h('li', {class: i === 0 ? 'first' : ''},
          h('div', {class: 'line-head'}, h('span', {class: 'seq'}, `#${l.seq}`), ' ', timeElement(h, l.time, short), ' ',
            h('span', {class: 'actor'}, actorName(l.actor, this.lanes)), ' · ', h('code', {}, l.type)),
          h('p', {}, l.text),
          h('p', {class: 'muted'}, l.how, ' · source ', sourceLinks(l.source, this.sources)),
          h('button', {type: 'button', class: 'small', onclick: () => {
            this.select(l.seq);
            this.moveToSeq(l.seq);
          }}, `Go to event ${l.seq}`)))));
    } catch (e) {
      fill(this.whyBox, h('p', {class: 'error', role: 'alert'}, `No causes for event ${seq}: ${e.message}`));
    }
  }
}

function signatureDomain(signatures, checkpoints) {
  const times = [...signatures.map((p) => instant(p.time)), ...checkpoints.map((c) => instant(c.at))];
  if (times.length === 0) return null;
  const pad = 3 * 3600000;
  return [Math.min(...times) - pad, Math.max(...times) + pad];
}

/** The question of a what-if as the catalogue keeps it: the text it was given, YAML or JSON. */
/** Where the server serves a timeline's handout: one HTML page to print, or Markdown. */
export function handoutHref(timeline, format = 'html') {
  return `api/v1/timelines/${q(timeline)}/handout?format=${format}`;
}

export function questionOf(whatif) {
  if (!whatif) return '';
  try {
    const parsed = JSON.parse(whatif);
    if (parsed && typeof parsed.question === 'string') return parsed.question;
  } catch (e) {
    // not JSON: read it as YAML below
  }
  const lines = whatif.split('\n');
  const at = lines.findIndex((l) => /^question:/.test(l));
  if (at < 0) return whatif.includes('\n') ? '' : whatif;
  const value = lines[at].replace(/^question:\s*/, '');
  if (/^[>|]-?$/.test(value)) {
    const block = [];
    for (const l of lines.slice(at + 1)) {
      if (!/^\s+\S/.test(l)) break;
      block.push(l.trim());
    }
    return block.join(' ');
  }
  return value.replace(/^(['"])(.*)\1$/, '$2');
}

const LANE_ORDER = ['board', 'ceo', 'workforce', 'investor', 'shareholders', 'financing', 'litigation', 'organisation',
  'simulation'];
const LANE_NAMES = {board: 'Board', ceo: 'CEO\'s office', workforce: 'Workforce', shareholders: 'Stockholders',
  financing: 'Cash', litigation: 'Courts', organisation: 'Organisation', simulation: 'Simulation'};

function lanesOf(marks) {
  const names = new Map();
  for (const m of marks) {
    if (m.type === 'InvestorRegistered' && m.payload?.name) names.set(m.aggregate, m.payload.name);
  }
  const ids = [...new Set(marks.map((m) => m.aggregate))];
  const rank = (id) => {
    const i = LANE_ORDER.indexOf(id.split('/')[0]);
    return i < 0 ? LANE_ORDER.length : i;
  };
  ids.sort((a, b) => rank(a) - rank(b));
  return ids.map((id) => ({id, label: names.get(id) || LANE_NAMES[id] || id.replace(/^investor\//, '')}));
}

function actorName(id, lanes) {
  return lanes.find((l) => l.id === id)?.label || LANE_NAMES[id] || id;
}
