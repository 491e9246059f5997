// The board's small helpers, loaded as a module when first needed.

// Scrolls the first element matching the selector into view and flashes it, so a search hit is seen where it is.
export function reveal(selector) {
    const element = document.querySelector(selector);
    if (!element) return false;
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    element.classList.remove("sc-flash");
    void element.offsetWidth;
    element.classList.add("sc-flash");
    return true;
}
