#!/usr/bin/env python3
"""A person at a terminal, for scripts/test-windows.sh: runs a command on a new pseudo-terminal and
answers its prompts in order, as typed lines (Enter is a carriage return, as a terminal sends it).

    type-at-terminal.py SECONDS PROMPT... -- COMMAND [ARGS...]

The answer to the Nth prompt is in the environment variable TYPED_N (1, 2, ...), so that no secret
is on a command line. Each answer is typed once its prompt has shown and the terminal's echo is off:
Wine's console (conhost) puts the Unix terminal into raw mode only while a console read is under
way, and a line typed before that would be echoed by the kernel's terminal, not by the program (a
person's typing comes after the read began; a script's can come first). Whatever shows after that
is the program's own doing.

Writes what the terminal showed, its control sequences taken out, to standard output, then
"exit N" on a line of its own: the command's exit status, or "exit timeout" when it did not end
within SECONDS (it is killed then) or a prompt did not come.
"""
import os
import pty
import re
import select
import signal
import sys
import termios
import time


def screen(raw):
    """The terminal's text: a cursor move forward (how conhost writes a space) as spaces, other
    control sequences dropped, CR LF as LF."""
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"\x1b\[(\d*)C", lambda m: " " * int(m.group(1) or 1), text)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    text = re.sub(r"\x1b\][^\x07]*\x07", "", text)
    return text.replace("\r", "")


def main():
    separator = sys.argv.index("--")
    seconds = float(sys.argv[1])
    prompts = sys.argv[2:separator]
    command = sys.argv[separator + 1:]
    answers = [os.environ["TYPED_%d" % (i + 1)] for i in range(len(prompts))]

    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    deadline = time.monotonic() + seconds
    shown = bytearray()
    ended = False

    def read(wait):
        """Reads what the terminal shows within `wait` seconds; False once it has ended."""
        nonlocal ended
        if ended:
            return False
        ready, _, _ = select.select([fd], [], [], max(0.0, wait))
        if not ready:
            return True
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the last process on the terminal has gone
            chunk = b""
        if not chunk:
            ended = True
            return False
        shown.extend(chunk)
        return True

    complete = True
    seen = 0
    for prompt, answer in zip(prompts, answers):
        while screen(bytes(shown)).find(prompt, seen) < 0:
            if not read(deadline - time.monotonic()) or time.monotonic() >= deadline:
                complete = False
                break
        if not complete:
            break
        seen = screen(bytes(shown)).find(prompt, seen) + len(prompt)
        # The echo goes off when the console's read begins (see above); keep showing meanwhile.
        while termios.tcgetattr(fd)[3] & termios.ECHO:
            if not read(min(0.05, deadline - time.monotonic())) or time.monotonic() >= deadline:
                complete = False
                break
        if not complete:
            break
        os.write(fd, answer.encode("utf-8") + b"\r")

    while read(deadline - time.monotonic()) and time.monotonic() < deadline:
        pass
    if not ended:
        os.kill(pid, signal.SIGKILL)
        complete = False
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(screen(bytes(shown)))
    if complete:
        sys.stdout.write("\nexit %d\n" % os.waitstatus_to_exitcode(status))
    else:
        sys.stdout.write("\nexit timeout\n")


if __name__ == "__main__":
    main()
