// 预警地图: open warnings per community as circles (Leaflet, no inline script: CSP).
(function () {
  'use strict';
  var el = document.getElementById('warning-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var map = L.map(el, { attributionControl: false }).setView([30.6570, 104.0660], 10);
  if (window.MzBoundaries) { MzBoundaries.addTo(map, el.getAttribute('data-boundaries')); }
  fetch(el.getAttribute('data-query'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (markers) {
      var bounds = [];
      markers.forEach(function (m) {
        var marker = L.circleMarker([m.lat, m.lon], {
          radius: 4 + Math.min(16, Math.sqrt(m.open) * 3), color: '#dc3545', fillOpacity: 0.6
        }).addTo(map);
        marker.bindTooltip(m.name + '：' + m.open + ' 条');
        bounds.push([m.lat, m.lon]);
      });
      if (bounds.length > 0) {
        map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
      }
      el.setAttribute('data-markers', String(markers.length));
    });
})();
