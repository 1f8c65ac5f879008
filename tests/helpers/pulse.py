"""A private PulseAudio daemon with a virtual microphone, for tests of the real recorder.

CI has no sound card. `PulseAudio(folder).start()` runs `pulseaudio` as a child
process whose socket, configuration, cookie and state all live in `folder`, so
it never meets the user's own sound server. Pointing PULSE_SERVER at
`server` (before QtMultimedia first connects: it connects once per process) gives
QtMultimedia's PulseAudio backend:

- a sink "loa" (module-null-sink): speakers nobody hears, with module-sine
  playing a 440 Hz tone at half scale into it;
- a source "micro" (module-remap-source of the sink's monitor): a microphone
  that hears the tone. QtMultimedia does not list monitor sources, hence the remap;
- module-loopback from the monitor into a second null sink, asking for 20 ms:
  it keeps "loa" rendering in small blocks like a sound card. Without it a null
  sink renders up to 2 s at a time and a new recording hears nothing for as long.
  The sink has rendered its first 2 s block before the loopback asks, so it is
  suspended and resumed once, which starts it again at the small block size.

module-sine-source would be one line, but it renders its tone ahead of time in
blocks of up to 2 s; QMediaRecorder (Qt 6.11 and 6.12) then wrote no audio at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

MICROPHONE = "micro"
MICROPHONE_NAME = "Micro ao (thu nghiem)"
TONE_HZ = 440

CONFIG = f"""\
load-module module-native-protocol-unix auth-anonymous=1 socket={{socket}}
load-module module-null-sink sink_name=loa rate=48000 sink_properties='device.description="Loa ao"'
load-module module-null-sink sink_name=xa rate=48000 sink_properties='device.description="Xa"'
load-module module-loopback source=loa.monitor sink=xa latency_msec=20 source_dont_move=true sink_dont_move=true
load-module module-sine sink=loa frequency={TONE_HZ}
load-module module-remap-source source_name={MICROPHONE} master=loa.monitor channels=1 channel_map=mono \
source_properties='device.description="{MICROPHONE_NAME}"'
set-default-sink loa
set-default-source {MICROPHONE}
suspend-sink loa 1
suspend-sink loa 0
"""


class PulseAudioUnavailable(RuntimeError):
    """The daemon is not installed or did not come up; the message says why."""


class PulseAudio:
    """One private daemon in `folder` (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.socket = self.folder / "native"
        self.server = f"unix:{self.socket}"
        self.cookie = self.folder / "cookie"
        self.log = self.folder / "pulseaudio.log"
        self.process: subprocess.Popen | None = None
        self.error: str | None = None
        """Why `start` failed, if it did."""

    def client_env(self) -> dict[str, str]:
        """What a client process needs to reach this daemon (and only it)."""
        return {"PULSE_SERVER": self.server, "PULSE_COOKIE": str(self.cookie)}

    def start(self, timeout: float = 15.0) -> None:
        """Start the daemon and wait until the microphone is there; PulseAudioUnavailable if not."""
        binary = shutil.which("pulseaudio")
        if binary is None or shutil.which("pactl") is None:
            raise PulseAudioUnavailable("pulseaudio is not installed (scripts/bootstrap.sh installs it: "
                                        "apt-get install pulseaudio)")
        for sub in ("home", "runtime", "config", "state"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        (self.folder / "runtime").chmod(0o700)
        config = self.folder / "default.pa"
        config.write_text(CONFIG.format(socket=self.socket))
        env = {**os.environ, "HOME": str(self.folder / "home"), "XDG_RUNTIME_DIR": str(self.folder / "runtime"),
               "XDG_CONFIG_HOME": str(self.folder / "config"), "XDG_STATE_HOME": str(self.folder / "state"),
               "PULSE_COOKIE": str(self.cookie)}
        env.pop("PULSE_SERVER", None)
        command = [binary, "-n", "-F", str(config), "--daemonize=no", "--exit-idle-time=-1",
                   "--use-pid-file=no", "--disable-shm=yes", "--realtime=no", "--high-priority=no",
                   "--no-cpu-limit=yes", "--log-target=stderr"]
        setpriv = shutil.which("setpriv")
        if setpriv:  # the daemon goes when pytest goes, even if pytest is killed
            command = [setpriv, "--pdeathsig", "TERM", *command]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                            stderr=subprocess.STDOUT, cwd=self.folder)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail(f"pulseaudio exited with status {self.process.returncode}")
            if self.socket.exists() and MICROPHONE in self.sources():
                return
            time.sleep(0.05)
        self.stop()
        self._fail(f"pulseaudio did not offer the source {MICROPHONE!r} within {timeout:.0f} s")

    def _fail(self, what: str) -> None:
        log = self.log.read_text(errors="replace") if self.log.exists() else ""
        tail = "\n".join(line for line in log.splitlines()[-15:])
        self.error = f"{what}; its log ({self.log}) ends:\n{tail}"
        raise PulseAudioUnavailable(self.error)

    def pactl(self, *args: str) -> str:
        result = subprocess.run(["pactl", "--server", self.server, *args], capture_output=True, text=True,
                                timeout=10, env={**os.environ, **self.client_env()})
        if result.returncode:
            raise PulseAudioUnavailable(f"pactl {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def sources(self) -> list[str]:
        """Names of the daemon's sources (empty while it is not answering)."""
        try:
            listing = self.pactl("list", "short", "sources")
        except (PulseAudioUnavailable, subprocess.TimeoutExpired, OSError):
            return []
        return [line.split("\t")[1] for line in listing.splitlines() if "\t" in line]

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None
