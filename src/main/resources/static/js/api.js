// The REST API under api/v1, addressed relative to the page so the app works wherever it is served from.

const BASE = 'api/v1/';

/** An answer of the API that is not a success: problem+json's detail, field and line when it gives them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.field = problem.field || null;
    this.line = problem.line || null;
    this.problem = problem;
  }
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = {};
    if (type.includes('json')) problem = await response.json().catch(() => ({}));
    else problem = {detail: (await response.text().catch(() => '')) || response.statusText};
    throw new ApiError(response.status, problem);
  }
  if (type.includes('json')) return response.json();
  return response.text();
}

export async function get(path, options = {}) {
  return answer(await fetch(BASE + path, {headers: who({Accept: 'application/json'}), signal: options.signal}));
}

/** A text resource, such as a what-if's YAML or a class's CSV. */
export async function getText(path, accept = 'application/yaml, text/plain, */*') {
  return answer(await fetch(BASE + path, {headers: who({Accept: accept})}));
}

// The branches made in this browser are owned by one key: the first fork's answer gives it, this browser keeps it
// (localStorage, so a reload or another tab keeps it too) and sends it with every change, so that only it may rename
// or delete them.
const KEY_HEADER = 'Govsim-Owner-Key';
const KEY = 'govsim.ownerKey';

function ownerKey() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return sessionKey;
  }
}

let sessionKey = null;
function keepOwnerKey(key) {
  sessionKey = key;
  try {
    localStorage.setItem(KEY, key);
  } catch {
    // storage refused (a private window): the key lasts as long as the page
  }
}

/** Who this browser is to the server: its owner key (a student's, in a class) and an instructor's secret. */
function who(headers) {
  const key = ownerKey();
  if (key) headers[KEY_HEADER] = key;
  const secret = stored(SECRET);
  if (secret) headers[SECRET_HEADER] = secret;
  return headers;
}

function changeHeaders(contentType) {
  return who({'Content-Type': contentType, Accept: 'application/json'});
}

// In a class: the student's key is this browser's owner key (it owns the student's branches); an instructor keeps the
// class's secret. Both are given once, by the server's answer, and kept in this browser only.
const SECRET_HEADER = 'Govsim-Instructor-Secret';
const SECRET = 'govsim.instructorSecret';
const CLASS = 'govsim.class';

function stored(name) {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

function keep(name, value) {
  try {
    if (value === null) localStorage.removeItem(name);
    else localStorage.setItem(name, value);
  } catch {
    // storage refused: it lasts as long as the page
  }
}

/** A student joined: their key becomes this browser's owner key, and their class is remembered. */
export function joined(answer) {
  keepOwnerKey(answer.key);
  keep(CLASS, JSON.stringify({classId: answer.classId, caseId: answer.caseId, role: answer.role, title: answer.title,
    name: answer.name}));
}

/** The class this browser's student is in, or null. */
export function myClass() {
  try {
    return JSON.parse(stored(CLASS));
  } catch {
    return null;
  }
}

/** An instructor opened a class: its secret is kept to run it. */
export function teaching(secret) {
  keep(SECRET, secret);
}

export function instructorSecret() {
  return stored(SECRET);
}

/** Forgets the class (the instructor's secret, or the student's class). */
export function leaveClass() {
  keep(SECRET, null);
  keep(CLASS, null);
}

export async function post(path, body, contentType = 'application/json', options = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(BASE + path, {
    method: 'POST',
    headers: changeHeaders(contentType),
    body: text,
    signal: options.signal,
  });
  const result = await answer(response);
  const key = response.headers.get(KEY_HEADER);
  if (key && !ownerKey()) keepOwnerKey(key);
  return result;
}

export async function send(method, path, body) {
  return answer(await fetch(BASE + path, {
    method,
    headers: changeHeaders('application/json'),
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

export const q = encodeURIComponent;

/** The library, fetched once per page: cases with their sources, what-ifs, experiments. */
let library = null;
export function libraryContents() {
  if (!library) library = get('library').catch((e) => { library = null; throw e; });
  return library;
}

/** Every event of a timeline, page by page (the API gives at most 500 at a time). */
export async function allEvents(timeline, filters = '') {
  const events = [];
  let zone = null;
  for (let offset = 0; ; offset += 500) {
    const page = await get(`timelines/${q(timeline)}/events?offset=${offset}&limit=500${filters}`);
    zone = page.zone;
    events.push(...page.events);
    if (events.length >= page.total || page.events.length === 0) break;
  }
  return {zone, events};
}

/** The case a timeline was made from, with its sources, or null. */
export async function caseOf(timeline) {
  const [lib, t] = await Promise.all([libraryContents(), get(`timelines/${q(timeline)}`)]);
  return lib.cases.find((c) => c.id === t.scenario) || null;
}
