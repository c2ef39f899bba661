using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Rendering.Html;

/// <summary>
/// The report's only script: filtering and ordering the list of claims. The page reads fully
/// without it; the controls stay hidden until it runs. Both editions run the same script (its
/// words come from the page's data attributes), so one hash admits it.
/// </summary>
internal static class ReportScript
{
    public const string Js = """
        (function () {
          var list = document.getElementById('claims-list');
          if (!list) return;
          var entries = Array.prototype.slice.call(list.querySelectorAll('article.claim'));
          var side = document.getElementById('filter-side');
          var metric = document.getElementById('filter-metric');
          var order = document.getElementById('claims-order');
          var count = document.getElementById('claims-count');
          var template = count.getAttribute('data-template');
          var language = document.documentElement.lang;
          function apply() {
            var shown = 0;
            entries.forEach(function (e) {
              var ok = (!side.value || e.getAttribute('data-side') === side.value) && (!metric.value || e.getAttribute('data-metric') === metric.value);
              e.hidden = !ok;
              if (ok) shown++;
            });
            count.textContent = template.replace('{0}', shown).replace('{1}', entries.length);
          }
          function num(e, a) { return parseFloat(e.getAttribute(a)); }
          function text(e, a) { return e.getAttribute(a) || ''; }
          function sort() {
            var by = order.value;
            var sorted = entries.slice().sort(function (a, b) {
              var c = 0;
              if (by === 'largest') c = num(b, 'data-low') - num(a, 'data-low');
              else if (by === 'smallest') c = num(a, 'data-low') - num(b, 'data-low');
              else if (by === 'source') c = text(a, 'data-source').localeCompare(text(b, 'data-source'), language);
              else if (by === 'document') c = text(a, 'data-document').localeCompare(text(b, 'data-document'));
              return c || num(a, 'data-order') - num(b, 'data-order');
            });
            sorted.forEach(function (e) { list.appendChild(e); });
          }
          side.addEventListener('change', apply);
          metric.addEventListener('change', apply);
          order.addEventListener('change', sort);
          document.getElementById('claims-filters').hidden = false;
          apply();
        })();
        """;

    /// <summary>The script's CSP hash: only this exact script may run on the page.</summary>
    public static string CspHash => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Js)));
}
