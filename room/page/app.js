// The participant page of a Premortem room. Plain JavaScript, no framework, no network but the
// page's own WebSocket. Every text from the workshop goes into the page with textContent, never
// as HTML. The device keeps its identity, its unsent notes and its draft in localStorage, so a
// phone that sleeps or loses the Wi-Fi resends them once it is back (each note has an id made
// here, so a resend never makes a second note). Protocol: docs/room.md.
'use strict';

const STRINGS = {
  en: {
    connecting: 'Connecting…', reconnecting: 'Connection lost. Reconnecting…',
    pending: n => (n === 1 ? '1 note waiting to be sent' : n + ' notes waiting to be sent'),
    codeChanged: 'The join code changed. Scan the new code on the projector.',
    removed: 'The facilitator removed this device from the room.',
    locked: 'The room is locked. Ask the facilitator to let you in.',
    closed: 'The facilitator closed the room.',
    joinTitle: 'Who are you?', addTitle: 'Not in the list? Add yourself',
    name: 'Your name', role: 'Role', side: 'You mostly work on', add: 'Join',
    writeTitle: 'Write, silently', category: 'Category', text: 'Why did the launch fail?',
    save: 'Add note', update: 'Save changes', cancel: 'Cancel', edit: 'Edit', remove: 'Delete',
    mineTitle: 'Your notes (only you see them until the reveal)', noNotes: 'No notes yet.',
    revealed: 'revealed', sending: 'sending…',
    voteTitle: 'Vote', left: n => (n === 1 ? '1 dot left' : n + ' dots left'),
    give: 'Give a dot to', take: 'Take a dot from', totals: 'Votes',
    boardTitle: 'The board', unassigned: 'Not on a component', loose: 'Not in a failure mode',
    me: name => 'You are ' + name, anonymous: 'Anonymous: your name is not recorded.',
    scoreTitle: 'Score the risks', likelihood: 'Likelihood', blastRadius: 'Blast radius',
    notScored: '— not scored —', clearScore: 'Clear', bothNeeded: 'Choose both to save this score.',
    progress: (n, of) => n + ' of ' + of + ' scored',
    scoreHint: 'Score each risk on your own. Nobody sees your scores until the facilitator reveals them; until then you can change or clear them.',
    scoreLocked: 'The estimates are revealed: your scores are locked.',
    spread: (count, l, b) => 'The room (' + count + (count === 1 ? ' estimate' : ' estimates') +
      '): likelihood ' + l + ', blast radius ' + b,
    errors: {
      'wrong-phase': 'Not possible in this phase.', 'not-yours': 'That note is not yours.',
      'rate': 'Too many notes at once. Wait a moment.', 'too-large': 'That is too long.',
      'not-joined': 'Pick your name first.', 'invalid': 'That was not accepted.',
      'not-found': 'That no longer exists.'
    }
  },
  de: {
    connecting: 'Verbinde…', reconnecting: 'Verbindung verloren. Verbinde neu…',
    pending: n => (n === 1 ? '1 Notiz wartet auf das Senden' : n + ' Notizen warten auf das Senden'),
    codeChanged: 'Der Beitrittscode hat sich geändert. Scannen Sie den neuen Code am Projektor.',
    removed: 'Die Moderation hat dieses Gerät aus dem Raum entfernt.',
    locked: 'Der Raum ist geschlossen. Bitten Sie die Moderation, Sie einzulassen.',
    closed: 'Die Moderation hat den Raum geschlossen.',
    joinTitle: 'Wer sind Sie?', addTitle: 'Nicht in der Liste? Tragen Sie sich ein',
    name: 'Ihr Name', role: 'Rolle', side: 'Sie arbeiten vor allem an', add: 'Beitreten',
    writeTitle: 'Schreiben Sie, still', category: 'Kategorie', text: 'Warum ist der Start gescheitert?',
    save: 'Notiz hinzufügen', update: 'Änderungen speichern', cancel: 'Abbrechen',
    edit: 'Bearbeiten', remove: 'Löschen',
    mineTitle: 'Ihre Notizen (bis zum Aufdecken sehen nur Sie sie)', noNotes: 'Noch keine Notizen.',
    revealed: 'aufgedeckt', sending: 'wird gesendet…',
    voteTitle: 'Abstimmung', left: n => (n === 1 ? '1 Punkt übrig' : n + ' Punkte übrig'),
    give: 'Einen Punkt geben für', take: 'Einen Punkt wegnehmen von', totals: 'Stimmen',
    boardTitle: 'Die Tafel', unassigned: 'Keiner Komponente zugeordnet',
    loose: 'Keinem Fehlerbild zugeordnet',
    me: name => 'Sie sind ' + name, anonymous: 'Anonym: Ihr Name wird nicht gespeichert.',
    scoreTitle: 'Bewerten Sie die Risiken', likelihood: 'Wahrscheinlichkeit', blastRadius: 'Auswirkungsradius',
    notScored: '— nicht bewertet —', clearScore: 'Zurücknehmen',
    bothNeeded: 'Wählen Sie beides, um die Bewertung zu speichern.',
    progress: (n, of) => n + ' von ' + of + ' bewertet',
    scoreHint: 'Bewerten Sie jedes Risiko für sich. Niemand sieht Ihre Bewertungen, bis die Moderation sie aufdeckt; bis dahin können Sie sie ändern oder zurücknehmen.',
    scoreLocked: 'Die Schätzungen sind aufgedeckt: Ihre Bewertungen sind festgeschrieben.',
    spread: (count, l, b) => 'Der Raum (' + count + (count === 1 ? ' Schätzung' : ' Schätzungen') +
      '): Wahrscheinlichkeit ' + l + ', Auswirkungsradius ' + b,
    errors: {
      'wrong-phase': 'In dieser Phase nicht möglich.', 'not-yours': 'Diese Notiz gehört Ihnen nicht.',
      'rate': 'Zu viele Notizen auf einmal. Warten Sie einen Moment.', 'too-large': 'Das ist zu lang.',
      'not-joined': 'Wählen Sie zuerst Ihren Namen.', 'invalid': 'Das wurde nicht angenommen.',
      'not-found': 'Das gibt es nicht mehr.'
    }
  }
};
const lang = (navigator.languages && navigator.languages[0] || navigator.language || 'en')
  .toLowerCase().startsWith('de') ? 'de' : 'en';
const T = STRINGS[lang];
document.documentElement.lang = lang;

const $ = id => document.getElementById(id);
const store = {
  get(key, fallback) {
    try { const v = localStorage.getItem('premortem.' + key); return v === null ? fallback : JSON.parse(v); }
    catch (e) { return fallback; }
  },
  set(key, value) { try { localStorage.setItem('premortem.' + key, JSON.stringify(value)); } catch (e) {} }
};

function randomHex(bytes) {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a); // available on plain HTTP too, unlike crypto.randomUUID
  return Array.from(a, b => b.toString(16).padStart(2, '0')).join('');
}
function uuid() {
  const h = randomHex(16).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) & 3];
  const s = h.join('');
  return s.slice(0, 8) + '-' + s.slice(8, 12) + '-' + s.slice(12, 16) + '-' + s.slice(16, 20) + '-' + s.slice(20);
}

let token = store.get('token', '');
if (!/^[0-9a-f]{32,64}$/.test(token)) { token = randomHex(16); store.set('token', token); }
let outbox = store.get('outbox', []);   // notes and deletions not yet acknowledged
let state = null;
let socket = null;
let nextId = 1;
let waiting = new Map();                 // request id -> outbox entry or callback
let retryDelay = 1000;
let stopped = false;
let editing = null;                      // id of the note being edited
let timerEnd = 0, timerRunning = false, timerRemaining = 0;

function setStatus(text, isError) {
  const s = $('status');
  s.textContent = text || '';
  s.hidden = !text;
  s.classList.toggle('error', !!isError);
}

function send(message, onReply) {
  if (!socket || socket.readyState !== WebSocket.OPEN) return false;
  message.id = nextId++;
  waiting.set(message.id, onReply || null);
  socket.send(JSON.stringify(message));
  return true;
}

function flushOutbox() {
  for (const entry of outbox) {
    if (entry.inFlight) continue;
    const message = entry.kind === 'delete'
      ? { type: 'delete', note: entry.note }
      : { type: 'note', note: entry.note, text: entry.text, category: entry.category };
    if (send(message, reply => settle(entry, reply))) entry.inFlight = true;
  }
  showPending();
}

function settle(entry, reply) {
  if (reply.type === 'error' && reply.code === 'rate') {
    // Over the room's rate: the entry stays and goes again a little later.
    entry.inFlight = false;
    setTimeout(flushOutbox, 5000);
    showPending();
    return;
  }
  outbox = outbox.filter(e => e !== entry);
  store.set('outbox', outbox.map(e => Object.assign({}, e, { inFlight: false })));
  if (reply.type === 'error') showError(reply);
  showPending();
  render();
}

function queue(entry) {
  // A newer edit of the same note replaces an unsent one: only the last text matters.
  outbox = outbox.filter(e => e.note !== entry.note || e.inFlight);
  outbox.push(entry);
  store.set('outbox', outbox.map(e => Object.assign({}, e, { inFlight: false })));
  flushOutbox();
  render();
}

function showPending() {
  if (socket && socket.readyState === WebSocket.OPEN) setStatus(outbox.length ? T.pending(outbox.length) : '');
  else if (!stopped && outbox.length) setStatus(T.reconnecting + ' ' + T.pending(outbox.length), true);
}

function showError(reply) {
  setStatus(T.errors[reply.code] || reply.message, true);
}

function connect() {
  if (stopped) return;
  const path = location.pathname.replace(/\/+$/, '');
  socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path + '/ws');
  nextId = 1;
  waiting = new Map();
  for (const e of outbox) e.inFlight = false;
  socket.onopen = () => {
    retryDelay = 1000;
    send({ type: 'hello', token: token, participant: store.get('participant', '') }, reply => {
      if (reply.type === 'ack') { setStatus(''); flushOutbox(); }
    });
  };
  socket.onmessage = event => {
    let m;
    try { m = JSON.parse(event.data); } catch (e) { return; }
    if (m.type === 'state') { state = m; render(); return; }
    if (m.type === 'error' && (m.code === 'removed' || m.code === 'locked')) {
      stopped = true; setStatus(T[m.code], true); return;
    }
    if ((m.type === 'ack' || m.type === 'error') && waiting.has(m.id)) {
      const callback = waiting.get(m.id);
      waiting.delete(m.id);
      if (callback) callback(m); else if (m.type === 'error') showError(m);
    } else if (m.type === 'error') {
      showError(m);
    }
  };
  socket.onclose = event => {
    socket = null;
    if (event.code === 4001) { stopped = true; setStatus(T.codeChanged, true); return; }
    if (event.code === 1008) stopped = true;
    if (stopped) return;
    // The host keeps its address across a restart: keep trying, and say what waits to be sent.
    const waitingNotes = outbox.length ? ' ' + T.pending(outbox.length) : '';
    if (event.code === 1001) setStatus(T.closed + ' ' + T.reconnecting + waitingNotes, true);
    else setStatus(T.reconnecting + waitingNotes, true);
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 5000);
  };
}

// ---- rendering: textContent only -------------------------------------------------------------

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}
function button(text, onClick, className, label) {
  const b = el('button', text, className);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}
function categoryName(key) {
  const c = state && state.categories.find(x => x.key === key);
  return c ? c.name : key;
}

function renderStatic() {
  const ids = { 'join-title': 'joinTitle', 'add-title': 'addTitle', 'name-label': 'name',
    'role-label': 'role', 'side-label': 'side', 'add-button': 'add', 'write-title': 'writeTitle',
    'category-label': 'category', 'text-label': 'text', 'cancel-edit': 'cancel',
    'mine-title': 'mineTitle', 'vote-title': 'voteTitle', 'board-title': 'boardTitle',
    'score-title': 'scoreTitle' };
  for (const [id, key] of Object.entries(ids)) $(id).textContent = T[key];
  $('save').textContent = T.save;
  setStatus(T.connecting);
}

function fillSelect(select, items) {
  const current = select.value;
  if (select.options.length !== items.length) {
    select.replaceChildren(...items.map(i => { const o = el('option', i.name); o.value = i.key; return o; }));
  }
  if (current && items.some(i => i.key === current)) select.value = current;
}

function render() {
  if (!state) return;
  $('title').textContent = state.title || 'Premortem';
  document.title = (state.title || 'Premortem');
  $('phase').textContent = state.phaseName;
  $('instruction').textContent = state.instruction;
  timerRemaining = state.timer.remaining;
  timerRunning = state.timer.running;
  timerEnd = Date.now() + timerRemaining * 1000;
  tick();
  $('me').textContent = state.anonymous ? T.anonymous : (state.me && state.joined ? T.me(state.me) : '');

  const mustJoin = !state.joined && !state.anonymous;
  $('join').hidden = !mustJoin;
  if (mustJoin) {
    $('people').replaceChildren(...state.participants.map(p => button(p.name, () => {
      send({ type: 'join', participant: p.id }, reply => {
        if (reply.type === 'ack') store.set('participant', p.id); else showError(reply);
      });
    })));
    fillSelect($('role'), state.roles);
    fillSelect($('side'), state.sides);
  }

  const writing = state.phase === 'writing' && !mustJoin;
  $('write').hidden = !writing;
  if (writing) {
    fillSelect($('category'), state.categories);
    renderPrompts();
    renderMine();
  }

  const scoring = !mustJoin && state.estimates && state.estimates.failureModes &&
    state.estimates.failureModes.length > 0;
  $('score').hidden = !scoring;
  if (scoring) renderScores(state.estimates);

  const vote = state.vote;
  const showVote = !mustJoin && vote.failureModes.length > 0 &&
    (vote.open || vote.failureModes.some(f => f.total > 0));
  $('vote').hidden = !showVote;
  if (showVote) renderVote(vote);

  $('board').hidden = state.board.length === 0 || writing && state.mine.some(n => n.hidden);
  if (!$('board').hidden) renderBoard();
}

function renderPrompts() {
  const c = state.categories.find(x => x.key === $('category').value);
  $('prompts').replaceChildren(...(c ? c.questions : []).map(q => el('li', q)));
}

function renderMine() {
  // What the server has, with what is still on its way laid over it.
  const notes = state.mine.map(n => Object.assign({}, n));
  for (const e of outbox) {
    const i = notes.findIndex(n => n.id === e.note);
    if (e.kind === 'delete') { if (i >= 0) notes.splice(i, 1); continue; }
    const pending = { id: e.note, text: e.text, category: e.category, hidden: true, pending: true };
    if (i >= 0) notes[i] = pending; else notes.push(pending);
  }
  const list = $('mine');
  if (!notes.length) { list.replaceChildren(el('li', T.noNotes, 'note-meta')); return; }
  list.replaceChildren(...notes.map(n => {
    const li = el('li', null, 'note');
    li.append(el('div', n.text, 'note-text'));
    li.append(el('div', categoryName(n.category) + (n.pending ? ' · ' + T.sending : n.hidden ? '' : ' · ' + T.revealed), 'note-meta'));
    if (n.hidden) {
      const row = el('div', null, 'row');
      row.append(button(T.edit, () => startEdit(n), 'secondary', T.edit + ': ' + n.text.slice(0, 40)));
      row.append(button(T.remove, () => { if (editing === n.id) stopEdit(); queue({ kind: 'delete', note: n.id }); },
        'secondary', T.remove + ': ' + n.text.slice(0, 40)));
      li.append(row);
    }
    return li;
  }));
}

function startEdit(note) {
  editing = note.id;
  $('text').value = note.text;
  $('category').value = note.category;
  renderPrompts();
  $('save').textContent = T.update;
  $('cancel-edit').hidden = false;
  $('text').focus();
}
function stopEdit() {
  editing = null;
  $('text').value = store.get('draft', '');
  $('save').textContent = T.save;
  $('cancel-edit').hidden = true;
}

function renderVote(vote) {
  $('dots-left').textContent = vote.open ? T.left(vote.left) : T.totals;
  $('modes').replaceChildren(...vote.failureModes.map(f => {
    const li = el('li', null, 'mode');
    const title = el('span', f.title, 'mode-title');
    if (f.component) title.append(el('span', f.component, 'mode-component'));
    li.append(title);
    li.classList.toggle('voted', (f.mine || 0) > 0);
    if (vote.open) {
      const take = button('−', () => send({ type: 'vote', failureMode: f.id, delta: -1 }), 'secondary', T.take + ' ' + f.title);
      take.disabled = !f.mine;
      const give = button('+', () => send({ type: 'vote', failureMode: f.id, delta: 1 }), '', T.give + ' ' + f.title);
      give.disabled = vote.left <= 0;
      li.append(take, el('span', String(f.mine || 0), 'mode-dots'), give);
    } else {
      li.append(el('span', String(f.total || 0), 'mode-dots'));
    }
    return li;
  }));
}

// ---- scoring: each risk's likelihood and blast radius, the device's own ----------------------

// The rows are kept and updated in place (not rebuilt) on every state push, so a choice that is
// open or focused on the phone stays open while other devices' pushes arrive.
const scoreRows = new Map();    // failure mode id -> { li, title, likelihood, blastRadius, clear, note, spread }
const scoreDrafts = new Map();  // failure mode id -> { likelihood, blastRadius } chosen, not yet both
const scoreSending = new Set(); // failure mode ids with an estimate on its way

function levelSelect(axisLabel, levels, onChange) {
  const label = el('label', null, 'axis');
  label.append(el('span', axisLabel));
  const select = document.createElement('select');
  select.append(Object.assign(el('option', T.notScored), { value: '' }));
  levels.forEach((name, i) => select.append(Object.assign(el('option', (i + 1) + ' · ' + name), { value: String(i + 1) })));
  select.addEventListener('change', onChange);
  label.append(select);
  return { label, select };
}

function scoreRow(f, estimates) {
  const li = el('li', null, 'risk');
  li.dataset.id = f.id;
  const title = el('div', f.title, 'risk-title');
  const onChange = () => chooseScore(f.id);
  const likelihood = levelSelect(T.likelihood, estimates.likelihoodLevels, onChange);
  const blastRadius = levelSelect(T.blastRadius, estimates.blastRadiusLevels, onChange);
  const axes = el('div', null, 'axes');
  axes.append(likelihood.label, blastRadius.label);
  const clear = button(T.clearScore, () => sendScore(f.id, null), 'secondary clear-score',
    T.clearScore + ': ' + f.title.slice(0, 40));
  const note = el('div', '', 'risk-note');
  note.setAttribute('aria-live', 'polite');
  const spread = el('div', '', 'risk-spread');
  li.append(title, axes, clear, note, spread);
  return { li, title, likelihood: likelihood.select, blastRadius: blastRadius.select, clear, note, spread };
}

function chooseScore(id) {
  const row = scoreRows.get(id);
  const l = row.likelihood.value, b = row.blastRadius.value;
  if (l && b) { scoreDrafts.delete(id); sendScore(id, { likelihood: Number(l), blastRadius: Number(b) }); }
  else if (!l && !b) { scoreDrafts.delete(id); sendScore(id, null); }
  else { scoreDrafts.set(id, { likelihood: l, blastRadius: b }); renderScores(state.estimates); }
}

function sendScore(id, score) {
  const message = score ? { type: 'estimate', failureMode: id, likelihood: score.likelihood, blastRadius: score.blastRadius }
    : { type: 'estimate', failureMode: id, clear: true };
  scoreDrafts.delete(id);
  if (!send(message, reply => {
    scoreSending.delete(id);
    if (reply.type === 'error') showError(reply);
    renderScores(state.estimates);
  })) return;
  scoreSending.add(id);
  renderScores(state.estimates);
}

function renderScores(estimates) {
  $('score-progress').textContent = T.progress(estimates.scored, estimates.of);
  $('score-hint').textContent = estimates.revealed ? T.scoreLocked : T.scoreHint;
  $('score-hint').classList.toggle('locked', estimates.revealed);
  const list = $('score-list');
  const seen = new Set();
  estimates.failureModes.forEach((f, index) => {
    seen.add(f.id);
    let row = scoreRows.get(f.id);
    if (!row) { row = scoreRow(f, estimates); scoreRows.set(f.id, row); }
    row.title.textContent = f.title;
    if (f.component) row.title.append(el('span', f.component, 'mode-component'));
    const draft = scoreDrafts.get(f.id);
    const sending = scoreSending.has(f.id);
    // What the server holds, unless the person is choosing (a draft) or it is on its way.
    if (!draft && !sending) {
      row.likelihood.value = f.likelihood ? String(f.likelihood) : '';
      row.blastRadius.value = f.blastRadius ? String(f.blastRadius) : '';
    }
    const locked = !estimates.open;
    row.likelihood.disabled = row.blastRadius.disabled = locked;
    row.clear.hidden = locked || !f.likelihood || !!draft;
    row.clear.disabled = sending;
    row.li.classList.toggle('scored', !!f.likelihood);
    row.note.textContent = sending ? T.sending : draft && !locked ? T.bothNeeded : '';
    const s = f.spread;
    row.spread.textContent = s ? T.spread(s.count, range(s.likelihood), range(s.blastRadius)) : '';
    row.spread.hidden = !s;
    if (list.children[index] !== row.li) list.insertBefore(row.li, list.children[index] || null);
  });
  for (const [id, row] of scoreRows) {
    if (!seen.has(id)) { row.li.remove(); scoreRows.delete(id); }
  }
}

function range(pair) {
  // Word joiners: "2–5" never breaks across two lines.
  return pair[0] === pair[1] ? String(pair[0]) : pair[0] + '\u2060–\u2060' + pair[1];
}

function renderBoard() {
  // Grouped by component, then failure mode, in the order the board gives them.
  const groups = new Map();
  for (const n of state.board) {
    const c = n.component || '';
    if (!groups.has(c)) groups.set(c, new Map());
    const modes = groups.get(c);
    const f = n.failureMode || '';
    if (!modes.has(f)) modes.set(f, []);
    modes.get(f).push(n);
  }
  const blocks = [];
  for (const [component, modes] of groups) {
    const g = el('div', null, 'group');
    g.append(el('h3', component || T.unassigned));
    for (const [mode, notes] of modes) {
      if (mode || modes.size > 1) g.append(el('h4', mode || T.loose));
      const ul = el('ul', null, 'notes');
      for (const n of notes) {
        const li = el('li', null, 'note');
        li.append(el('div', n.text, 'note-text'), el('div', categoryName(n.category), 'note-meta'));
        ul.append(li);
      }
      g.append(ul);
    }
    blocks.push(g);
  }
  $('groups').replaceChildren(...blocks);
}

function tick() {
  const t = $('timer');
  const left = timerRunning ? Math.max(0, Math.round((timerEnd - Date.now()) / 1000)) : timerRemaining;
  t.hidden = !(timerRunning || timerRemaining > 0);
  t.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
}

// ---- wiring ----------------------------------------------------------------------------------

renderStatic();
$('text').value = store.get('draft', '');
$('text').addEventListener('input', () => { if (!editing) store.set('draft', $('text').value); });
$('category').addEventListener('change', renderPrompts);
$('cancel-edit').addEventListener('click', stopEdit);
$('note-form').addEventListener('submit', event => {
  event.preventDefault();
  const text = $('text').value.trim();
  if (!text) return;
  queue({ kind: 'note', note: editing || uuid(), text: text, category: $('category').value });
  if (editing) { stopEdit(); } else { store.set('draft', ''); $('text').value = ''; }
  $('text').focus();
});
$('add-person').addEventListener('submit', event => {
  event.preventDefault();
  send({ type: 'join', name: $('name').value, role: $('role').value, side: $('side').value }, reply => {
    if (reply.type === 'ack') store.set('participant', reply.participant); else showError(reply);
  });
});
setInterval(tick, 1000);
setInterval(() => send({ type: 'ping' }), 25000);
connect();
