// Shared helpers of the whosaid pages. Data from the server only ever enters the page as text nodes.
'use strict';

const whosaid = (() => {
  /** Creates an element; children are nodes or strings (added as text, never parsed as HTML). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Removes every child of a node. */
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** Fetches JSON from the API; rejects with the server's one-line error. */
  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== undefined && value !== null && value !== '') query.set(key, value);
    }
    const url = path + (query.toString() ? '?' + query : '');
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      throw new Error(body && body.error ? body.error : response.status + ' ' + response.statusText);
    }
    return body;
  }

  /** The value of a query parameter of this page's address. */
  function param(name) {
    return new URLSearchParams(window.location.search).get(name);
  }

  function speakerHref(id) {
    return '/speaker.html?id=' + encodeURIComponent(id);
  }

  function articleHref(id, statementId) {
    return '/article.html?id=' + encodeURIComponent(id)
      + (statementId ? '&statement=' + encodeURIComponent(statementId) : '');
  }

  /** Only web addresses become links; anything else (javascript:, data:) stays text. */
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  /** The quoted words of a statement, parts joined by an ellipsis. */
  function contentText(spans) {
    return (spans || []).map(s => s.text).join(' … ');
  }

  /** A statement found by a search, as a list item: who, what, where and when. */
  function statementItem(hit, options) {
    const opts = options || {};
    const who = hit.speakerId
      ? el('a', {href: speakerHref(hit.speakerId), class: 'who'}, hit.speakerName || hit.speakerId)
      : el('span', {class: 'who unknown'}, hit.speakerName || (hit.source ? hit.source.text : 'unnamed speaker'));
    const when = hit.date || hit.effectiveDate || hit.published;
    const where = el('a', {href: articleHref(hit.articleId, hit.statementId), class: 'where'},
      hit.articleTitle || hit.articleId);
    return el('li', {class: 'statement', dataset: {article: hit.articleId, statement: hit.statementId}},
      opts.hideSpeaker ? null : el('div', {class: 'byline'}, who,
        hit.cue ? el('span', {class: 'cue'}, ' ' + hit.cue.text) : null),
      el('blockquote', {class: 'said kind-' + hit.kind}, contentText(hit.content)),
      el('div', {class: 'meta'},
        when ? el('time', {datetime: when}, when) : null,
        hit.outlet ? ' · ' + hit.outlet : null,
        ' · ', where,
        hit.channel ? ' · ' + hit.channel : null,
        hit.kind ? el('span', {class: 'kind'}, ' ' + hit.kind) : null));
  }

  /** Shows a message (or nothing) in the page's status line. */
  function status(text, isError) {
    const node = document.getElementById('status');
    if (!node) return;
    node.textContent = text || '';
    node.classList.toggle('error', Boolean(isError));
  }

  return {el, clear, api, param, speakerHref, articleHref, safeUrl, contentText, statementItem, status};
})();
