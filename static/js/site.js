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

// Lesson editor: an "Insert" button of the citation finder puts its citation at the cursor
// in the lesson text (replacing any selection), then the preview refreshes. The buttons
// stay hidden without JavaScript, where the finder shows each citation to copy instead.
function insertCitation(textarea, citation) {
  textarea.setRangeText(citation, textarea.selectionStart, textarea.selectionEnd, "end");
  textarea.focus();
  textarea.dispatchEvent(new Event("input", { bubbles: true }));
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-insert-citation]");
  if (!button) return;
  const textarea = document.getElementById(button.dataset.insertInto);
  if (textarea) insertCitation(textarea, button.dataset.insertCitation);
});

document.addEventListener("htmx:load", (event) => {
  event.detail.elt.querySelectorAll("[data-insert-citation]").forEach((button) => {
    button.hidden = !document.getElementById(button.dataset.insertInto);
  });
});
