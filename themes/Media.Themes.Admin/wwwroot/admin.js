// Forms with data-confirm ask before they post (签发, 发布): one question in the newsroom's words. Runs in the capture
// phase, so a cancelled form never reaches other submit handlers (which disable the buttons).
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var question = event.target.dataset ? event.target.dataset.confirm : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
