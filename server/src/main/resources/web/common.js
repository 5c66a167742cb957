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
    for (const child of children.flat(Infinity)) {
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

  /** Opening quotation marks: content that starts with one carries its own marks. */
  const OPENING_MARK = /^\s*["“‘'«„‚‹]/;

  /**
   * A statement's words as a block quotation; a direct quotation gets marks only where its text
   * does not already begin with them.
   */
  function said(kind, spans) {
    const text = contentText(spans);
    const marks = kind === 'direct' && !OPENING_MARK.test(text) ? ' add-marks' : '';
    return el('blockquote', {class: 'said kind-' + kind + marks}, text);
  }

  /** A confidence in [0, 1] as a percentage, or null where the statement has none. */
  function confidenceText(confidence) {
    return typeof confidence === 'number' ? 'confidence ' + Math.round(confidence * 100) + '%' : null;
  }

  /** How a page names an article: its title, else its outlet and date, else its id. */
  function articleLabel(hit) {
    if (hit.articleTitle) return hit.articleTitle;
    const known = [hit.outlet, hit.published].filter(Boolean);
    return known.length ? 'Article of ' + known.join(', ') : 'Article ' + hit.articleId;
  }

  /** A count for people: "10,000+" where the count is a lower bound. */
  function countText(total, exact) {
    return total.toLocaleString('en') + (exact === false ? '+' : '');
  }

  /** A statement found by a search, as a list item: who, what, where and when. */
  function statementItem(hit, options) {
    const opts = options || {};
    const who = hit.speakerId
      ? el('a', {href: speakerHref(hit.speakerId), class: 'who'}, hit.speakerName || hit.speakerId)
      : el('span', {class: 'who unknown'}, hit.speakerName || (hit.source ? hit.source.text : 'unnamed speaker'));
    const when = hit.date || hit.effectiveDate || hit.published;
    const where = el('a', {href: articleHref(hit.articleId, hit.statementId), class: 'where'}, articleLabel(hit));
    const confidence = confidenceText(hit.confidence);
    return el('li', {class: 'statement', dataset: {article: hit.articleId, statement: hit.statementId}},
      opts.hideSpeaker ? null : el('div', {class: 'byline'}, who,
        hit.cue ? el('span', {class: 'cue'}, ' ' + hit.cue.text) : null),
      said(hit.kind, hit.content),
      el('div', {class: 'meta'},
        when ? el('time', {datetime: when}, when) : null,
        hit.outlet && hit.articleTitle ? ' · ' + hit.outlet : null,
        ' · ', where,
        hit.channel ? ' · ' + hit.channel : null,
        confidence ? el('span', {class: 'confidence'}, ' · ' + confidence) : null,
        hit.kind ? el('span', {class: 'kind'}, ' ' + hit.kind) : null));
  }

  /** Shows a message (or nothing) in the page's status line. */
  function status(text, isError) {
    const node = document.getElementById('status');
    if (!node) return;
    node.textContent = text || '';
    node.classList.toggle('error', Boolean(isError));
  }

  return {
    el, clear, api, param, speakerHref, articleHref, safeUrl, contentText, said, confidenceText, countText,
    statementItem, status
  };
})();
