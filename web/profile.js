// The printable town profile (profile.html). The app computes the profile on the device and
// stores it, as JSON written by core (app/core/match/town_profile.h), in localStorage under
// "atlas-profile:<token>", then opens profile.html#t=<token> (same origin). Every data string
// goes in as text (textContent), never as markup; links are http(s) only, noopener noreferrer.
'use strict';

(function () {
  const WORDS = {
    en: {
      title: 'Town profile', print: 'Print or save as PDF', facts: 'Facts', population: 'Population',
      within: 'Within', goals: 'Goals', challenges: 'Challenges', via: 'via', inherited: 'inherited',
      partners: 'Partners and what they share today', partner: 'Partner', since: 'Since', status: 'Status',
      shared: 'Shared today', sharedGoals: 'Goals', sharedChallenges: 'Challenges', sharedAbroad: 'Partners abroad',
      nothing: 'nothing recorded in the data', suggestions: 'Suggested partners', rank: '#', candidate: 'Place',
      score: 'Score', why: 'Why', weights: 'Weights used', pool: 'Pool', sources: 'Sources',
      none: 'No partnership is recorded.', noSuggestions: 'No suggestion.',
      missing: 'No profile to show: open it from the Twinning Atlas app ("Print profile").',
      footer: 'Twinning Atlas: suggestions are computed on this device from public data (see "About the data" in the app); they are a starting point for a conversation, not a forecast.',
    },
    de: {
      title: 'Stadtprofil', print: 'Drucken oder als PDF speichern', facts: 'Fakten', population: 'Einwohner',
      within: 'Gehört zu', goals: 'Ziele', challenges: 'Herausforderungen', via: 'über', inherited: 'übernommen',
      partners: 'Partner und was sie heute verbindet', partner: 'Partner', since: 'Seit', status: 'Status',
      shared: 'Heute gemeinsam', sharedGoals: 'Ziele', sharedChallenges: 'Herausforderungen', sharedAbroad: 'Partner im Ausland',
      nothing: 'in den Daten nichts verzeichnet', suggestions: 'Vorgeschlagene Partner', rank: 'Nr.', candidate: 'Ort',
      score: 'Wert', why: 'Warum', weights: 'Verwendete Gewichte', pool: 'Pool', sources: 'Quellen',
      none: 'Keine Partnerschaft verzeichnet.', noSuggestions: 'Kein Vorschlag.',
      missing: 'Kein Profil zum Anzeigen: bitte aus der Twinning-Atlas-App öffnen („Profil drucken“).',
      footer: 'Twinning Atlas: Die Vorschläge werden auf diesem Gerät aus öffentlichen Daten berechnet (siehe „Über die Daten“ in der App); sie sind ein Ausgangspunkt für ein Gespräch, keine Vorhersage.',
    },
  };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function link(source) {
    const title = source && source.title ? source.title : '';
    let url = null;
    try { url = source && source.url ? new URL(source.url) : null; } catch (e) { url = null; }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return el('span', title);
    const a = el('a', title || url.href);
    a.href = url.href;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }

  function number(n, lang) {
    return typeof n === 'number' ? n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 0 }) : '';
  }

  function list(items, w) {
    return items && items.length ? items.join(', ') : w.nothing;
  }

  function table(headers, rows) {
    const t = el('table');
    const head = t.createTHead().insertRow();
    for (const h of headers) head.appendChild(el('th', h));
    const body = t.createTBody();
    for (const cells of rows) {
      const tr = body.insertRow();
      for (const c of cells) {
        const td = tr.insertCell();
        if (c instanceof Node) td.appendChild(c); else td.textContent = c === undefined || c === null ? '' : String(c);
      }
    }
    return t;
  }

  function render(p, main) {
    const lang = p.lang === 'de' ? 'de' : 'en';
    const w = WORDS[lang];
    document.documentElement.lang = lang;
    const town = p.town || {};
    document.title = w.title + ' – ' + (town.name || '') + ' – Twinning Atlas';
    main.replaceChildren();
    main.appendChild(el('h1', town.name));
    main.appendChild(el('p', [town.region, town.within, town.country].filter(Boolean).join(' · '), 'lead'));
    const bar = el('div', null, 'toolbar');
    const print = el('button', w.print);
    print.type = 'button';
    print.addEventListener('click', () => window.print());
    bar.appendChild(print);
    main.appendChild(bar);

    main.appendChild(el('h2', w.facts));
    const facts = [];
    if (town.population) facts.push([w.population, number(town.population, lang)]);
    if (town.within) facts.push([w.within, town.within]);
    for (const kind of ['goal', 'challenge']) {
      const ul = el('ul', null, 'tags');
      for (const t of (p.tags || []).filter((x) => x.kind === kind)) {
        const li = el('li', t.label);
        const notes = [t.detail, t.via ? w.via + ' ' + t.via : (t.inherited ? w.inherited : '')].filter(Boolean);
        if (notes.length) li.appendChild(el('span', ' (' + notes.join('; ') + ')', 'muted'));
        if (t.source) { li.appendChild(document.createTextNode(' – ')); li.appendChild(link(t.source)); }
        ul.appendChild(li);
      }
      facts.push([kind === 'goal' ? w.goals : w.challenges, ul.childElementCount ? ul : w.nothing]);
    }
    main.appendChild(table(['', ''], facts));

    main.appendChild(el('h2', w.partners));
    const partners = p.partners || [];
    if (!partners.length) main.appendChild(el('p', w.none, 'muted'));
    else main.appendChild(table([w.partner, w.since, w.status, w.shared, w.sources], partners.map((x) => {
      const shared = el('div');
      shared.appendChild(el('div', w.sharedGoals + ': ' + list(x.shared_goals, w)));
      shared.appendChild(el('div', w.sharedChallenges + ': ' + list(x.shared_challenges, w)));
      shared.appendChild(el('div', w.sharedAbroad + ': ' + list(x.shared_partners_abroad, w)));
      const sources = el('div');
      for (const s of x.sources || []) { const d = el('div'); d.appendChild(link(s)); sources.appendChild(d); }
      return [x.name + ' (' + x.country + ')', x.since || '', x.status, shared, sources];
    })));

    main.appendChild(el('h2', w.suggestions));
    const sug = p.suggestions || [];
    if (!sug.length) main.appendChild(el('p', w.noSuggestions, 'muted'));
    else main.appendChild(table([w.rank, w.candidate, w.score, w.why], sug.map((s) => {
      const c = s.candidate || {};
      const name = c.council && c.council.name !== c.name ? c.name + ' (' + c.council.name + ')' : c.name;
      const score = el('span', typeof s.total === 'number' ? s.total.toFixed(2) : '', 'score');
      return [s.rank, name + (c.population ? ', ' + number(c.population, lang) : ''), score, s.explanation];
    })));
    const weights = Object.entries(p.weights || {}).map(([k, v]) => k + ' ' + v).join(', ');
    main.appendChild(el('p', w.weights + ': ' + weights + '. ' + w.pool + ': ' + (p.pool || ''), 'muted'));
    main.appendChild(el('footer', w.footer));
  }

  function token() {
    const m = /(?:^|[#&])t=([A-Za-z0-9_-]{1,64})(?:&|$)/.exec(location.hash);
    return m ? m[1] : null;
  }

  function show() {
    const main = document.getElementById('profile');
    const t = token();
    let profile = null;
    try {
      const text = t ? localStorage.getItem('atlas-profile:' + t) : null;
      profile = text ? JSON.parse(text) : null;
    } catch (e) {
      profile = null;
    }
    if (!profile || profile.v !== 1 || typeof profile.town !== 'object') {
      main.replaceChildren(el('p', WORDS.en.missing));
      main.appendChild(el('p', WORDS.de.missing));
      document.documentElement.dataset.profileReady = 'missing';
      return;
    }
    render(profile, main);
    document.documentElement.dataset.profileReady = 'shown';
  }

  window.addEventListener('hashchange', show);
  show();
})();
