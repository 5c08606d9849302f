// 今日推送 (docs/admin-ui.md §12). Every form works without this file; it adds two things:
// - drag and drop of a draft push's articles: dropping posts the whole new order through the same Move handler
//   that the 上移/下移 buttons use (orderIds in the new order);
// - while a push is sending or waiting for the admin's phone, the page reloads itself every few seconds.
(function () {
  "use strict";

  function reorderable(list) {
    var dragged = null;
    list.addEventListener("dragstart", function (e) {
      dragged = e.target.closest("li[data-article-id]");
      if (!dragged) return;
      dragged.classList.add("dragging");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", dragged.dataset.articleId);
    });
    list.addEventListener("dragover", function (e) {
      if (!dragged) return;
      e.preventDefault();
      var over = e.target.closest("li[data-article-id]");
      if (!over || over === dragged) return;
      var box = over.getBoundingClientRect();
      list.insertBefore(dragged, e.clientY > box.top + box.height / 2 ? over.nextSibling : over);
    });
    list.addEventListener("dragend", function () {
      if (dragged) dragged.classList.remove("dragging");
      dragged = null;
    });
    list.addEventListener("drop", function (e) {
      e.preventDefault();
      var form = list.parentElement.querySelector("form.drag-order");
      if (!form) return;
      list.querySelectorAll("li[data-article-id]").forEach(function (li) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "orderIds";
        input.value = li.dataset.articleId;
        form.appendChild(input);
      });
      form.submit();
    });
  }

  document.querySelectorAll("ol.push-articles.reorderable").forEach(reorderable);

  var pushes = document.getElementById("pushes");
  if (pushes && pushes.dataset.open === "true") {
    setTimeout(function () {
      // Not while someone is typing into a form on the page.
      if (!document.activeElement || !document.activeElement.closest("form")) window.location.replace("/admin/pushes");
      else setTimeout(function () { window.location.replace("/admin/pushes"); }, 10000);
    }, 3000);
  }
})();
