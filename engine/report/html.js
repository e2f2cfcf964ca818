// Filters: a finding shows when its rule, its severity and one of its
// articles are all ticked. Without this script every finding shows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var findings = document.querySelectorAll(".finding");
  function ticked(name) {
    var on = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (i) {
      if (i.checked) on[i.value] = true;
    });
    return on;
  }
  function apply() {
    var rules = ticked("rule"), sevs = ticked("severity"), arts = ticked("article"), shown = 0;
    findings.forEach(function (f) {
      var ok = rules[f.dataset.rule] && sevs[f.dataset.severity] &&
        f.dataset.articles.split(" ").some(function (a) { return arts[a]; });
      f.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById("shown").textContent = shown + " of " + findings.length + " findings shown";
  }
  form.addEventListener("change", apply);
  apply();
})();
