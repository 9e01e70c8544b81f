// 区划界线底图: draws the district / street / community polygons served by the platform itself
// (GeoJSON simplified per zoom level) under any Leaflet map; no tile server needed. Usage:
// MzBoundaries.addTo(map, url) where url is /api/v1/placenames/boundaries or the public one.
(function () {
  'use strict';
  function levelFor(zoom) {
    if (zoom >= 13) { return 'COMMUNITY'; }
    if (zoom >= 11) { return 'STREET'; }
    return 'COUNTY';
  }
  function addTo(map, url) {
    if (!url || typeof L === 'undefined') {
      return null;
    }
    var layer = L.geoJSON(null, {
      style: { color: '#6c757d', weight: 1, fillColor: '#adb5bd', fillOpacity: 0.08 },
      interactive: true,
      onEachFeature: function (feature, l) {
        l.bindTooltip(feature.properties.name, { sticky: true });
      }
    }).addTo(map);
    layer.bringToBack();
    var shown = null;
    function refresh() {
      var zoom = Math.round(map.getZoom());
      var key = levelFor(zoom) + '/' + zoom;
      if (key === shown) {
        return;
      }
      shown = key;
      var sep = url.indexOf('?') >= 0 ? '&' : '?';
      fetch(url + sep + 'level=' + levelFor(zoom) + '&zoom=' + zoom, { headers: { Accept: 'application/geo+json' } })
        .then(function (r) { return r.ok ? r.json() : { features: [] }; })
        .then(function (data) {
          if (shown !== key) { return; }
          layer.clearLayers();
          layer.addData(data);
          layer.bringToBack();
          map.getContainer().setAttribute('data-boundaries-shown', String(data.features.length));
        });
    }
    map.on('zoomend', refresh);
    refresh();
    return layer;
  }
  window.MzBoundaries = { addTo: addTo };
})();
