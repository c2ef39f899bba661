using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Rendering.Html;

/// <summary>
/// The report's only script: sorting and filtering the claims table. The page reads fully without
/// it; the filters stay hidden until it runs.
/// </summary>
internal static class ReportScript
{
    public const string Js = """
        (function () {
          var table = document.getElementById('claims-table');
          if (!table) return;
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var side = document.getElementById('filter-side');
          var metric = document.getElementById('filter-metric');
          var count = document.getElementById('claims-count');
          function apply() {
            var shown = 0;
            rows.forEach(function (r) {
              var ok = (!side.value || r.getAttribute('data-side') === side.value) && (!metric.value || r.getAttribute('data-metric') === metric.value);
              r.hidden = !ok;
              if (ok) shown++;
            });
            count.textContent = 'Showing ' + shown + ' of ' + rows.length + ' claims.';
          }
          side.addEventListener('change', apply);
          metric.addEventListener('change', apply);
          document.getElementById('claims-filters').hidden = false;
          var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
          headers.forEach(function (th, col) {
            var button = th.querySelector('button');
            if (!button) return;
            button.addEventListener('click', function () {
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = th.getAttribute('data-type') === 'number';
              rows.sort(function (a, b) {
                var x = a.cells[col].getAttribute('data-sort') || a.cells[col].textContent;
                var y = b.cells[col].getAttribute('data-sort') || b.cells[col].textContent;
                var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                return ascending ? c : -c;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
          apply();
        })();
        """;

    /// <summary>The script's CSP hash: only this exact script may run on the page.</summary>
    public static string CspHash => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Js)));
}
