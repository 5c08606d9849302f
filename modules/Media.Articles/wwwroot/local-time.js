// The server writes times in Beijing time (the datetime attribute in UTC); show them in the reader's own time zone, keeping the server's text in the tooltip.
(function () {
  'use strict';
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  document.querySelectorAll('time[datetime]').forEach(function (element) {
    var at = new Date(element.getAttribute('datetime'));
    if (isNaN(at.getTime())) return;
    element.title = element.textContent;
    element.textContent = at.getFullYear() + '-' + pad(at.getMonth() + 1) + '-' + pad(at.getDate()) +
      ' ' + pad(at.getHours()) + ':' + pad(at.getMinutes());
  });
})();
