// The agent workspace's audible notice: a short two-tone beep from Web Audio, no sound file needed.
let context;

export function beep() {
    try {
        context ??= new (window.AudioContext || window.webkitAudioContext)();
        if (context.state === "suspended") {
            context.resume();
        }
        const now = context.currentTime;
        [[880, 0], [1175, 0.16]].forEach(([frequency, offset]) => {
            const oscillator = context.createOscillator();
            const gain = context.createGain();
            oscillator.type = "sine";
            oscillator.frequency.value = frequency;
            gain.gain.setValueAtTime(0.0001, now + offset);
            gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.14);
            oscillator.connect(gain).connect(context.destination);
            oscillator.start(now + offset);
            oscillator.stop(now + offset + 0.15);
        });
    } catch {
        // A browser without audio still shows the visible notice.
    }
}
