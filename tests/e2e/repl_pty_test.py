#!/usr/bin/env python3
"""The REPL on a pseudo-terminal, as a person uses it: tab completion of a keyword and of a
multi-word name, a query, Ctrl-D, then a second session where the up arrow recalls the last line
from the history file. Also the same REPL with input piped in (no prompt, answers only).
usage: repl_pty_test.py DIPLOGRAPH   (exit 77 = skipped: no pty on this system)"""
import os, select, subprocess, sys, tempfile, time

try:
    import pty
except ImportError:
    print("no pty module")
    sys.exit(77)

exe = sys.argv[1]
tmp = tempfile.mkdtemp()
home = os.path.join(tmp, "home")
os.makedirs(home)
failures = []

def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)

# A small knowledge base through the CSV import (fast, no extraction).
events = os.path.join(tmp, "events")
os.makedirs(events)
for name, text in {"actors.csv": "actor_id,name\n1,Amira Haddad\n2,Boris Klein\n3,Chen Wei\n",
                   "meetings.csv": "meeting_id,date,type,location\n10,2019-01-02,summit,Oslo\n11,2019-03-04,talks,Lima\n",
                   "participants.csv": "meeting_id,actor_id\n10,1\n10,2\n11,2\n11,3\n"}.items():
    with open(os.path.join(events, name), "w") as f:
        f.write(text)
db = os.path.join(tmp, "kb.db")
p = subprocess.run([exe, "import", "--quiet", "--db", db, events], capture_output=True, text=True)
check(p.returncode == 0, f"import: {p.stderr}")


class Session:
    def __init__(self):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = "xterm"
            os.execv(exe, [exe, "repl", "--db", db])
        self.buf = b""

    def read_until(self, pattern, timeout=15):
        end = time.time() + timeout
        while pattern not in self.buf and time.time() < end:
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    break
                if not data:
                    break
                self.buf += data
        return pattern in self.buf

    def send(self, text):
        self.buf = b""
        try:
            os.write(self.fd, text.encode())
        except OSError:  # the shell has already left
            pass

    def close(self):
        self.read_until(b"diplograph> ", 5)  # Ctrl-D ends the session only on an empty line, at the prompt
        # A key sent while the line editor resets the terminal can be flushed
        # away with pending input (TCSAFLUSH); send Ctrl-D again until it exits.
        end = time.time() + 15
        next_key = 0
        while time.time() < end:
            if time.time() >= next_key:
                # Ctrl-A Ctrl-K first: Ctrl-D only ends the session on an empty line.
                self.send("\x01\x0b\x04")
                next_key = time.time() + 2
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.read_until(b"\0", 0.2)  # drain
        print("still running after Ctrl-D; the terminal showed:", repr(self.buf[-300:]))
        os.kill(self.pid, 9)
        return None


s = Session()
check(s.read_until(b"diplograph> "), "first prompt")
s.send("summ\t")  # summit / summits: completes the common part
check(s.read_until(b"it"), f"keyword completion: {s.buf!r}")
s.send("s\r")
check(s.read_until(b"Oslo") and s.read_until(b"diplograph> "), f"summits answer: {s.buf!r}")
s.send("who met Ami\t")
check(s.read_until(b'"Amira Haddad"'), f"name completion: {s.buf!r}")
s.send("\r")
check(s.read_until(b"Boris Klein") and s.read_until(b"diplograph> "), f"who met answer: {s.buf!r}")
check(s.close() == 0, "exit status after Ctrl-D")
history = os.path.join(home, ".diplograph_history")
check(os.path.exists(history), "history file written")
# libedit's history file encodes spaces (vis(3)): 'who\\040met'; decode before looking.
saved = open(history, errors="replace").read().replace("\\040", " ") if os.path.exists(history) else ""
check('who met "Amira Haddad"' in saved, f"history holds the completed line: {saved!r}")

s = Session()
check(s.read_until(b"diplograph> "), "second prompt")
s.send("\x1b[A")  # up arrow: the previous session's last line
check(s.read_until(b'who met "Amira Haddad"'), f"up arrow recalls the last line: {s.buf!r}")
s.send("\r")
check(s.read_until(b"Boris Klein") and s.read_until(b"diplograph> "), f"recalled line runs: {s.buf!r}")
check(s.close() == 0, "exit status of the second session")

# Piped: no prompt, one answer per line.
p = subprocess.run([exe, "repl", "--db", db, "--json"], input='who met "Chen Wei"\nsummits\n',
                   capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": home})
lines = p.stdout.splitlines()
check(p.returncode == 0 and len(lines) == 2 and "diplograph>" not in p.stdout, f"piped repl: {p.stdout!r} {p.stderr!r}")
check('"Boris Klein"' in lines[0] and '"Oslo"' in lines[1], f"piped answers: {lines}")
sys.exit(1 if failures else 0)
