// The editor's photo panel: upload by picker or drag-and-drop (XMLHttpRequest, for upload progress) to the media
// library, insert ![alt](url) at the caret, edit alt text and caption, and choose the cover (a hidden form field
// saved with the article). Alt text and caption belong to this article: they live only in its body Markdown (the
// image line, then the caption as its own plain line, no `*` for the placeholder rule to block), never in the shared
// library asset, which the same bytes uploaded for another article would bring back (docs/admin-ui.md §15).
// All user text goes in via textContent or value, never innerHTML.
(function () {
  'use strict';
  var form = document.getElementById('article-editor');
  var panel = document.getElementById('photos');
  if (!form || !panel) return;
  var body = form.elements.namedItem('Form.Body');
  var coverField = form.elements.namedItem('Form.CoverMediaId');
  var coverThumb = document.getElementById('cover-thumb');
  var coverNone = document.getElementById('cover-none');
  var coverClear = document.getElementById('cover-clear');
  var list = document.getElementById('photo-list');
  var tokenInput = form.querySelector('input[name="__RequestVerificationToken"]');
  var caretKnown = false;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Brackets and line breaks would end the Markdown image early; `*` and `_` would read as emphasis or, beside
  // Chinese, as a placeholder mask. The caption is one plain line under the image (rendered as a line break).
  function clean(text) { return (text || '').replace(/[\[\]\r\n*_]/g, ' ').trim(); }
  function snippet(item) {
    var line = '![' + clean(item.alt) + '](' + item.url + ')';
    return item.caption ? line + '\n' + clean(item.caption) : line;
  }

  // This article's own text for a photo already in its body: the image line and, when the next line is plain
  // text (not blank, not another image), that line as its caption.
  function fromBody(url) {
    var escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    var found = new RegExp('!\\[([^\\]\\n]*)\\]\\(' + escaped + '\\)(?:\\n(?![ \\t]*(?:!\\[|\\n|$))([^\\n]+))?').exec(body.value);
    return found ? { text: found[0], alt: found[1].trim(), caption: (found[2] || '').trim() } : null;
  }

  function changed() { body.dispatchEvent(new Event('input', { bubbles: true })); }

  function insert(text) {
    var start = caretKnown ? body.selectionStart : body.value.length;
    var end = caretKnown ? body.selectionEnd : start;
    var before = body.value.slice(0, start), after = body.value.slice(end);
    var block = (before && !/\n\n$/.test(before) ? (/\n$/.test(before) ? '\n' : '\n\n') : '') + text + '\n\n';
    body.value = before + block + after.replace(/^\n+/, '');
    body.selectionStart = body.selectionEnd = before.length + block.length;
    caretKnown = true;
    changed();
  }

  function message(status, problem) {
    if (status === 413) {
      var bytes = /(\d+) bytes/.exec(problem.detail || '');
      return '图片太大' + (bytes ? '（上限 ' + Math.round(bytes[1] / 1048576) + ' MB）' : '');
    }
    if (status === 415) return '不支持的文件格式（只收 JPEG、PNG、GIF、WebP）';
    if (status === 422) return problem.reason === 'too-many-pixels' ? '图片像素过大' : '图片已损坏或不完整';
    if (status === 401) return '登录已失效，请重新登录';
    if (status === 403) return '你没有上传图片的权限';
    if (status === 400) return '请求被拒绝，请刷新页面后重试';
    if (status === 0) return '网络错误，上传失败';
    return '上传失败（' + status + '）' + (problem.detail ? '：' + problem.detail : '');
  }

  // A lapsed session answers with the sign-in page (a redirect XHR follows), not JSON.
  function parse(xhr) {
    var type = xhr.getResponseHeader('Content-Type') || '';
    if (!/json/.test(type)) return null;
    try { return JSON.parse(xhr.responseText); } catch (e) { return null; }
  }

  function send(method, url, data, onProgress, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('RequestVerificationToken', tokenInput ? tokenInput.value : '');
    xhr.setRequestHeader('Accept', 'application/json');
    if (onProgress) xhr.upload.addEventListener('progress', onProgress);
    xhr.addEventListener('load', function () {
      var json = parse(xhr);
      if (xhr.status >= 200 && xhr.status < 300 && json && json.id) done(null, json);
      else if (!json) done(message(xhr.status === 200 ? 401 : xhr.status, {}));
      else done(message(xhr.status, json));
    });
    xhr.addEventListener('error', function () { done(message(0, {})); });
    if (typeof data === 'string') xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.send(data);
  }

  function setCover(id, thumbUrl) {
    coverField.value = id || '';
    coverThumb.hidden = !thumbUrl;
    if (thumbUrl) coverThumb.src = thumbUrl; else coverThumb.removeAttribute('src');
    coverNone.hidden = !!id;
    coverClear.hidden = !id;
    list.querySelectorAll('.photo').forEach(function (row) { row.classList.toggle('is-cover', row.dataset.id === id); });
  }

  function field(row, label, value, onChange) {
    var wrap = el('label', '', label);
    var input = el('input');
    input.type = 'text';
    input.maxLength = 500;
    input.value = value || '';
    input.addEventListener('change', function () { onChange(input.value); });
    wrap.appendChild(input);
    row.appendChild(wrap);
  }

  function showUploaded(row, info, asset) {
    // The library answers with the shared asset (identical bytes are one asset); its alt and caption may be another
    // article's, so they are never shown or written here.
    var existing = fromBody(asset.url);
    var item = { id: asset.id, url: asset.url, variants: asset.variants,
      alt: existing ? existing.alt : '', caption: existing ? existing.caption : '' };
    var img = row.querySelector('img');
    img.src = item.variants.thumb || item.url;
    img.alt = '';
    row.dataset.id = item.id;
    var inserted = existing ? existing.text : snippet(item);
    var save = function () {
      var next = snippet(item); // keeps the body in step while the inserted text is still as we left it
      var status = info.querySelector('.photo-status');
      if (body.value.indexOf(inserted) >= 0) {
        body.value = body.value.replace(inserted, next);
        inserted = next;
        changed();
        status.textContent = '已写入正文，保存稿件后生效';
      } else {
        status.textContent = '正文中的图片已改动，请用“再次插入”';
      }
    };
    field(info, '替代文字', item.alt, function (v) { item.alt = v; save(); });
    field(info, '图注', item.caption, function (v) { item.caption = v; save(); });
    var actions = el('div', 'photo-actions');
    var cover = el('button', 'set-cover', '设为封面');
    cover.type = 'button';
    cover.addEventListener('click', function () { setCover(item.id, item.variants.thumb || item.url); });
    var again = el('button', '', '再次插入');
    again.type = 'button';
    again.addEventListener('click', function () { insert(snippet(item)); });
    actions.appendChild(cover);
    actions.appendChild(again);
    info.appendChild(actions);
    if (existing) info.querySelector('.photo-status').textContent = '已上传（正文中已有此图）';
    else insert(inserted);
  }

  function upload(file) {
    var row = el('li', 'photo');
    var img = el('img');
    img.alt = '';
    var info = el('div', 'photo-info');
    info.appendChild(el('p', 'name', file.name));
    var bar = el('progress');
    bar.max = 100;
    bar.value = 0;
    info.appendChild(bar);
    var status = el('p', 'photo-status muted', '上传中…');
    info.appendChild(status);
    row.appendChild(img);
    row.appendChild(info);
    list.insertBefore(row, list.firstChild);
    var data = new FormData();
    data.append('file', file);
    send('POST', panel.dataset.uploadUrl, data, function (e) {
      if (e.lengthComputable) bar.value = Math.round(e.loaded * 100 / e.total);
    }, function (error, item) {
      if (error) {
        bar.hidden = true;
        status.textContent = '';
        info.appendChild(el('p', 'error', error)).setAttribute('role', 'alert');
        return;
      }
      bar.value = 100;
      status.textContent = '已上传';
      showUploaded(row, info, item);
    });
  }

  function uploadAll(files) { Array.prototype.forEach.call(files, upload); }
  function hasFiles(e) { return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0; }

  [panel, body.closest('.body-field') || body].forEach(function (zone) {
    zone.addEventListener('dragover', function (e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      zone.classList.add('dropping');
    });
    zone.addEventListener('dragleave', function () { zone.classList.remove('dropping'); });
    zone.addEventListener('drop', function (e) {
      zone.classList.remove('dropping');
      if (!hasFiles(e)) return;
      e.preventDefault();
      uploadAll(e.dataTransfer.files);
    });
  });

  document.getElementById('photo-input').addEventListener('change', function (e) {
    uploadAll(e.target.files);
    e.target.value = '';
  });
  ['focus', 'click', 'keyup', 'select'].forEach(function (name) { body.addEventListener(name, function () { caretKnown = true; }); });
  coverClear.addEventListener('click', function () { setCover('', null); });
})();
