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
      var estimated = 0;
      markers.forEach(function (m) {
        var marker = L.circleMarker([m.lat, m.lon], m.estimated
          ? { radius: 4 + Math.min(16, Math.sqrt(m.open) * 3), color: '#dc3545', dashArray: '3 3', fillOpacity: 0.1 }
          : { radius: 4 + Math.min(16, Math.sqrt(m.open) * 3), color: '#dc3545', fillOpacity: 0.6 }).addTo(map);
        marker.bindTooltip(m.name + '：' + m.open + ' 条' + (m.estimated ? '（无界线，位置为估算）' : ''));
        if (m.estimated) { estimated++; }
        bounds.push([m.lat, m.lon]);
      });
      var note = document.getElementById('warning-map-note');
      if (note && estimated > 0) {
        note.textContent = '其中 ' + estimated + ' 个社区尚无界线，位置为估算（虚线空心圆）。';
        note.hidden = false;
      }
      el.setAttribute('data-estimated', String(estimated));
      if (bounds.length > 0) {
        map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
      }
      el.setAttribute('data-markers', String(markers.length));
    });
})();
