// Keyboard shortcuts on every page: "/" goes to the search box, "j"/"k" move between search hits.
// Everything works without this script; it only saves keystrokes.
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
  if (typing) {
    if (event.key === 'Escape') event.target.blur();
    return;
  }
  if (event.key === '/') {
    event.preventDefault();
    document.getElementById('q')?.focus();
    return;
  }
  if (event.key !== 'j' && event.key !== 'k') return;
  const hits = [...document.querySelectorAll('.hit-title')];
  if (hits.length === 0) return;
  const at = hits.indexOf(document.activeElement);
  const next = event.key === 'j' ? Math.min(at + 1, hits.length - 1) : Math.max(at - 1, 0);
  hits[at < 0 ? 0 : next].focus();
  event.preventDefault();
});
