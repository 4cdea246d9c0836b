/**
 * The report's only script: shows one step at a time, ←/→ move between steps, and each
 * step has its own address (#step-N), so links and the back button work. It reads nothing
 * from the scenario: every step is already in the page, as escaped HTML. Without
 * JavaScript the page still shows every step, one below the other.
 */
export const REPORT_SCRIPT = `(function () {
  var steps = Array.prototype.slice.call(document.querySelectorAll('section.step'));
  var links = Array.prototype.slice.call(document.querySelectorAll('nav.timeline a'));
  if (steps.length === 0) return;
  document.documentElement.classList.add('js');
  function current() {
    var m = /^#step-(\\d+)$/.exec(window.location.hash);
    var n = m ? Number(m[1]) : 0;
    return Math.min(Math.max(n, 0), steps.length - 1);
  }
  function show() {
    var n = current();
    steps.forEach(function (s, i) { s.classList.toggle('current', i === n); });
    links.forEach(function (a, i) {
      if (i === n) { a.setAttribute('aria-current', 'step'); a.scrollIntoView({ block: 'nearest' }); }
      else a.removeAttribute('aria-current');
    });
    document.getElementById('position').textContent = 'step ' + n + ' of ' + (steps.length - 1);
  }
  function go(delta) {
    var n = current() + delta;
    if (n < 0 || n >= steps.length) return;
    window.history.pushState(null, '', '#step-' + n);
    show();
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key === 'ArrowRight') { go(1); e.preventDefault(); }
    else if (e.key === 'ArrowLeft') { go(-1); e.preventDefault(); }
  });
  window.addEventListener('hashchange', show);
  window.addEventListener('popstate', show);
  show();
})();
`;
