// Citations open in place: htmx loads the passage into the panel after the link;
// a second activation closes it again. Without JavaScript the link opens the passage page.
document.addEventListener("htmx:confirm", (event) => {
  const link = event.detail.elt;
  if (!link.matches(".cite a")) return;
  const panel = document.getElementById(link.getAttribute("aria-controls"));
  if (panel && panel.childElementCount > 0) {
    event.preventDefault();
    panel.replaceChildren();
    link.setAttribute("aria-expanded", "false");
  }
});

document.addEventListener("htmx:afterSwap", (event) => {
  const panel = event.detail.target;
  if (!panel.classList.contains("cite-panel")) return;
  const link = document.querySelector(`[aria-controls="${panel.id}"]`);
  if (link) link.setAttribute("aria-expanded", "true");
});

// Review session keys: Space shows the answer, 1-4 grade, S opens the source, U or Ctrl+Z undoes.
document.addEventListener("keydown", (event) => {
  const session = document.querySelector("[data-review-session]");
  if (!session || event.altKey || event.metaKey) return;
  const target = event.target;
  if (target.closest("input, textarea, select, [contenteditable]")) return;
  let key = event.key.toLowerCase();
  if (event.ctrlKey) {
    if (key !== "z") return;
    key = "u";
  }
  const control = session.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (!control) return;
  event.preventDefault();
  control.click();
});

// After htmx swaps in the next card, put focus on its main control for keyboard users.
document.addEventListener("htmx:afterSettle", () => {
  const next = document.querySelector("#session [autofocus], #session .grades button[data-key='3']");
  if (next && !next.contains(document.activeElement)) next.focus();
});
