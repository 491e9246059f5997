// A short chime for a new breach, from Web Audio (no sound file), which the viewer may mute; the choice is kept in
// this browser (localStorage), so it holds across sign-ins and pages.
const key = "sc-sound-muted";
let context;

export function muted() {
    try {
        return localStorage.getItem(key) === "1";
    } catch {
        return false;
    }
}

export function setMuted(value) {
    try {
        localStorage.setItem(key, value ? "1" : "0");
    } catch {
        // Private mode without storage: the choice lasts for this page only.
    }
    return muted();
}

export function chime() {
    if (muted()) return false;
    try {
        context ??= new (window.AudioContext || window.webkitAudioContext)();
        if (context.state === "suspended") context.resume();
        const now = context.currentTime;
        [[988, 0], [740, 0.18]].forEach(([frequency, offset]) => {
            const oscillator = context.createOscillator();
            const gain = context.createGain();
            oscillator.type = "triangle";
            oscillator.frequency.value = frequency;
            gain.gain.setValueAtTime(0.0001, now + offset);
            gain.gain.exponentialRampToValueAtTime(0.25, now + offset + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.16);
            oscillator.connect(gain).connect(context.destination);
            oscillator.start(now + offset);
            oscillator.stop(now + offset + 0.17);
        });
        return true;
    } catch {
        return false; // no audio here: the toast still shows
    }
}
