// The search page: a form over /api/statements; the form's values live in the page address.
'use strict';

(() => {
  const {clear, api, countText, statementItem, status} = whosaid;
  const fields = ['q', 'speaker', 'about', 'outlet', 'from', 'to', 'minConfidence', 'speakerId', 'aboutId'];
  const size = 20;
  const form = document.getElementById('search');
  const results = document.getElementById('results');
  const prev = document.getElementById('prev');
  const next = document.getElementById('next');
  let nextCursor = '';

  function current() {
    const params = new URLSearchParams(window.location.search);
    const query = {};
    for (const f of fields) query[f] = params.get(f) || '';
    query.page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    // The next page continues after the last result shown (cheap however deep); other pages by number.
    query.after = params.get('after') || '';
    return query;
  }

  function go(query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value && !(key === 'page' && value === 1)) params.set(key, value);
    }
    history.pushState(null, '', '/' + (params.toString() ? '?' + params : ''));
    load();
  }

  /** Says which speaker the search is limited to, by name, where the address limits it by id. */
  async function showScope(query) {
    const names = async id => {
      try {
        return (await api('/api/speakers/' + encodeURIComponent(id))).name;
      } catch (e) {
        return id;
      }
    };
    const parts = [];
    if (query.speakerId) parts.push('said by ' + await names(query.speakerId));
    if (query.aboutId) parts.push('about ' + await names(query.aboutId));
    document.getElementById('scope').hidden = parts.length === 0;
    document.getElementById('scope-text').textContent = parts.length ? 'Only statements ' + parts.join(', ') + '.' : '';
  }

  async function load() {
    const query = current();
    for (const f of fields) document.getElementById(f).value = query[f];
    showScope(query);
    status('Searching…');
    try {
      const {page: number, after, ...criteria} = query;
      const page = await api('/api/statements',
        after ? {...criteria, after, limit: size} : {...criteria, page: number, size});
      clear(results);
      results.start = page.offset + 1;
      page.items.forEach(hit => results.append(statementItem(hit)));
      if (page.total === 0) {
        status('No statement matches.');
      } else {
        status(countText(page.total, page.totalExact) + ' statement' + (page.total === 1 ? '' : 's')
          + ', showing ' + (page.offset + 1) + '–' + (page.offset + page.items.length) + '.');
      }
      nextCursor = page.next || '';
      prev.hidden = query.page <= 1;
      next.hidden = !page.hasMore || !nextCursor;
    } catch (e) {
      clear(results);
      prev.hidden = next.hidden = true;
      status(e.message, true);
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const query = {page: 1};
    for (const f of fields) query[f] = document.getElementById(f).value.trim();
    go(query);
  });
  prev.addEventListener('click', () => go({...current(), after: '', page: current().page - 1}));
  next.addEventListener('click', () => go({...current(), after: nextCursor, page: current().page + 1}));
  window.addEventListener('popstate', load);

  api('/api/counts').then(c => {
    document.getElementById('counts').textContent =
      c.articles + ' articles · ' + c.statements + ' statements · ' + c.speakers + ' speakers';
  }).catch(() => {});
  load();
})();
