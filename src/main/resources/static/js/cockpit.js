// 驾驶舱: sparklines (last 12 months of each figure), the 低保/特困/高龄 money and people charts by
// month, and the map of the child regions coloured by a chosen figure (raw or per 1,000 residents).
// The map is drawn from the region boundaries placenames publishes; without them, a grid of tiles.
// Data come from the cockpit's own API (/api/v1/cockpit/...), read with the staff session. No
// inline script: CSP.
(function () {
  'use strict';
  var root = document.getElementById('cockpit-visuals');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var query = 'from=' + root.dataset.from + '&to=' + root.dataset.to + '&region=' + root.dataset.region;
  var getJson = function (url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); });
  };
  var number = function (v, measure) {
    if (v === null || v === undefined) { return '—'; }
    if (measure === 'MONEY' && Math.abs(v) >= 10000) {
      return (v / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 万元';
    }
    return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  };

  // Sparklines and charts from one trend call.
  getJson(root.dataset.trend + '?' + query).then(function (trend) {
    var byCode = {};
    var asOf = document.getElementById('trend-as-of');
    if (asOf && trend.asOf) {
      asOf.textContent = new Date(trend.asOf).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) + '（北京时间）';
    }
    trend.series.forEach(function (s) { byCode[s.code] = s; });
    document.querySelectorAll('[data-spark]').forEach(function (el) {
      var s = byCode[el.dataset.spark];
      if (!s) { return; }
      echarts.init(el).setOption({
        animation: false,
        grid: { left: 1, right: 1, top: 2, bottom: 2 },
        xAxis: { type: 'category', show: false, data: trend.months },
        yAxis: { type: 'value', show: false, scale: true },
        tooltip: { trigger: 'axis', confine: true,
          valueFormatter: function (v) { return number(v, s.measure) + (s.measure === 'MONEY' ? '' : ' ' + s.unit); } },
        series: [{ type: 'line', data: s.values, symbol: 'none', lineStyle: { width: 1.5 }, areaStyle: { opacity: 0.15 } }]
      });
      el.setAttribute('data-points', String(s.values.length));
    });
    [['chart-money', '元'], ['chart-people', '人']].forEach(function (chart) {
      var el = document.getElementById(chart[0]);
      if (!el) { return; }
      var series = el.dataset.codes.split(',').map(function (c) { return byCode[c]; })
        .filter(function (s) { return !!s; });
      echarts.init(el).setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 70, right: 16, top: 32, bottom: 28 },
        xAxis: { type: 'category', data: trend.months },
        yAxis: { type: 'value', name: chart[1],
          axisLabel: { formatter: function (v) { return chart[1] === '元' && v >= 10000 ? v / 10000 + '万' : v; } } },
        series: series.map(function (s) {
          return { name: s.label, type: chart[1] === '元' ? 'bar' : 'line', data: s.values };
        })
      });
      el.setAttribute('data-series', String(series.length));
    });
  });

  // The map (or grid) of the child regions.
  var mapEl = document.getElementById('cockpit-map');
  var gridEl = document.getElementById('cockpit-grid');
  var figure = document.getElementById('map-figure');
  var metric = document.getElementById('map-metric');
  var shapes = null;
  var colour = function (t) {
    // light to dark blue
    var from = [222, 235, 247], to = [8, 81, 156];
    return 'rgb(' + from.map(function (c, i) { return Math.round(c + (to[i] - c) * t); }).join(',') + ')';
  };
  var drawGrid = function (answer, values) {
    mapEl.hidden = true;
    gridEl.hidden = false;
    gridEl.textContent = '';
    var max = Math.max.apply(null, values.map(function (v) { return v || 0; }).concat([0]));
    answer.regions.forEach(function (r, i) {
      var v = values[i];
      var tile = document.createElement('a');
      tile.className = 'mz-tile';
      tile.href = root.dataset.drill.replace('CODE', answer.code) + '&region=' + r.code;
      tile.dataset.region = r.code;
      tile.style.background = colour(max > 0 && v ? v / max : 0);
      tile.style.color = max > 0 && v && v / max > 0.5 ? '#fff' : '#212529';
      var name = document.createElement('div');
      name.textContent = r.name;
      var value = document.createElement('div');
      value.className = 'fw-semibold';
      value.textContent = number(v, metric.value === 'perThousand' ? '' : answer.measure);
      tile.appendChild(name);
      tile.appendChild(value);
      gridEl.appendChild(tile);
    });
    root.setAttribute('data-map', 'grid');
  };
  var drawMap = function (answer, values, own) {
    gridEl.hidden = true;
    mapEl.hidden = false;
    var name = 'mz-' + answer.region;
    echarts.registerMap(name, { type: 'FeatureCollection', features: own });
    var chart = echarts.getInstanceByDom(mapEl) || echarts.init(mapEl);
    var max = Math.max.apply(null, values.map(function (v) { return v || 0; }).concat([1]));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: function (p) {
        return (p.data ? p.data.label : p.name) + '：' + number(p.value, metric.value === 'perThousand' ? '' : answer.measure);
      } },
      visualMap: { min: 0, max: max, left: 'left', bottom: 0, calculable: true,
        inRange: { color: [colour(0), colour(1)] } },
      series: [{ type: 'map', map: name, nameProperty: 'code', roam: true,
        data: answer.regions.map(function (r, i) { return { name: r.code, label: r.name, value: values[i] }; }) }]
    }, true);
    chart.off('click');
    chart.on('click', function (p) {
      window.location.href = root.dataset.drill.replace('CODE', answer.code) + '&region=' + p.name;
    });
    root.setAttribute('data-map', 'map');
  };
  var draw = function () {
    getJson(root.dataset.regions.replace('CODE', figure.value) + '?' + query).then(function (answer) {
      var values = answer.regions.map(function (r) {
        return metric.value === 'perThousand' ? r.perThousand : r.value;
      });
      var own = shapes && shapes.features.filter(function (f) {
        return answer.regions.some(function (r) { return r.code === f.properties.code; });
      });
      if (own && own.length > 0) {
        drawMap(answer, values, own);
      } else {
        drawGrid(answer, values);
      }
      root.setAttribute('data-map-figure', answer.code + '/' + metric.value);
    });
  };
  var boundaries = root.dataset.boundaries;
  (boundaries ? getJson(boundaries).catch(function () { return null; }) : Promise.resolve(null))
    .then(function (geo) {
      shapes = geo && geo.features && geo.features.length > 0 ? geo : null;
      draw();
    });
  figure.addEventListener('change', draw);
  metric.addEventListener('change', draw);
})();
