// Month trend charts of the statistics pages (ECharts from the WebJar, offline):
// <div data-month-chart data-months="2026-01,2026-02" data-series-1="3,4" data-series-1-name="人次"
//      data-series-2="1.20,1.50" data-series-2-name="金额（万元）">. The first series is drawn as bars
// on the left axis, the second as a line on the right axis. The table under the chart holds the
// same figures for screen readers and print.
(function () {
  if (typeof echarts === "undefined") {
    return;
  }
  function numbers(text) {
    return text ? text.split(",").map(Number) : [];
  }
  document.querySelectorAll("[data-month-chart]").forEach(function (el) {
    var months = el.dataset.months ? el.dataset.months.split(",") : [];
    var series = [];
    var axes = [];
    [1, 2].forEach(function (n) {
      var values = el.dataset["series-" + n] || el.getAttribute("data-series-" + n);
      if (!values) {
        return;
      }
      axes.push({ type: "value", name: el.getAttribute("data-series-" + n + "-name"), position: n === 1 ? "left" : "right" });
      series.push({
        name: el.getAttribute("data-series-" + n + "-name"),
        type: n === 1 ? "bar" : "line",
        yAxisIndex: n - 1,
        data: numbers(values)
      });
    });
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 60, right: 70, top: 40, bottom: 30 },
      xAxis: { type: "category", data: months },
      yAxis: axes,
      series: series
    });
    el.setAttribute("data-chart-ready", "true");
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
