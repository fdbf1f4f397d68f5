// Draws the page's chart from the JSON block the server rendered (no inline scripts: the
// Content-Security-Policy allows scripts from this origin only). Hidden counts arrive as
// null and are drawn as gaps, never as numbers. The words (series labels) arrive already in the
// page's language; numbers on the axes are formatted for it too (<html lang>).
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  var canvas = document.getElementById("chart");
  if (!source || !canvas || typeof window.Chart === "undefined") {
    return;
  }
  var spec = JSON.parse(source.textContent);
  var colours = ["#1d4f91", "#b5472a", "#2f7d4f", "#6b4a9b"];
  var datasets = spec.series.map(function (series, index) {
    return {
      label: series.label,
      data: series.data,
      borderColor: colours[index % colours.length],
      backgroundColor: colours[index % colours.length],
      spanGaps: false,
      pointRadius: 3
    };
  });
  var horizontal = spec.type === "bar" && spec.labels.length > 8;
  var chart = new window.Chart(canvas, {
    type: spec.type,
    data: { labels: spec.labels, datasets: datasets },
    options: {
      animation: false,
      locale: document.documentElement.lang || "en-GB",
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      scales: { y: { beginAtZero: true }, x: { beginAtZero: true } },
      plugins: { legend: { display: spec.series.length > 1 } }
    }
  });
  if (horizontal) {
    canvas.parentNode.style.height = Math.max(320, spec.labels.length * 22) + "px";
    chart.resize();
  }
  document.body.setAttribute("data-chart", "ready");
})();
