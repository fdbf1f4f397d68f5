"""What scripts/bench.py and scripts/bench_scaled.py both measure with: the messages, percentiles, RSS."""
from __future__ import annotations

import math
import os
import threading
from pathlib import Path
from typing import List, Optional

# Harbour-style user messages (greetings, Clare's Law, helplines, describing abuse, two danger phrases).
MESSAGES = [
    "hello", "hi there", "good morning", "what is clare's law", "how do I apply for clare's law",
    "can I ask about my sister's new boyfriend", "what happens after I apply", "will he find out I asked",
    "what does it mean if nothing is disclosed", "which helpline can I call?", "is there a helpline for men",
    "I live in Glasgow", "I'm in Wales", "is the helpline open now", "can I talk to someone real?",
    "is there someone for LGBT people", "he checks my phone all the time", "she takes my wages",
    "my son shouts and takes my pension", "he won't let me see my friends", "he pushed me against the wall",
    "is this abuse?", "yes", "no", "I'm worried about my friend", "what counts as domestic abuse",
    "do you save this?", "how do I hide that I used this?", "thank you", "bye",
    "he's outside the door", "cant talk hes here",
]


def percentile(values: List[float], pct: float) -> Optional[float]:
    """Nearest-rank percentile; None for no values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)] if ordered else None


def group_rss_mib(pgid: int) -> float:
    """Sum of VmRSS over every process in a process group (children included), in MiB."""
    total_kb = 0
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            if int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[2]) != pgid:
                continue
            for line in Path(f"/proc/{entry}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total_kb / 1024


class PeakRss(threading.Thread):
    """Samples a process group's RSS every 0.2 s and keeps the peak."""

    def __init__(self, pgid: int) -> None:
        super().__init__(daemon=True)
        self.pgid, self.peak, self.done = pgid, 0.0, threading.Event()
        self.start()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak = max(self.peak, group_rss_mib(self.pgid))

    def stop(self) -> float:
        self.done.set()
        self.join(timeout=5)
        return self.peak
