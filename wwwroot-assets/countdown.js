// Live countdowns for the console: one timer for the whole page. Every second it re-scans the DOM for
// elements carrying data-deadline (ISO 8601 UTC) and data-target-seconds, and updates their text and
// their sc-cd--ok / sc-cd--amber / sc-cd--breached class, so newly rendered rows tick too and the
// server does no per-second work. The text format matches CountdownText.Format on the server.
const states = ["sc-cd--ok", "sc-cd--amber", "sc-cd--breached"];

function format(remainingMs) {
    const seconds = remainingMs >= 0 ? Math.ceil(remainingMs / 1000) : Math.floor(remainingMs / 1000);
    const sign = seconds < 0 ? "-" : "";
    const abs = Math.abs(seconds);
    const h = Math.floor(abs / 3600);
    const m = Math.floor((abs % 3600) / 60);
    const s = abs % 60;
    const two = (n) => String(n).padStart(2, "0");
    if (h > 0) return `${sign}${h}:${two(m)}:${two(s)}`;
    if (m > 0) return `${sign}${m}:${two(s)}`;
    return `${sign}${s}s`;
}

function stateOf(remainingMs, targetSeconds, amberRatio) {
    if (remainingMs < 0) return "sc-cd--breached";
    if (!(targetSeconds > 0)) return "sc-cd--ok";
    const elapsed = targetSeconds * 1000 - remainingMs;
    return elapsed >= targetSeconds * 1000 * amberRatio ? "sc-cd--amber" : "sc-cd--ok";
}

function tick() {
    const now = Date.now();
    for (const el of document.querySelectorAll("[data-deadline]")) {
        const deadline = Date.parse(el.dataset.deadline);
        if (Number.isNaN(deadline)) continue;
        const remaining = deadline - now;
        const text = format(remaining);
        // Change the existing text node rather than replacing it: Blazor keeps a reference to it.
        const node = el.firstChild;
        if (node && node.nodeType === Node.TEXT_NODE) {
            if (node.nodeValue !== text) node.nodeValue = text;
        } else if (!node) {
            el.appendChild(document.createTextNode(text));
        }
        const state = stateOf(remaining, Number(el.dataset.targetSeconds), Number(el.dataset.amberRatio || "0.7"));
        if (!el.classList.contains(state)) {
            el.classList.remove(...states);
            el.classList.add(state);
        }
    }
}

if (!window.scCountdown) {
    // Only the remaining time is computed here; wall-clock times are formatted on the server in the viewer's chosen
    // zone (ViewerTime), never in the browser's own.
    window.scCountdown = { tick };
    // Aligned to the wall-clock second so all countdowns change together.
    setTimeout(() => { tick(); setInterval(tick, 1000); }, 1000 - (Date.now() % 1000));
}
