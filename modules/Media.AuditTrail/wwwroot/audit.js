// The 审签单's 打印 button (docs/admin-ui.md §9): hidden without script, where the browser's own print does the same.
// Printing opens the appendix of hashes, a closed 技术信息 on screen.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.sheet-appendix').forEach(function (appendix) { appendix.open = true; });
  });
})();
