// Registers Lede's service worker and offers a reload when a new build is deployed.
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  function banner(text, action, onClick) {
    var bar = document.createElement('div');
    bar.className = 'sw-banner';
    bar.setAttribute('role', 'status');
    bar.textContent = text + ' ';
    if (action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = action;
      button.addEventListener('click', onClick);
      bar.appendChild(button);
    }
    document.body.appendChild(bar);
    if (!action) setTimeout(function () { bar.remove(); }, 4000);
  }
  window.addEventListener('load', function () {
    var hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state !== 'installed') return;
          if (hadController) {
            banner('A new version of Lede is available.', 'Reload', function () { worker.postMessage('skip-waiting'); });
          } else {
            banner('Lede is ready to work offline.');
          }
        });
      });
    }).catch(function () { /* offline use is a bonus; the page works without it */ });
    var reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (hadController && !reloading) { reloading = true; location.reload(); }
    });
  });
})();
