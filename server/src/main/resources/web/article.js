// The article page: the text with every statement's source, cue and content highlighted; a click on a
// statement shows its speaker in the side panel.
'use strict';

(() => {
  const {el, clear, api, param, speakerHref, safeUrl, contentText, said, confidenceText, status} = whosaid;
  // Where spans overlap, the narrower role wins: a source or cue inside another statement's content.
  const priority = {source: 0, cue: 1, content: 2};
  const textNode = document.getElementById('text');
  const panel = document.getElementById('panel');
  let article = null;

  /** Every span of every statement, with its role and statement id. */
  function marks(attributions) {
    const all = [];
    for (const a of attributions) {
      if (a.source) all.push({...a.source, role: 'source', statement: a.id});
      if (a.cue) all.push({...a.cue, role: 'cue', statement: a.id});
      for (const c of a.content) all.push({...c, role: 'content', statement: a.id});
    }
    return all.filter(m => m.end > m.start);
  }

  /** Builds the text as text nodes and highlight elements, cut wherever a span starts or ends. */
  function render(text, attributions) {
    const spans = marks(attributions);
    const cuts = new Set([0, text.length]);
    spans.forEach(m => { cuts.add(m.start); cuts.add(m.end); });
    const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((x, y) => x - y);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter(m => m.start <= from && m.end >= to);
      if (covering.length === 0) {
        out.append(document.createTextNode(piece));
        continue;
      }
      covering.sort((x, y) => priority[x.role] - priority[y.role] || (x.end - x.start) - (y.end - y.start));
      const top = covering[0];
      out.append(el('span', {
        class: 'hl hl-' + top.role,
        tabindex: '0',
        role: 'button',
        title: top.role,
        dataset: {statement: top.statement, role: top.role, start: from, end: to}
      }, piece));
    }
    clear(textNode).append(out);
  }

  function entityOf(attribution) {
    return article.entities.find(e => e.id === attribution.speaker) || null;
  }

  function dl(pairs) {
    const list = el('dl', {class: 'facts'});
    for (const [term, value] of pairs) {
      if (value === null || value === undefined || value === '') continue;
      list.append(el('dt', {}, term), el('dd', {}, value));
    }
    return list;
  }

  /** Shows one statement and its speaker in the side panel, and marks it in the text. */
  function select(id, scroll) {
    const a = article.attributions.find(x => x.id === id);
    if (!a) return;
    textNode.querySelectorAll('.hl.selected').forEach(n => n.classList.remove('selected'));
    const pieces = textNode.querySelectorAll('.hl');
    pieces.forEach(n => { if (n.dataset.statement === id) n.classList.add('selected'); });
    const entity = entityOf(a);
    const storeId = a.speaker ? article.speakerIds[a.speaker] : null;
    const name = a.speakerName || (entity ? entity.name : null);
    const titles = entity ? entity.titles : [];
    clear(panel).append(...[
      el('h2', {class: 'speaker-name'}, name || 'Speaker not named in the article'),
      titles.length ? el('ul', {class: 'speaker-titles'}, titles.map(t => el('li', {}, t))) : null,
      storeId ? el('p', {}, el('a', {href: speakerHref(storeId), class: 'speaker-link'},
        'All statements of ' + (name || 'this speaker') + ' →')) : null,
      said(a.kind, a.content),
      dl([
        ['Statement', a.id],
        ['Kind', a.kind],
        ['Source', a.source ? a.source.text : null],
        ['Cue', a.cue ? a.cue.text : null],
        ['Date', a.date],
        ['Channel', a.channel],
        ['Confidence', confidenceText(a.confidence)]
      ]),
      statementList()
    ].filter(Boolean));
    if (scroll) {
      const first = textNode.querySelector('.hl.selected');
      if (first) first.scrollIntoView({block: 'center'});
    }
  }

  /** The article's statements as a list of buttons, in text order. */
  function statementList() {
    const items = article.attributions.map(a => el('li', {},
      el('button', {type: 'button', class: 'link', dataset: {statement: a.id}},
        (a.speakerName || (a.source ? a.source.text : 'unnamed')) + ': ' + shorten(contentText(a.content)))));
    return el('section', {class: 'all-statements'},
      el('h3', {}, article.attributions.length + ' statement' + (article.attributions.length === 1 ? '' : 's')),
      el('ol', {}, items));
  }

  function shorten(s) {
    return s.length > 90 ? s.slice(0, 87) + '…' : s;
  }

  function onPick(event) {
    const target = event.target.closest('[data-statement]');
    if (target && (textNode.contains(target) || panel.contains(target))) {
      select(target.dataset.statement, panel.contains(target));
    }
  }

  async function load() {
    const id = param('id');
    if (!id) {
      status('No article given.', true);
      return;
    }
    try {
      article = await api('/api/articles/' + encodeURIComponent(id));
    } catch (e) {
      status(e.message, true);
      return;
    }
    document.title = 'whosaid: ' + (article.title || article.id);
    document.getElementById('title').textContent = article.title || article.id;
    const meta = document.getElementById('meta');
    const url = safeUrl(article.url);
    meta.append(
      [article.outlet, article.published].filter(Boolean).join(' · '),
      url ? el('span', {}, ' · ', el('a', {href: url, rel: 'noopener noreferrer'}, 'original')) : '');
    render(article.text, article.attributions);
    clear(panel).append(el('p', {class: 'hint'}, 'Click a highlighted statement to see who said it.'),
      statementList());
    const wanted = param('statement');
    if (wanted) select(wanted, true);
  }

  textNode.addEventListener('click', onPick);
  textNode.addEventListener('keydown', event => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(event);
    }
  });
  panel.addEventListener('click', onPick);
  load();
})();
