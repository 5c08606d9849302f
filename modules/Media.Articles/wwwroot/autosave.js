// The editor's 字数, unsaved-changes warning and autosave (docs/admin-ui.md §11). Without script the page works as
// before: the reporter saves by hand. Autosave posts the same form the 保存 button posts, with the version the editor
// holds, so a save made elsewhere in the meantime refuses it (已在别处修改) instead of being overwritten.
(function () {
  'use strict';
  var form = document.getElementById('article-editor');
  if (!form) return;
  var body = form.elements.namedItem('Form.Body');
  var version = form.elements.namedItem('ExpectedVersion');
  var seconds = parseInt(form.dataset.autosaveSeconds || '30', 10);
  var dirty = false;
  var saving = false;
  var stopped = false;

  var count = document.createElement('span');
  count.id = 'word-count';
  count.className = 'word-count muted';
  count.setAttribute('aria-live', 'polite');
  if (body) body.insertAdjacentElement('afterend', count);

  var state = document.createElement('span');
  state.id = 'autosave-state';
  state.className = 'autosave-state muted';
  state.setAttribute('role', 'status');
  var actions = form.querySelector('.actions');
  if (actions) actions.insertBefore(state, actions.firstChild);

  // 字数 as the newsroom counts it: every character but spaces and line breaks (a Chinese character is one word).
  function countWords() {
    if (body) count.textContent = '字数 ' + Array.from(body.value.replace(/\s+/g, '')).length;
  }

  function beijingClock() {
    return new Date().toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  }

  function show(text, problem) {
    state.textContent = text;
    state.classList.toggle('error', !!problem);
  }

  function save() {
    if (!dirty || saving || stopped || !version || (body && body.closest('fieldset[disabled]'))) return;
    saving = true;
    dirty = false; // typing during the save makes it dirty again
    fetch(window.location.pathname, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (response) {
        var saved = /[?&]saved=(\d+)/.exec(response.url);
        if (response.redirected && saved) {
          version.value = saved[1];
          show('已自动保存 ' + beijingClock(), false);
          return null;
        }
        dirty = true;
        return response.text().then(function (html) {
          if (html.indexOf('id="stale"') >= 0) {
            stopped = true;
            show('已在别处修改：这次没有自动保存，请复制你的内容后重新加载最新版本。', true);
          } else {
            show('自动保存未成功，请检查后手动保存。', true);
          }
        });
      })
      .catch(function () {
        dirty = true;
        show('自动保存未成功（网络或登录已失效），请手动保存。', true);
      })
      .then(function () { saving = false; });
  }

  form.addEventListener('input', function () { dirty = true; countWords(); });
  form.addEventListener('submit', function () { dirty = false; stopped = true; });
  window.addEventListener('beforeunload', function (event) {
    if (!dirty) return undefined;
    event.preventDefault();
    event.returnValue = '';
    return '';
  });
  countWords();
  if (version && seconds > 0) window.setInterval(save, seconds * 1000);
})();
