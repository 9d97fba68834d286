// Sorting for list.html (no inline script: the site's CSP forbids it). Each column heading
// is a button; a first press sorts ascending, a second descending; aria-sort says which.
// Numbers sort as numbers (unknown years last), text by the German/English collation.
'use strict';
(function () {
  const collator = new Intl.Collator(['de', 'en'], { sensitivity: 'base', numeric: true });
  function key(cell, type) {
    const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    if (type !== 'number') return raw;
    return raw === '' ? null : Number(raw);
  }
  function sortTable(table, column, type, direction) {
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const sign = direction === 'ascending' ? 1 : -1;
    rows.sort((a, b) => {
      const x = key(a.cells[column], type), y = key(b.cells[column], type);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // unknown last
      return sign * (type === 'number' ? x - y : collator.compare(x, y));
    });
    for (const r of rows) body.appendChild(r);
    table.querySelectorAll('thead th').forEach((th, i) => {
      th.setAttribute('aria-sort', i === column ? direction : 'none');
    });
  }
  document.querySelectorAll('table.sortable').forEach((table) => {
    table.querySelectorAll('thead th').forEach((th, column) => {
      const button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        sortTable(table, column, th.dataset.type, next);
      });
    });
  });
  document.documentElement.dataset.listReady = 'true';
})();
