// Draws the reports page's charts from the report the server embedded (data-report, the same JSON as
// GET /api/reports/amazon), on first load and whenever htmx swaps a new report section in.
(function () {
  var COLORS = {
    revenue: '#fbbf24',        // amber bars
    revenueLine: '#fb923c',    // orange line (Revenue vs Expenses)
    payout: '#f97316',
    adSpend: '#2d2d2d',
    adRevenue: '#16a34a',
    fbaFees: '#f59e0b',
    referralFees: '#6366f1',
    units: '#0ea5e9',
    sessions: '#a855f7'
  };

  // A day whose side is not loaded is null in the report: the chart leaves a gap there, never a 0.
  function series(days, key) {
    return days.map(function (day) { return day[key] == null ? null : Number(day[key]); });
  }

  // Money in the report's currency, with the browser's separators; plain numbers before the first load.
  function moneyFormat(currency) {
    var format = currency
        ? new Intl.NumberFormat(navigator.language, {style: 'currency', currency: currency})
        : new Intl.NumberFormat(navigator.language, {maximumFractionDigits: 2});
    return function (value) { return format.format(value); };
  }

  function moneyScale(money, extra) {
    return Object.assign({beginAtZero: true, ticks: {callback: money}}, extra || {});
  }

  function moneyTooltips(money) {
    return {
      callbacks: {
        label: function (item) {
          var value = item.raw == null ? 'not loaded' : (item.dataset.yAxisID === 'counts'
              ? item.formattedValue : money(item.raw));
          return item.dataset.label + ': ' + value;
        }
      }
    };
  }

  function line(label, data, color, extra) {
    return Object.assign({
      type: 'line', label: label, data: data, borderColor: color, backgroundColor: color,
      pointRadius: 3, pointHoverRadius: 5, tension: 0.2, yAxisID: 'y'
    }, extra || {});
  }

  function bar(label, data, color, extra) {
    return Object.assign({type: 'bar', label: label, data: data, backgroundColor: color, yAxisID: 'y'},
        extra || {});
  }

  function common(money) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: {mode: 'index', intersect: false},
      plugins: {legend: {position: 'bottom'}, tooltip: moneyTooltips(money)}
    };
  }

  function summary(canvas, days, labels, money) {
    return new Chart(canvas, {
      data: {
        labels: labels,
        datasets: [
          line('Est. Payout', series(days, 'estimatedPayout'), COLORS.payout, {order: 1}),
          line('Ad Spend', series(days, 'adSpend'), COLORS.adSpend, {order: 2}),
          line('Ad Revenue', series(days, 'adRevenue'), COLORS.adRevenue, {order: 3}),
          bar('Revenue', series(days, 'revenue'), COLORS.revenue, {order: 4}),
          line('Units', series(days, 'units'), COLORS.units, {hidden: true, yAxisID: 'counts', order: 5}),
          line('Sessions', series(days, 'sessions'), COLORS.sessions, {hidden: true, yAxisID: 'counts', order: 6})
        ]
      },
      options: Object.assign(common(money), {
        scales: {
          y: moneyScale(money, {title: {display: true, text: 'Money'}}),
          counts: {display: 'auto', beginAtZero: true, position: 'right', grid: {drawOnChartArea: false},
            title: {display: true, text: 'Units / Sessions'}}
        }
      })
    });
  }

  function expenses(canvas, days, labels, money) {
    return new Chart(canvas, {
      data: {
        labels: labels,
        datasets: [
          line('Revenue', series(days, 'revenue'), COLORS.revenueLine, {order: 0}),
          bar('Ad Spend', series(days, 'adSpend'), COLORS.adSpend, {stack: 'expenses', order: 1}),
          bar('FBA Fees', series(days, 'fbaFees'), COLORS.fbaFees, {stack: 'expenses', order: 2}),
          bar('Referral Fees', series(days, 'referralFees'), COLORS.referralFees, {stack: 'expenses', order: 3})
        ]
      },
      options: Object.assign(common(money), {
        scales: {x: {stacked: true}, y: moneyScale(money, {stacked: true})}
      })
    });
  }

  function draw(root) {
    var holders = root.matches && root.matches('[data-report]') ? [root] : root.querySelectorAll('[data-report]');
    holders.forEach(function (holder) {
      var report = JSON.parse(holder.dataset.report);
      var labels = report.days.map(function (day) { return day.date; });
      var money = moneyFormat(report.currency);
      holder.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var existing = Chart.getChart(canvas);
        if (existing) {
          existing.destroy();
        }
        (canvas.dataset.chart === 'summary' ? summary : expenses)(canvas, report.days, labels, money);
      });
    });
  }

  document.addEventListener('htmx:load', function (event) {
    draw(event.detail.elt);
  });
})();
