/**
 * The report's one script, inline, as plain browser JavaScript kept in a string: nothing to
 * bundle, the same bytes on every build. It reads the records from `#report-data` and makes the
 * heatmap interactive: the tooltip on hover and focus, the detail on click or Enter, arrow-key
 * navigation with one tab stop (roving tabindex), the filters and the row order.
 */
export const REPORT_SCRIPT = String.raw `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var LETTERS = { S: 'support', O: 'oppose', D: 'delete', X: 'other' };
  var table = document.querySelector('table.heatmap');
  var tbody = table.tBodies[0];
  var tooltip = document.getElementById('tooltip');
  var detail = document.querySelector('[data-detail]');
  var detailTitle = detail.querySelector('h3');
  var detailList = detail.querySelector('ol');
  var rowIndex = {};
  data.rows.forEach(function (row, i) { rowIndex[row[0]] = i; });
  var active = null;

  function recordsOf(cell) {
    return data.cells[rowIndex[cell.getAttribute('data-country')] + ',' + cell.getAttribute('data-col')] || [];
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function cellTitle(cell) {
    var row = data.rows[rowIndex[cell.getAttribute('data-country')]];
    var column = data.columns[+cell.getAttribute('data-col')];
    return row[0] + ' (' + row[1] + ') on ' + column[0];
  }

  function showTooltip(cell) {
    if (!cell || !cell.hasAttribute('data-country')) { tooltip.hidden = true; return; }
    var records = recordsOf(cell);
    var labels = [];
    records.forEach(function (r) { var label = data.strings[r[1]]; if (label && labels.indexOf(label) < 0) labels.push(label); });
    var stances = cell.getAttribute('data-stances').split('').map(function (l) { return LETTERS[l]; }).join(', ');
    tooltip.textContent = cellTitle(cell) + ': ' + stances + (labels.length ? ' \u00b7 ' + labels.join('; ') : '') + ' (' + records.length + (records.length === 1 ? ' record)' : ' records)');
    var box = cell.getBoundingClientRect();
    tooltip.hidden = false;
    var left = Math.min(box.right + 6, window.innerWidth - tooltip.offsetWidth - 8);
    var top = box.bottom + 6 + tooltip.offsetHeight > window.innerHeight ? box.top - tooltip.offsetHeight - 6 : box.bottom + 6;
    tooltip.style.left = Math.max(4, left) + 'px';
    tooltip.style.top = Math.max(4, top) + 'px';
  }

  function openDetail(cell) {
    if (!cell || !cell.hasAttribute('data-country')) return;
    if (active) active.classList.remove('active');
    active = cell;
    cell.classList.add('active');
    var column = data.columns[+cell.getAttribute('data-col')];
    var records = recordsOf(cell);
    detailTitle.textContent = cellTitle(cell) + ': ' + cell.getAttribute('data-stances');
    detailList.textContent = '';
    records.forEach(function (r) {
      var li = el('li', 'record');
      li.setAttribute('data-record', '');
      var badge = el('span', 'cell s-' + r[0], r[0]);
      badge.setAttribute('aria-label', LETTERS[r[0]]);
      li.appendChild(badge);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('strong', '', data.strings[r[1]] || '(bare code)'));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('q', '', data.strings[r[2]]));
      li.appendChild(el('span', 'where', ' line ' + r[3] + (r[4] !== cell.getAttribute('data-country') ? ', written ' + r[4] : '') + (r[5] ? ', struck' : '')));
      detailList.appendChild(li);
    });
    var old = detail.querySelector('p.link');
    if (old) old.remove();
    if (column[1]) {
      var p = el('p', 'link');
      var a = el('a', '', 'Paragraph ' + column[0] + ' in full');
      a.href = '#' + column[1];
      p.appendChild(a);
      detail.appendChild(p);
    }
    detail.hidden = false;
  }
  function closeDetail() {
    detail.hidden = true;
    if (active) { active.classList.remove('active'); active.focus(); }
  }

  // Roving tabindex: one cell of the grid is in the tab order; the arrow keys move it.
  function visibleRows() {
    return Array.prototype.filter.call(tbody.rows, function (tr) { return !tr.hidden; });
  }
  function moveTo(cell) {
    if (!cell) return;
    var current = table.querySelector('td[tabindex="0"]');
    if (current && current !== cell) current.setAttribute('tabindex', '-1');
    cell.setAttribute('tabindex', '0');
    cell.focus();
  }
  function visibleCells(tr) {
    return Array.prototype.filter.call(tr.cells, function (c) { return c.tagName === 'TD' && c.style.display !== 'none'; });
  }
  table.addEventListener('keydown', function (event) {
    var cell = event.target;
    if (cell.tagName !== 'TD') return;
    var tr = cell.parentNode;
    var cells = visibleCells(tr);
    var at = cells.indexOf(cell);
    var rows = visibleRows();
    var r = rows.indexOf(tr);
    var next = null;
    switch (event.key) {
      case 'ArrowRight': next = cells[at + 1]; break;
      case 'ArrowLeft': next = cells[at - 1]; break;
      case 'ArrowDown': if (rows[r + 1]) next = visibleCells(rows[r + 1])[at]; break;
      case 'ArrowUp': if (rows[r - 1]) next = visibleCells(rows[r - 1])[at]; break;
      case 'Home': next = cells[0]; break;
      case 'End': next = cells[cells.length - 1]; break;
      case 'Enter': case ' ': openDetail(cell); event.preventDefault(); return;
      case 'Escape': closeDetail(); return;
      default: return;
    }
    event.preventDefault();
    moveTo(next);
  });
  table.addEventListener('click', function (event) {
    var cell = event.target.closest('td');
    if (!cell || !cell.hasAttribute('data-country')) return;
    moveTo(cell);
    openDetail(cell);
  });
  table.addEventListener('mouseover', function (event) { showTooltip(event.target.closest('td')); });
  table.addEventListener('mouseleave', function () { tooltip.hidden = true; });
  table.addEventListener('focusin', function (event) { showTooltip(event.target.closest('td')); });
  table.addEventListener('focusout', function () { tooltip.hidden = true; });
  detail.querySelector('.close').addEventListener('click', closeDetail);
  detail.addEventListener('keydown', function (event) { if (event.key === 'Escape') closeDetail(); });

  // Filters: delegations by code or name, paragraphs by ID; each a comma-separated list of parts.
  var byDelegation = document.getElementById('filter-delegations');
  var byParagraph = document.getElementById('filter-paragraphs');
  var status = document.getElementById('filter-status');
  function terms(input) {
    return input.value.toLowerCase().split(',').map(function (t) { return t.trim(); }).filter(Boolean);
  }
  function matches(text, wanted) {
    return wanted.length === 0 || wanted.some(function (t) { return text.indexOf(t) >= 0; });
  }
  function applyFilters() {
    var rowsWanted = terms(byDelegation);
    var columnsWanted = terms(byParagraph);
    var showColumn = data.columns.map(function (c) { return matches(c[0].toLowerCase(), columnsWanted); });
    var shownRows = 0;
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      var row = data.rows[+tr.getAttribute('data-row')];
      tr.hidden = !matches((row[0] + ' ' + row[1]).toLowerCase(), rowsWanted);
      if (!tr.hidden) shownRows++;
      for (var c = 1; c < tr.cells.length; c++) tr.cells[c].style.display = showColumn[c - 1] ? '' : 'none';
    });
    var head = table.tHead.rows[0].cells;
    for (var c = 1; c < head.length; c++) head[c].style.display = showColumn[c - 1] ? '' : 'none';
    var shownColumns = showColumn.filter(Boolean).length;
    status.textContent = (rowsWanted.length || columnsWanted.length)
      ? shownRows + ' of ' + data.rows.length + ' delegations, ' + shownColumns + ' of ' + data.columns.length + ' paragraphs shown' : '';
  }
  byDelegation.addEventListener('input', applyFilters);
  byParagraph.addEventListener('input', applyFilters);

  // Row order: by bloc (the page's own order) or alphabetically.
  Array.prototype.forEach.call(document.querySelectorAll('input[name=order]'), function (radio) {
    radio.addEventListener('change', function () {
      var key = radio.value === 'alpha' ? 'data-alpha' : 'data-bloc-rank';
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) { return a.getAttribute(key) - b.getAttribute(key); });
      rows.forEach(function (tr) { tbody.appendChild(tr); });
    });
  });

  // The agreement matrix: a pair's figures on hover.
  var pairs = {};
  data.pairs.forEach(function (p) { pairs[p[0] + ' ' + p[1]] = p; pairs[p[1] + ' ' + p[0]] = p; });
  var agree = document.querySelector('svg.agree');
  if (agree) {
    var order = agree.getAttribute('data-order').split(',');
    agree.addEventListener('mouseover', function (event) {
      var rect = event.target;
      if (rect.tagName !== 'rect' || !rect.parentNode.hasAttribute('data-a')) { tooltip.hidden = true; return; }
      var a = order[+rect.parentNode.getAttribute('data-a')];
      var b = order[Array.prototype.indexOf.call(rect.parentNode.children, rect)];
      var p = pairs[a + ' ' + b];
      tooltip.textContent = a === b ? a : a + '\u2013' + b + ': ' + (p ? Math.round(100 * p[2] / p[3]) + '% (same side on ' + p[2] + ' of ' + p[3] + ' shared paragraphs)' : 'too few shared paragraphs');
      var box = rect.getBoundingClientRect();
      tooltip.hidden = false;
      tooltip.style.left = Math.min(box.right + 6, window.innerWidth - tooltip.offsetWidth - 8) + 'px';
      tooltip.style.top = (box.bottom + 6) + 'px';
    });
    agree.addEventListener('mouseleave', function () { tooltip.hidden = true; });
  }

  // A column header reached from a paragraph's "back" link is highlighted.
  function markTarget() {
    var old = table.querySelector('th.target');
    if (old) old.classList.remove('target');
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === 'TH') target.classList.add('target');
  }
  window.addEventListener('hashchange', markTarget);
  markTarget();
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
`;
