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
