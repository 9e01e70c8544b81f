// 命名申请 form: the location drawn on the platform's own boundary map. A click adds a point to the
// location field ("纬度,经度"; with 线状地物 ticked the points join into a line with ";"), and the
// community the point lies in (by the boundaries, /api/v1/placenames/locate) fills the region code.
// Typing in the field redraws it. No inline script: CSP.
(function () {
  'use strict';
  var el = document.getElementById('naming-map');
  var field = document.getElementById('location');
  var region = document.getElementById('regionCode');
  var line = document.getElementById('naming-map-line');
  if (!el || !field || typeof L === 'undefined') {
    return;
  }
  var map = L.map(el, { attributionControl: false }).setView([30.66, 104.06], 11);
  if (window.MzBoundaries) { MzBoundaries.addTo(map, el.getAttribute('data-boundaries')); }
  var drawn = L.layerGroup().addTo(map);

  function points() {
    return field.value.split(';').map(function (p) {
      var ll = p.split(',').map(Number);
      return ll.length === 2 && !isNaN(ll[0]) && !isNaN(ll[1]) ? ll : null;
    }).filter(Boolean);
  }

  function redraw() {
    drawn.clearLayers();
    var pts = points();
    pts.forEach(function (p) { L.circleMarker(p, { radius: 5 }).addTo(drawn); });
    if (pts.length > 1) { L.polyline(pts, { weight: 3 }).addTo(drawn); }
    el.setAttribute('data-points', String(pts.length));
  }

  map.on('click', function (e) {
    var p = e.latlng.lat.toFixed(6) + ',' + e.latlng.lng.toFixed(6);
    field.value = line && line.checked && field.value.trim() ? field.value.trim() + ';' + p : p;
    redraw();
    if (!region) { return; }
    fetch(el.getAttribute('data-locate') + '?lat=' + e.latlng.lat + '&lon=' + e.latlng.lng,
      { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        var community = found.filter(function (f) { return f.level === 'COMMUNITY'; })[0];
        if (community && (!region.value || region.getAttribute('data-from-map') === 'true')) {
          region.value = community.code;
          region.setAttribute('data-from-map', 'true');
          var label = document.getElementById('naming-map-region');
          if (label) { label.textContent = '所在社区：' + community.name + '（' + community.code + '）'; }
        }
      });
  });
  field.addEventListener('input', redraw);
  redraw();
})();
