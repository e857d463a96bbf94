#!/usr/bin/env bash
# What the Orca screen reader says for the widgets on the playground, key by key.
#
# By hand only (not in npm test or CI): a real screen reader needs a desktop session that the
# test runner does not have. Tried on Debian 12 (Orca 43.1, Firefox ESR 153), after `npm ci`:
#   apt-get install orca xvfb xdotool xclip at-spi2-core dbus-x11 firefox-esr curl
#   scripts/orca-transcript.sh [out-dir]          (default: reports/orca; takes about 5 minutes)
# It starts its own Xvfb display, D-Bus session and AT-SPI bus; Orca, with a speech server that
# speaks nothing but writes every utterance down (speech-dispatcher needs a sound card, and Orca
# writes its debug log in blocks); the built playground (vite preview, with a copy of the page that
# shows one session at a time, so the list has a "show more"; cases kept in a temporary folder); and
# Firefox ESR with a fresh profile. Then it presses keys with xdotool and writes
# out-dir/transcript.txt: each key pressed, then what Orca said (out-dir/speech.tsv has the times,
# out-dir/orca-debug.log Orca's own log). Orca interrupts itself, as with a voice: a line followed
# at once by another may not have been heard in full. The video's player cannot load offline.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/reports/orca}" && cd "${1:-$ROOT/reports/orca}" && pwd)
for tool in Xvfb dbus-daemon orca xdotool xclip firefox-esr python3; do
  command -v "$tool" >/dev/null || { echo "orca-transcript: $tool is missing (see the top of this script)" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/orca-transcript.XXXXXX)
PIDS=()
cleanup() {
  exec 2>/dev/null # (no "Killed" from bash for Orca)
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  # Orca 43 does not always leave on SIGTERM.
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "${DBUS_PID:-}" ] && kill "$DBUS_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A display of our own.
DISPLAY_NUMBER=90
while [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] || [ -e "/tmp/.X$DISPLAY_NUMBER-lock" ]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
export DISPLAY=":$DISPLAY_NUMBER"
Xvfb "$DISPLAY" -screen 0 1280x1024x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
sleep 1

# A D-Bus session of our own; the AT-SPI bus starts from it on demand.
read -r DBUS_SESSION_BUS_ADDRESS DBUS_PID < <(dbus-daemon --session --fork --print-address=1 --print-pid=1 | paste -sd' ')
export DBUS_SESSION_BUS_ADDRESS
export GNOME_ACCESSIBILITY=1 XDG_RUNTIME_DIR="$WORK/run" HOME="$WORK/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"

# Orca's speech goes to a server that writes each utterance to $ORCA_TRANSCRIPT, one a line, at
# once (Orca's debug file is written in blocks, and speech-dispatcher needs a sound card).
mkdir -p "$WORK/py" "$WORK/orca"
cat >"$WORK/py/nullspeech.py" <<'PY'
import os, time
from orca import speechserver

_out = open(os.environ["ORCA_TRANSCRIPT"], "a", buffering=1, encoding="utf-8")

def _log(kind, text):
    _out.write("%.3f\t%s\t%s\n" % (time.time(), kind, str(text).replace("\n", " ")))

class SpeechServer(speechserver.SpeechServer):
    _active = None
    @staticmethod
    def getFactoryName(): return "transcript"
    @staticmethod
    def getSpeechServers(): return [SpeechServer.getSpeechServer()]
    @staticmethod
    def getSpeechServer(info=None):
        SpeechServer._active = SpeechServer._active or SpeechServer()
        return SpeechServer._active
    @staticmethod
    def shutdownActiveServers(): SpeechServer._active = None
    def getInfo(self): return ["transcript", "transcript"]
    def getVoiceFamilies(self): return []
    def speak(self, text=None, acss=None, interrupt=True):
        if text: _log("say", text)
    def speakCharacter(self, character, acss=None): _log("char", character)
    def speakKeyEvent(self, event, acss=None): pass
    def sayAll(self, utteranceIterator, progressCallback): pass
PY
# Orca's defaults otherwise (verbose speech, punctuation "some"), as a new user gets them.
cat >"$WORK/orca/user-settings.conf" <<'JSON'
{
  "general": {"speechServerFactory": "nullspeech", "enableBraille": false, "enableSound": false},
  "pronunciations": {},
  "keybindings": {},
  "profiles": {"default": {"profile": ["Default", "default"]}}
}
JSON
export ORCA_TRANSCRIPT="$OUT/speech.tsv"
: >"$ORCA_TRANSCRIPT"
PYTHONPATH="$WORK/py" orca --replace -u "$WORK/orca" --debug-file="$OUT/orca-debug.log" >"$WORK/orca.out" 2>&1 &
PIDS+=($!)

# The built playground, its receiver keeping cases in our folder.
(cd "$ROOT" && node_modules/.bin/vite build --logLevel warn)
# The same page with one session a page, so the list has a "show more" to press.
sed 's/<ccv-session-list /<ccv-session-list page-size="1" /' "$ROOT/playground-dist/index.html" >"$ROOT/playground-dist/orca.html"
PORT=5390
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
(cd "$ROOT" && CCV_RECEIVER_DIR="$WORK/receiver" exec "$ROOT/node_modules/.bin/vite" preview --port "$PORT" --strictPort >"$WORK/preview.log" 2>&1) &
PIDS+=($!)
for _ in $(seq 50); do curl -sf "http://localhost:$PORT/" >/dev/null && break; sleep 0.2; done

# A fresh Firefox profile: no consent, no draft, Dutch, the page's own time zone.
mkdir -p "$WORK/firefox"
cat >"$WORK/firefox/user.js" <<'JS'
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("browser.aboutwelcome.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("app.update.enabled", false);
user_pref("browser.sessionstore.resume_from_crash", false);
user_pref("intl.accept_languages", "nl");
JS
TZ=Europe/Amsterdam firefox-esr --no-remote --new-instance --profile "$WORK/firefox" "http://localhost:$PORT/orca.html" >"$WORK/firefox.log" 2>&1 &
PIDS+=($!)

python3 - "$ORCA_TRANSCRIPT" "$OUT/transcript.txt" <<'PY'
import re, subprocess, sys, time

speech, out = sys.argv[1], sys.argv[2]
steps = []  # (label, start time)

def lines():
    with open(speech, encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t", 2) for l in f if l.count("\t") >= 2]

def said_since(t0):
    return [text for (t, kind, text) in lines() if float(t) >= t0 and kind == "say"]

def xdo(*args):
    subprocess.run(["xdotool", *args], check=True)

def step(label, action, wait=1.5):
    """Does the action, then waits at least `wait` seconds and until Orca has been quiet for 0.8 s."""
    t0 = time.time()
    steps.append((label, t0))
    action()
    time.sleep(wait)
    while time.time() - t0 < wait + 6:
        last = max([float(t) for (t, _, _) in lines()] or [0])
        if time.time() - last >= 0.8:
            break
        time.sleep(0.2)
    return " ".join(said_since(t0))

def key(k, wait=1.5, label=None):
    return step(label or k, lambda: xdo("key", "--clearmodifiers", k), wait)

def type_text(text, wait=1.5):
    return step("type “%s”" % text, lambda: xdo("type", "--delay", "40", text), wait)

def paste(text, label, wait=1.5):
    subprocess.run(["xclip", "-selection", "clipboard"], input=text.encode(), check=True)
    return step(label, lambda: xdo("key", "--clearmodifiers", "ctrl+v"), wait)

CONTROL = re.compile(r" (link|push button|entry|combo box|check box|radio button)\.?$")

def tab_to(pattern, limit=80, back=False):
    """Tabs until Orca names a control that matches; back one where a slow Orca said two at once."""
    for _ in range(limit):
        t0 = time.time()
        key("shift+Tab" if back else "Tab", 1.2)
        said = said_since(t0)
        hits = [i for i, text in enumerate(said) if re.search(pattern, text)]
        if hits:
            if any(CONTROL.search(text) for text in said[hits[-1] + 1:]):
                key("Tab" if back else "shift+Tab", 1.2)
            return
    raise SystemExit("orca-transcript: Tab never reached /%s/" % pattern)

def section(title):
    steps.append(("## " + title, time.time()))

def write():
    steps.append(("(end)", time.time()))
    with open(out, "w", encoding="utf-8") as f:
        for i, (label, t0) in enumerate(steps):
            if label.startswith("## "):
                f.write("\n%s\n" % label)
                continue
            if label == "(end)":
                break
            t1 = next((t for (l, t) in steps[i + 1:] if not l.startswith("## ")), time.time())
            said = [text for (t, kind, text) in lines() if t0 <= float(t) < t1 and kind == "say"]
            f.write("▶ %s\n" % label)
            for text in said:
                f.write("    «%s»\n" % text)
    print("orca-transcript: wrote", out)

try:
    # Wait for Firefox, give its window the keyboard, and for Orca to read the page.
    for _ in range(60):
        found = subprocess.run(["xdotool", "search", "--name", "Leerkring"], capture_output=True, text=True).stdout.split()
        if found:
            break
        time.sleep(0.5)
    else:
        raise SystemExit("orca-transcript: Firefox did not show the playground")
    xdo("windowfocus", found[-1])
    time.sleep(4)
    section("Page loaded")
    steps.append(("(load)", 0))

    section("Session list: filters, sessions, video, calendar, show more")
    tab_to(r"Meer sessies tonen", 120)
    key("Return", 2.5)
    key("Tab")
    key("Tab")

    section("Consent video: accept in the first session with a recording")
    key("ctrl+Home", 1.5)  # back to the top: browse mode moves to the start of the page
    tab_to(r"Toestaan en afspelen", 120)
    key("Return", 3)
    key("Tab")
    key("shift+Tab")

    section("Contact card: links, copy buttons, vCard")
    tab_to(r"kopiëren", 200)
    key("Return", 2.5)
    key("Tab")
    key("Tab")
    key("space", 2.5)
    key("Tab")

    section("Case form: submit empty, follow a summary link")
    tab_to(r"Casus versturen", 80, back=True)
    key("Return", 2.5)
    key("Tab")
    key("Return", 2)

    section("Case form: description past the limit, then a pause")
    tab_to(r"Beschrijving", 40)
    paste("Een oproep in een appgroep leidde tot onrust bij het gemeentehuis. " * 30, "paste 2,040 characters", 4)
    type_text("x", 4)
    key("BackSpace", 4)
    key("ctrl+a", 1)
    key("Delete", 4)
    type_text("Onrust na een oproep.", 4)

    section("Case form: fill in and send")
    tab_to(r"^Naam", 40, back=True)
    type_text("Sam de Vries")
    key("Tab"); type_text("Gemeente Utrecht")
    key("Tab"); type_text("Adviseur openbare orde")
    key("Tab"); type_text("sam@example.nl")
    key("Tab"); key("Tab"); type_text("Oproep tot rellen")
    key("Tab"); key("Tab"); key("Down")
    key("Tab"); key("Tab"); key("space")
    tab_to(r"Casus versturen", 20)
    key("Return", 6)
    key("Tab")

finally:
    time.sleep(1)
    write()
PY
