// 区划界线 page: the boundaries in force as a map (no inline script: CSP).
(function () {
  'use strict';
  var el = document.getElementById('boundary-map');
  if (!el || typeof L === 'undefined' || !window.MzBoundaries) {
    return;
  }
  var map = L.map(el, { attributionControl: false }).setView([30.66, 104.0], 9);
  MzBoundaries.addTo(map, el.getAttribute('data-boundaries'));
})();
