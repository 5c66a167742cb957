// The speaker page: names, titles over time, and the statements as a timeline, newest first.
'use strict';

(() => {
  const {el, clear, api, param, countText, statementItem, status} = whosaid;
  const pageSize = 100;
  const timeline = document.getElementById('timeline');
  const more = document.getElementById('more');
  let next = null;
  let lastMonth = null;

  function span(dates) {
    const sorted = [...dates].filter(Boolean).sort();
    if (sorted.length === 0) return 'undated';
    return sorted[0] === sorted[sorted.length - 1] ? sorted[0] : sorted[0] + ' – ' + sorted[sorted.length - 1];
  }

  function when(hit) {
    return hit.date || hit.effectiveDate || hit.published || '';
  }

  async function loadStatements(id) {
    const page = await api('/api/statements', {speakerId: id, after: next, limit: pageSize});
    for (const hit of page.items) {
      const month = when(hit).slice(0, 7) || 'undated';
      if (month !== lastMonth) {
        timeline.append(el('li', {class: 'month'}, el('h3', {}, month)));
        lastMonth = month;
      }
      timeline.append(statementItem(hit, {hideSpeaker: true}));
    }
    next = page.next || null;
    document.getElementById('statement-count').textContent = '(' + countText(page.total, page.totalExact) + ')';
    more.hidden = !page.hasMore || !next;
  }

  async function load() {
    const id = param('id');
    if (!id) {
      status('No speaker given.', true);
      return;
    }
    let speaker;
    try {
      speaker = await api('/api/speakers/' + encodeURIComponent(id));
    } catch (e) {
      status(e.message, true);
      return;
    }
    document.title = 'whosaid: ' + speaker.name;
    document.getElementById('name').textContent = speaker.name;
    const about = document.getElementById('about-link');
    about.href = '/?aboutId=' + encodeURIComponent(speaker.id);
    about.textContent = 'Statements about ' + speaker.name + ' →';
    document.getElementById('kind').textContent = (speaker.type === 'ORGANIZATION' ? 'Organisation' : 'Person')
      + (speaker.local ? ' · named only in one article' : '')
      + ' · in ' + speaker.appearances.length + ' article' + (speaker.appearances.length === 1 ? '' : 's');
    const aliases = clear(document.getElementById('aliases'));
    const others = speaker.aliases.filter(a => a !== speaker.name);
    others.forEach(a => aliases.append(el('li', {}, a)));
    document.getElementById('aliases-section').hidden = others.length === 0;
    const titles = clear(document.getElementById('titles'));
    const ordered = [...speaker.titles].sort((x, y) => span(x.dates).localeCompare(span(y.dates)));
    for (const t of ordered) {
      titles.append(el('tr', {},
        el('td', {}, t.title),
        el('td', {}, span(t.dates)),
        el('td', {}, el('ul', {class: 'inline'},
          t.articleIds.map(a => el('li', {}, el('a', {href: whosaid.articleHref(a)}, a)))))));
    }
    if (speaker.titles.length === 0) {
      titles.append(el('tr', {}, el('td', {colspan: '3', class: 'meta'}, 'No title given in the articles.')));
    }
    try {
      await loadStatements(id);
    } catch (e) {
      status(e.message, true);
    }
  }

  more.addEventListener('click', () => loadStatements(param('id')).catch(e => status(e.message, true)));
  load();
})();
