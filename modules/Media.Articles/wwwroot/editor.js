// The article editor: a live preview rendered by the server (same renderer and sanitizer as the site),
// and a save button that cannot be pressed twice.
(function () {
  'use strict';
  var form = document.getElementById('article-editor');
  if (!form) return;
  var preview = document.getElementById('preview');
  var state = document.getElementById('preview-state');
  var tokenInput = form.querySelector('input[name="__RequestVerificationToken"]');
  var fields = ['Title', 'Subtitle', 'Author', 'Source', 'Summary', 'Body'];
  var timer = null;
  var controller = null;
  var sequence = 0;

  function value(name) {
    var element = form.elements.namedItem('Form.' + name);
    return element ? element.value : '';
  }

  function payload() {
    var data = {};
    fields.forEach(function (name) { data[name.charAt(0).toLowerCase() + name.slice(1)] = value(name); });
    return JSON.stringify(data);
  }

  function render() {
    var mine = ++sequence;
    if (controller) controller.abort();
    controller = new AbortController();
    state.textContent = '更新中…';
    fetch(form.dataset.previewUrl, {
      method: 'POST',
      credentials: 'same-origin',
      signal: controller.signal,
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'RequestVerificationToken': tokenInput ? tokenInput.value : ''
      },
      body: payload()
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    }).then(function (result) {
      if (mine !== sequence) return;
      preview.innerHTML = result.html; // the server's sanitized output, never the raw Markdown
      state.textContent = '';
    }).catch(function (error) {
      if (error.name === 'AbortError' || mine !== sequence) return;
      state.textContent = '预览失败，请检查登录状态';
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(render, 350);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);

  form.addEventListener('submit', function (event) {
    if (form.dataset.submitting === 'true') { event.preventDefault(); return; }
    form.dataset.submitting = 'true';
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.disabled = true;
      if (button.dataset.busyText) button.textContent = button.dataset.busyText;
    });
  });

  // Coming back with the browser's Back button restores the page as it was left: enable saving again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    form.dataset.submitting = 'false';
    form.querySelectorAll('button[type="submit"]').forEach(function (button) { button.disabled = false; });
  });

  render();
})();
