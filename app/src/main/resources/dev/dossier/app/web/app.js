// Dossier web UI: vanilla JavaScript, no build step, nothing loaded from elsewhere.
// Safety rule: article text and metadata only ever reach the page as text nodes (el() and
// textContent); no string is ever parsed as HTML; links only to http(s) URLs or to our own routes.
'use strict';

const main = () => document.getElementById('main');

/** el('a', {href: '#/x', class: 'y'}, 'text', child…): children strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'href') node.setAttribute('href', safeHref(value));
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  append(node, ...children);
  return node;
}

function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only our own routes and http(s) links; anything else (javascript:, data:, …) becomes inert. */
function safeHref(value) {
  const text = String(value).trim();
  if (text.startsWith('#/') || text.startsWith('/api/')) return text;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '#/';
  } catch (e) {
    return '#/';
  }
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  return append(node, ...children);
}

/** The day chosen in the header's date picker ('' for today's dossier); search always covers the whole store. */
let asOf = '';

function withAsOf(path) {
  if (!asOf || path.startsWith('/api/search')) return path;
  return path + (path.includes('?') ? '&' : '?') + 'as_of=' + encodeURIComponent(asOf);
}

async function api(path) {
  const response = await fetch(withAsOf(path), {headers: {Accept: 'application/json'}});
  const body = await response.json();
  if (!response.ok) throw new Error(body && body.error ? body.error.code + ': ' + body.error.message : response.statusText);
  return body;
}

function show(...nodes) {
  const target = main();
  target.replaceChildren();
  append(target, ...nodes);
  target.focus({preventScroll: true});
}

const label = (s) => String(s || '').replace(/_/g, ' ');

/**
 * Nouns whose plural is the same word ("12 aircraft"): the report's list
 * (dev/dossier/report/invariable-nouns.txt), which WebAssetsTest keeps this one equal to.
 */
const INVARIABLE_NOUNS = ['aircraft', 'ammunition', 'artillery', 'equipment', 'hardware', 'hovercraft', 'materiel',
  'ordnance', 'personnel', 'spacecraft', 'watercraft'];

/** English plural, the report's rule (Wording.plural): "battery" → "batteries", "box" → "boxes". */
function plural(noun) {
  if (INVARIABLE_NOUNS.includes(noun.toLowerCase())) return noun;
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}
/** "1 deal", "3 deals". */
const count = (n, noun) => n + ' ' + (n === 1 ? noun : plural(noun));
/** A quantity's unit agrees with its amount; a unit already plural ("units", "rounds") stays. */
const unitFor = (amount, unit) => amount === 1 || unit.endsWith('s') ? unit : plural(unit);

/** The ledger's field names as the HTML report prints them. */
const SLOT_LABELS = {order_date: 'Order date', value: 'Value', quantity: 'Quantity',
  first_delivery: 'First delivery', last_delivery: 'Last delivery'};
const slotLabel = (name) => SLOT_LABELS[name] || label(name);

/** What each kind of contradiction means, in words (the API gives the enum). */
const KIND_LABELS = {value: 'different values', polarity: 'asserted and denied',
  chronology: 'impossible order', self: 'contradicts itself'};
const badge = (text, kind) => el('span', {class: 'badge ' + (kind || text || '')}, label(text));
const docLink = (docs, id, extra) => {
  const d = docs[id];
  const name = d ? (d.title || d.source) : id;
  return el('a', {href: '#/doc/' + encodeURIComponent(id) + (extra || '')}, name);
};
const docLine = (d) => [d.outlet, d.published && d.published.date].filter(Boolean).join(' · ');

function slotText(name, slot) {
  if (!slot) return null;
  const v = slot.value;
  if (v && typeof v === 'object' && 'currency' in v) return (v.approximate ? 'about ' : '') + v.currency + ' ' + money(v.amount);
  if (v && typeof v === 'object' && 'unit' in v) return (v.approximate ? 'about ' : '') + v.amount + ' ' + unitFor(v.amount, v.unit);
  return String(v);
}

function money(amount) {
  const scales = [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million'], [1e3, ' thousand']];
  for (const [size, name] of scales) if (amount >= size) return +(amount / size).toFixed(2) + name;
  return String(amount);
}

// ---- deals list ----------------------------------------------------------------------------
async function dealsPage() {
  const deals = await api('/api/deals');
  const rows = deals.map((d) => el('tr', {},
    el('td', {}, el('a', {href: '#/deal/' + encodeURIComponent(d.id), class: 'deal-link'}, d.supplier + ' → ' + d.recipient)),
    el('td', {}, d.system), el('td', {}, badge(d.status)),
    ['order_date', 'value', 'quantity', 'first_delivery'].map((s) => el('td', {},
      slotText(s, d[s]) || '—', d[s] && d[s].contested ? [' ', badge('contested')] : null)),
    el('td', {}, String(d.events.length))));
  show(el('h1', {}, 'Deals'),
    el('p', {class: 'muted'}, 'Supplier → recipient → system, with the ledger fields the sources support.'),
    deals.length === 0 ? el('div', {class: 'empty'}, 'No deals yet. Add articles with dossier add.') :
      el('table', {id: 'deals'}, el('thead', {}, el('tr', {}, ['Deal', 'System', 'Status', 'Order date', 'Value',
        'Quantity', 'First delivery', 'Events'].map((h) => el('th', {}, h)))), el('tbody', {}, rows)));
}

// ---- one deal ------------------------------------------------------------------------------
const SLOT_EVENTS = {order_date: ['contract_signed'], value: ['contract_signed', 'payment', 'offer'],
  quantity: ['contract_signed', 'delivery', 'offer'], first_delivery: ['delivery'], last_delivery: ['delivery']};

/** Slots whose value comes from a field of the event, not from its date. */
const SLOT_FIELDS = {value: 'value', quantity: 'quantity'};

function quotesFor(page, documents, types, slot) {
  const quotes = [];
  for (const event of page.events) {
    if (types && !types.includes(event.type)) continue;
    if (slot && SLOT_FIELDS[slot] && !event[SLOT_FIELDS[slot]]) continue;
    for (const source of event.sources) {
      if (documents.includes(source.evidence.document)) quotes.push({event, evidence: source.evidence});
    }
  }
  return quotes;
}

/** The language a quote is written in (its first document's, when that is a language code); quotes are never translated. */
function quoteLanguage(documents, group) {
  for (const q of group) {
    const d = documents[q.evidence.document];
    const code = d && typeof d.language === 'string' ? d.language.toLowerCase() : null;
    if (code && /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(code)) return code;
  }
  return null;
}

/** One block per distinct quote: wire copies print the same sentence, so their documents share a block. */
function quoteBlocks(page, quotes) {
  const byText = new Map();
  for (const q of quotes) {
    const key = q.evidence.quote + '\u0000' + (q.evidence.attributed_to || '') + '\u0000' + q.evidence.stance;
    if (!byText.has(key)) byText.set(key, []);
    byText.get(key).push(q);
  }
  return [...byText.values()].map((group) => {
    const e = group[0].evidence;
    const who = [e.attributed_to, e.via && 'via ' + e.via, e.stance !== 'asserts' && e.stance].filter(Boolean).join(', ');
    const lang = quoteLanguage(page.documents, group);
    const tag = lang && lang !== 'en' ? [el('span', {class: 'lang', title: 'written in ' + lang}, lang), ' '] : null;
    return el('blockquote', {class: 'quote', lang: lang}, tag, e.quote, el('span', {class: 'who'}, who ? who + ' — ' : '',
      group.map((q, i) => [i > 0 ? '; ' : '', docLink(page.documents, q.evidence.document,
        '/' + q.evidence.span.start + '-' + q.evidence.span.end),
      page.documents[q.evidence.document] && docLine(page.documents[q.evidence.document]) ?
        ' · ' + docLine(page.documents[q.evidence.document]) : ''])));
  });
}

function ledger(page) {
  const deal = page.deal;
  const rows = ['order_date', 'value', 'quantity', 'first_delivery', 'last_delivery'].map((name) => {
    const slot = deal[name];
    if (!slot) return el('tr', {}, el('th', {}, slotLabel(name)), el('td', {class: 'muted', colspan: 2}, 'not reported'));
    const quotes = quotesFor(page, slot.sources, SLOT_EVENTS[name], name);
    return el('tr', {'data-slot': name}, el('th', {}, slotLabel(name)),
      el('td', {}, el('strong', {}, slotText(name, slot)), slot.contested ? [' ', badge('contested')] : null,
        el('div', {class: 'muted'}, count(slot.independent_sources, 'independent source'))),
      el('td', {}, quotes.length ? quoteBlocks(page, quotes) :
        slot.sources.map((id) => el('div', {}, docLink(page.documents, id)))));
  });
  return el('table', {class: 'ledger'}, el('tbody', {}, rows));
}

function contradictionCard(page, c) {
  return el('div', {class: 'card contradiction', id: 'c-' + c.id},
    el('h3', {}, badge(KIND_LABELS[c.kind] || c.kind, c.kind), ' ', slotLabel(c.slot)),
    el('p', {}, c.explanation),
    el('div', {class: 'sides'}, c.values.map((side) => contradictionSide(page, c, side))));
}

/** One side's value, its sources' count and speakers, its quotes, then the sources no quote shows. */
function contradictionSide(page, c, side) {
  const quotes = contradictionQuotes(page, c, side).slice(0, 6);
  const quoted = new Set(quotes.map((q) => q.evidence.document));
  const unquoted = side.sources.filter((id) => !quoted.has(id));
  return el('div', {class: 'side'},
    el('div', {class: 'value'}, side.value),
    el('div', {class: 'muted'}, count(side.independent_sources, 'independent source'),
      side.attributed_to.length ? ' · said by ' + side.attributed_to.join(', ') : ''),
    quoteBlocks(page, quotes),
    unquoted.length ? el('ul', {}, unquoted.map((id) => el('li', {}, docLink(page.documents, id)))) : null);
}

/** The quotes behind one side: from its event when the contradiction names one, else from the slot's event types. */
function contradictionQuotes(page, c, side) {
  const types = SLOT_EVENTS[c.slot] || [c.slot];
  const quotes = quotesFor(page, side.sources, c.event ? null : types);
  return c.event ? quotes.filter((q) => q.event.id === c.event) : quotes;
}

function timeline(events) {
  const dated = events.filter((e) => e.date).map((e) => ({e, t: Date.parse(isoStart(e.date))})).sort((a, b) => a.t - b.t);
  if (dated.length === 0) return el('p', {class: 'muted'}, 'No dated events.');
  const width = 900, height = 70 + 22 * Math.min(dated.length, 8), left = 40, right = width - 40, axisY = 40;
  const min = dated[0].t, max = dated[dated.length - 1].t, span = Math.max(max - min, 1);
  const x = (t) => dated.length === 1 ? (left + right) / 2 : left + (right - left) * (t - min) / span;
  const colors = {asserted: '#226b3a', reported: '#1f5fa8', planned: '#6b5fa8', speculative: '#8a8f96', denied: '#a4460f', disputed: '#a4460f'};
  const years = [];
  for (let y = new Date(min).getUTCFullYear(); y <= new Date(max).getUTCFullYear(); y++) years.push(y);
  return svg('svg', {class: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of events'},
    svg('line', {class: 'axis', x1: left, x2: right, y1: axisY, y2: axisY}),
    years.map((y) => {
      const t = Date.UTC(y, 0, 1);
      return t < min || t > max ? null : svg('text', {class: 'tick', x: x(t), y: axisY - 12, 'text-anchor': 'middle'}, String(y));
    }),
    dated.map(({e, t}, i) => svg('g', {}, svg('title', {}, label(e.type) + ' ' + e.date + ' (' + e.status + ')'),
      svg('circle', {cx: x(t), cy: axisY, r: 7, fill: colors[e.status] || '#1f5fa8',
        onclick: () => document.getElementById('e-' + e.id).scrollIntoView({behavior: 'smooth'})}),
      i < 8 ? svg('text', {x: Math.min(Math.max(x(t), left + 60), right - 60), y: axisY + 24 + 20 * i, 'text-anchor': 'middle'},
        e.date + ' ' + label(e.type)) : null)));
}

function undatedNote(events) {
  const undated = events.filter((e) => !e.date);
  return undated.length === 0 ? null : el('p', {class: 'muted'}, undated.length + ' undated event' +
    (undated.length === 1 ? '' : 's') + ' (listed below): ' + undated.map((e) => label(e.type)).join(', '));
}

function isoStart(date) {
  const parts = date.split('-');
  return [parts[0], parts[1] || '01', parts[2] || '01'].join('-') + 'T00:00:00Z';
}

function eventList(page) {
  return page.events.map((e) => el('div', {class: 'card', id: 'e-' + e.id},
    el('h3', {}, label(e.type), ' ', badge(e.status), ' ', el('span', {class: 'muted'}, e.date || 'undated', e.date_note ? ' (' + e.date_note + ')' : '')),
    quoteBlocks(page, e.sources.map((s) => ({event: e, evidence: s.evidence})))));
}

async function dealPage(id) {
  const page = await api('/api/deals/' + encodeURIComponent(id));
  const d = page.deal;
  show(el('h1', {}, d.supplier + ' → ' + d.recipient + ': ' + d.system),
    el('p', {}, badge(d.status), ' ', [d.supplier_org, d.recipient_org].filter(Boolean).join(' → '),
      d.follows ? [' · follows ', el('a', {href: '#/deal/' + encodeURIComponent(d.follows)}, 'an earlier contract')] : null),
    el('h2', {}, 'Ledger'), ledger(page), historySection(id),
    el('h2', {}, 'Contradictions (' + page.contradictions.length + ')'),
    page.contradictions.length ? page.contradictions.map((c) => contradictionCard(page, c)) : el('p', {class: 'muted'}, 'The sources agree.'),
    el('h2', {}, 'Timeline'), timeline(page.events),
    undatedNote(page.events),
    el('h2', {}, 'Events (' + page.events.length + ')'), eventList(page));
}

/** A button that loads how the ledger's fields changed as the deal's articles were published. */
function historySection(id) {
  const holder = el('div', {class: 'history'});
  const button = el('button', {type: 'button', onclick: async () => {
    button.disabled = true;
    try {
      const steps = await api('/api/deals/' + encodeURIComponent(id) + '/history');
      holder.replaceChildren(steps.length ? historyTable(steps) : el('p', {class: 'muted'}, 'No field has a value yet.'));
    } catch (e) {
      holder.replaceChildren(el('p', {class: 'error'}, e.message));
    }
  }}, 'How the ledger changed over time');
  holder.append(button);
  return holder;
}

function historyTable(steps) {
  return el('table', {class: 'history-table'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Field'), el('th', {}, 'Change'),
      el('th', {}, 'Value'), el('th', {}, 'Articles that day'))),
    el('tbody', {}, ...steps.map((s) => el('tr', {},
      el('td', {}, s.date), el('td', {}, label(s.field)), el('td', {}, s.change),
      el('td', {}, s.value == null ? '—' : s.value + ' (' + count(s.independent_sources, 'independent origin') + ')'),
      el('td', {}, ...s.documents.map((d) => el('a', {href: '#/doc/' + encodeURIComponent(d)}, d.slice(0, 8) + ' ')))))));
}

// ---- contradictions ------------------------------------------------------------------------
async function contradictionsPage() {
  const list = await api('/api/contradictions');
  const byDeal = {};
  for (const c of list) (byDeal[c.deal || ''] = byDeal[c.deal || ''] || []).push(c);
  const sections = [];
  for (const [dealId, items] of Object.entries(byDeal)) {
    const page = dealId ? await api('/api/deals/' + encodeURIComponent(dealId)) : {events: [], documents: {}};
    sections.push(el('h2', {}, dealId ? el('a', {href: '#/deal/' + encodeURIComponent(dealId)}, page.deal.supplier + ' → ' + page.deal.recipient + ': ' + page.deal.system) : 'Not tied to a deal'),
      items.map((c) => contradictionCard(page, c)));
  }
  show(el('h1', {}, 'Contradictions'), list.length ? sections : el('div', {class: 'empty'}, 'No contradictions.'));
}

// ---- documents -----------------------------------------------------------------------------
async function documentsPage() {
  const page = await api('/api/documents?limit=1000');
  show(el('h1', {}, 'Documents (' + page.total + ')'),
    page.total > page.items.length ? el('p', {class: 'muted'}, 'The first ' + page.items.length + ' are listed; search finds the rest.') : null,
    el('table', {id: 'documents'}, el('thead', {}, el('tr', {}, ['Title', 'Outlet', 'Published', 'Story', 'Status'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.items.map((d) => el('tr', {},
        el('td', {}, el('a', {href: '#/doc/' + encodeURIComponent(d.id)}, d.title || d.source)),
        el('td', {}, d.outlet || '—', d.wire_group ? [' ', badge('copy ' + d.wire_group)] : null),
        el('td', {}, d.published ? d.published.date : '—'), el('td', {}, d.story || '—'),
        el('td', {}, badge(d.status), d.problem ? ' ' + d.problem : ''))))));
}

/** The body as text nodes, with every evidence span wrapped in a mark (overlaps split at boundaries). */
function highlighted(body, evidence, focus) {
  const cuts = new Set([0, body.length]);
  for (const e of evidence) { cuts.add(e.start); cuts.add(e.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= body.length).sort((a, b) => a - b);
  const out = el('div', {class: 'body', id: 'body'});
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = evidence.filter((e) => e.start <= from && to <= e.end);
    const text = body.slice(from, to);
    if (covering.length === 0) { out.appendChild(document.createTextNode(text)); continue; }
    const isFocus = focus && covering.some((e) => e.start === focus[0] && e.end === focus[1]);
    out.appendChild(el('mark', {class: isFocus ? 'focus' : null, 'data-start': from,
      title: covering.map((e) => label(e.type) + ' (' + e.stance + (e.attributed_to ? ', ' + e.attributed_to : '') + ')').join('; ')}, text));
  }
  return out;
}

async function documentPage(id, range) {
  const page = await api('/api/documents/' + encodeURIComponent(id));
  const d = page.summary;
  const focus = range ? range.split('-').map(Number) : null;
  const meta = [['Outlet', d.outlet], ['Author', d.author], ['Published', d.published && d.published.date + ' (' + d.published.basis + ')'],
    ['Source', d.source], ['Story', d.story], ['Wire copy', d.wire_group], ['Origin', d.origin], ['Status', d.status + (d.problem ? ': ' + d.problem : '')]];
  const link = d.url && /^https?:/i.test(d.url) ? el('a', {href: d.url, rel: 'noopener noreferrer nofollow', target: '_blank'}, d.url) : d.url;
  show(el('h1', {id: 'doc-title'}, d.title || d.source),
    el('dl', {class: 'meta'}, meta.filter(([, v]) => v).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
      d.url ? [el('dt', {}, 'URL'), el('dd', {}, link)] : null),
    page.copies.length ? el('p', {class: 'muted'}, 'The same text also appeared in: ',
      page.copies.map((c, i) => [i > 0 ? '; ' : '', el('a', {href: '#/doc/' + encodeURIComponent(c.id)}, c.outlet || c.title || c.source)])) : null,
    el('p', {class: 'muted'}, page.evidence.length + ' evidence span' + (page.evidence.length === 1 ? '' : 's') + ' highlighted'),
    highlighted(page.body, page.evidence, focus));
  const target = document.querySelector('mark.focus');
  if (target) target.scrollIntoView({block: 'center'});
}

// ---- search --------------------------------------------------------------------------------
async function searchPage(params) {
  const facets = await api('/api/facets');
  const select = (name, values, all) => el('label', {}, label(name),
    el('select', {name}, el('option', {value: ''}, all), values.map((v) => {
      const option = el('option', {value: v}, label(v));
      if (params.get(name) === v) option.selected = true;
      return option;
    })));
  const input = (name, type, placeholder) => el('label', {}, name === 'q' ? 'words' : label(name),
    el('input', {name, type, placeholder, value: params.get(name) || ''}));
  const form = el('form', {class: 'filters', id: 'search-form', onsubmit: (ev) => {
    ev.preventDefault();
    const query = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target)) if (v) query.set(k, v);
    location.hash = '#/search?' + query.toString();
  }}, input('q', 'search', 'e.g. delivery'), select('kind', ['document', 'claim'], 'documents and claims'),
  select('country', facets.countries, 'any country'), select('system', facets.systems, 'any system'),
  select('type', facets.event_types, 'any event'), input('from', 'text', 'YYYY[-MM[-DD]]'), input('to', 'text', 'YYYY[-MM[-DD]]'),
  el('button', {type: 'submit'}, 'Search'));
  const results = el('div', {id: 'results'});
  show(el('h1', {}, 'Search'), form, results);
  if ([...params.keys()].length === 0) return;
  try {
    const offset = Number(params.get('offset') || 0);
    const found = await api('/api/search?' + params.toString() + '&limit=50');
    const more = new URLSearchParams(params);
    more.set('offset', String(offset + 50));
    append(results, el('p', {class: 'muted'}, found.total + ' hit' + (found.total === 1 ? '' : 's'),
      offset > 0 ? ' (from ' + (offset + 1) + ')' : ''),
    found.hits.length ? found.hits.map(hit) : el('div', {class: 'empty'}, 'Nothing found.'),
    found.total > offset + 50 ? el('p', {}, el('a', {href: '#/search?' + more.toString(), id: 'more'}, 'Next 50 hits')) : null);
  } catch (e) {
    append(results, el('p', {class: 'error'}, e.message));
  }
  results.setAttribute('data-loaded', 'true');
}

function hit(h) {
  const range = h.span ? '/' + h.span.start + '-' + h.span.end : '';
  return el('div', {class: 'hit'},
    el('div', {}, badge(h.kind), h.event_type ? [' ', badge(h.event_type)] : null, ' ',
      el('a', {href: '#/doc/' + encodeURIComponent(h.document) + range}, h.title), h.date ? el('span', {class: 'muted'}, ' · ' + h.date) : null),
    snippet(h.snippet, h.highlights));
}

function snippet(text, highlights) {
  const out = el('p', {class: 'snippet'});
  let at = 0;
  for (const r of highlights) {
    if (r.start < at) continue;
    append(out, [text.slice(at, r.start), el('mark', {}, text.slice(r.start, r.end))]);
    at = r.end;
  }
  return append(out, [text.slice(at)]);
}

// ---- compared with SIPRI -------------------------------------------------------------------
const COMPARED_FIELDS = ['order_date', 'quantity', 'value', 'first_delivery'];

/** A news or SIPRI value of compare.json as text: a date or year, "42 aircraft", "USD 8,100,000,000". */
function comparedValue(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v !== 'object') return String(v);
  if (v.currency) return v.currency + ' ' + Number(v.amount).toLocaleString('en');
  if (v.unit) return v.amount + ' ' + v.unit;
  return String(v.amount);
}

function verdictCell(field) {
  if (!field) return el('td', {class: 'muted'}, '—');
  const origins = field.independent_sources ? ' (' + count(field.independent_sources, 'origin') + ')' : '';
  return el('td', {title: field.note || ''},
    el('div', {}, 'news: ', comparedValue(field.news), origins),
    el('div', {}, 'SIPRI: ', comparedValue(field.sipri), field.sipri_estimate ? ' (estimate)' : ''),
    el('span', {class: 'badge verdict ' + field.verdict}, field.verdict.replace('_', ' ')));
}

async function sipriPage() {
  let data;
  try {
    data = await api('/api/compare');
  } catch (e) {
    show(el('h1', {}, 'Compared with SIPRI'), el('div', {class: 'empty'}, e.message));
    return;
  }
  const rows = data.pairs.map((p) => el('tr', {},
    el('td', {}, el('a', {href: '#/deal/' + encodeURIComponent(p.deal)}, p.news.supplier + ' → ' + p.news.recipient + ': ' + p.news.system)),
    el('td', {}, p.sipri.designation, el('div', {class: 'muted'}, p.sipri.order_year ? 'ordered ' + p.sipri.order_year : '', ' · line ' + p.sipri.line)),
    COMPARED_FIELDS.map((name) => verdictCell(p.fields.find((f) => f.field === name)))));
  const missing = data.deals_not_in_sipri.map((id) => el('li', {}, el('a', {href: '#/deal/' + encodeURIComponent(id)}, id)));
  const unmentioned = data.sipri_rows_not_in_news.map((r) => el('tr', {},
    el('td', {}, r.supplier + ' → ' + r.recipient), el('td', {}, r.designation), el('td', {}, r.order_year || ''),
    el('td', {}, r.number_ordered === null ? '' : r.number_ordered), el('td', {}, r.delivery_years.join(', ')),
    el('td', {}, r.comments)));
  show(el('h1', {}, 'Compared with SIPRI'),
    el('p', {class: 'muted'}, count(data.pairs.length, 'deal') + ' paired with a SIPRI row; SIPRI records years, so dates agree when the years do.'),
    data.pairs.length ? el('table', {class: 'data sipri-pairs'}, el('tr', {}, el('th', {}, 'Deal'), el('th', {}, 'SIPRI row'),
      COMPARED_FIELDS.map((name) => el('th', {}, name.replace('_', ' ')))), rows) : el('div', {class: 'empty'}, 'No deal matches a SIPRI row.'),
    el('h2', {}, 'Deals SIPRI lacks'), missing.length ? el('ul', {}, missing) : el('div', {class: 'empty'}, 'None.'),
    el('h2', {}, 'SIPRI rows no article mentions'),
    unmentioned.length ? el('table', {class: 'data'}, el('tr', {}, ['Parties', 'Designation', 'Ordered', 'Number', 'Delivered', 'Comments']
      .map((h) => el('th', {}, h))), unmentioned) : el('div', {class: 'empty'}, 'None.'));
}

// ---- routing -------------------------------------------------------------------------------
async function route() {
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active',
    a.dataset.nav === (parts[0] === 'deal' || !parts[0] ? 'deals' : parts[0] === 'doc' ? 'documents' : parts[0])));
  try {
    if (!parts[0]) await dealsPage();
    else if (parts[0] === 'deal') await dealPage(parts[1]);
    else if (parts[0] === 'doc') await documentPage(parts[1], parts[2]);
    else if (parts[0] === 'documents') await documentsPage();
    else if (parts[0] === 'contradictions') await contradictionsPage();
    else if (parts[0] === 'search') await searchPage(params);
    else if (parts[0] === 'sipri') await sipriPage();
    else show(el('p', {class: 'error'}, 'No such page.'));
  } catch (e) {
    show(el('p', {class: 'error'}, e.message));
  }
}

async function status() {
  try {
    const s = await api('/api/status');
    document.getElementById('status').textContent = [asOf ? 'as of ' + asOf : null, count(s.documents, 'document'),
      count(s.deals, 'deal'), count(s.events, 'event'), count(s.contradictions, 'contradiction'), 'revision ' + s.revision]
      .filter(Boolean).join(' · ');
  } catch (e) { /* the footer is a courtesy */ }
}

document.getElementById('quick-search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('quick-q').value);
});
document.getElementById('as-of').addEventListener('change', (ev) => {
  asOf = ev.target.value;
  route();
  status();
});
window.addEventListener('hashchange', route);
route();
status();
