// 养老服务地图: draws the facilities of the page's query with Leaflet (no inline script: CSP).
(function () {
  'use strict';
  var el = document.getElementById('elderly-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var map = L.map(el, { attributionControl: false }).setView([30.6570, 104.0659], 14);
  if (window.MzBoundaries) { MzBoundaries.addTo(map, el.getAttribute('data-boundaries')); }
  var tiles = el.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19 }).addTo(map);
  }
  var url = el.getAttribute('data-query');
  if (!url) {
    return;
  }
  fetch(url, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (answer) {
      if (answer.lat == null) {
        return;
      }
      var centre = [answer.lat, answer.lon];
      L.circle(centre, { radius: answer.radius, color: '#0d6efd', weight: 1, fillOpacity: 0.05 }).addTo(map);
      L.circleMarker(centre, { radius: 6, color: '#dc3545', fillOpacity: 1 }).addTo(map)
        .bindTooltip(answer.place);
      answer.facilities.forEach(function (f) {
        var marker = L.circleMarker([f.lat, f.lon], {
          radius: 8, color: f.colour, fillColor: f.colour, fillOpacity: 0.8, className: 'mz-facility mz-' + f.type
        }).addTo(map);
        var text = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = f.name;
        text.appendChild(title);
        text.appendChild(document.createElement('br'));
        text.appendChild(document.createTextNode(f.typeLabel + ' · ' + f.distance + ' 米'));
        text.appendChild(document.createElement('br'));
        text.appendChild(document.createTextNode('所在社区：' + f.communityName + (f.byBoundary ? '' : '（按登记，界线未覆盖）')));
        marker.bindPopup(text);
      });
      map.fitBounds(L.latLng(centre).toBounds(answer.radius * 2.2));
      el.setAttribute('data-markers', String(answer.facilities.length));
    });
})();
