// Deliveries panel: while a job still works (pending/sending/retracting) re-fetch the panel every 2 s and swap it in.
// Confirm forms: disable the buttons on submit so a double tap posts once.
(function () {
  'use strict';
  var delay = 2000, failures = 0;
  function schedule() {
    var panel = document.getElementById('article-deliveries');
    if (!panel || panel.dataset.open !== 'true' || panel.dataset.polling === 'true') return;
    panel.dataset.polling = 'true';
    setTimeout(function () { refresh(panel.dataset.refresh); }, delay);
  }
  function refresh(url) {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('article-deliveries');
        var current = document.getElementById('article-deliveries');
        if (!next || !current) return;
        failures = 0;
        current.replaceWith(document.importNode(next, true));
        schedule();
      })
      .catch(function () {
        var current = document.getElementById('article-deliveries');
        if (!current || ++failures > 5) return;
        current.dataset.polling = 'false';
        schedule();
      });
  }
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button[type=submit]').forEach(function (button) {
        setTimeout(function () { button.disabled = true; button.textContent = button.dataset.busy || '处理中…'; }, 0);
      });
    });
  });
  schedule();
})();
