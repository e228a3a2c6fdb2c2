/**
 * The only search code every page loads (about 2.5 kB with Vite's preload
 * helper): `/` and Ctrl+K (⌘K)
 * focus the search box, and the first focus or keystroke in the header box
 * loads the real search UI. https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/
 */
const box = document.querySelector<HTMLElement>('[data-search-box]');

function searchInput(): HTMLInputElement | null {
  // On /search/ the page's own box; elsewhere the header's, upgraded or not.
  return (
    document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input') ??
    box?.querySelector<HTMLInputElement>('pagefind-searchbox input') ??
    box?.querySelector<HTMLInputElement>('form input') ??
    null
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('keydown', (e) => {
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
  const modK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
  if (!slash && !modK) return;
  const input = searchInput();
  if (!input) return;
  e.preventDefault();
  input.focus();
  input.select();
});

if (box) {
  const start = () => void import('./header.ts').then((m) => m.upgradeHeaderBox(box));
  box.addEventListener('focusin', start, { once: true });
}
