"""Every benchmark, each in a fresh process, as one markdown table next to the targets.

    python benchmarks/run_all.py [--quick]   # --quick: no 1,000,000-event runs

Runs bench_core (open, save, import, export at 1,000 / 100,000 / 1,000,000 events),
bench_canvas (frames, zoom and pan steps, search keystrokes) and bench_launch (whole-process
launch to a painted window, peak memory). Generating the 1,000,000-event files takes a few
minutes the first time; they are cached in /tmp/crisis-timeline-bench.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _run(script: str, *args: str) -> Any:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    output = subprocess.run(
        [sys.executable, str(HERE / script), *args, "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    ram = next(
        (
            int(line.split()[1]) / 2**20
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0.0,
    )
    import PySide6

    return (
        f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GB RAM, Python "
        f"{platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )


def table(core: list[dict], canvas: list[dict], launch: dict, million: dict | None) -> str:
    by_core = {row["events"]: row for row in core}
    by_canvas = {row["events"]: row for row in canvas}
    rows = [
        "| what | target 1,000 | measured 1,000 | target 100,000 | measured 100,000 |",
        "|---|---|---|---|---|",
    ]

    def ms(value: float) -> str:
        return f"{value:.1f} ms"

    def s(value: float) -> str:
        return f"{value:.2f} s" if value >= 0.01 else f"{value * 1000:.1f} ms"

    def add(what, t1, v1, t2, v2):
        rows.append(f"| {what} | {t1} | {v1} | {t2} | {v2} |")

    small, big = by_canvas.get(1000, {}), by_canvas.get(100_000, {})
    add(
        "launch to painted window (whole process)",
        "≤ 2× bare",
        f"{s(launch['launch_1000_s'])} ({launch['launch_1000_ratio']:.2f}× bare "
        f"{s(launch['bare_s'])})",
        "≤ 1.5 s",
        s(launch["launch_100000_s"]),
    )
    for level, name in (("fit", "fit-all"), ("mid", "mid zoom"), ("deep", "deepest zoom")):
        add(
            f"frame at {name}, median (p95)",
            "≤ 2 ms",
            f"{ms(small[f'frame_{level}_ms'])} ({ms(small[f'frame_{level}_p95_ms'])})",
            "≤ 8 ms (p95 ≤ 16 ms)",
            f"{ms(big[f'frame_{level}_ms'])} ({ms(big[f'frame_{level}_p95_ms'])})",
        )
    for step in ("zoom", "pan"):
        add(
            f"{step} step, median (p95, max)",
            "≤ 16 ms",
            f"{ms(small[f'{step}_step_ms'])} ({ms(small[f'{step}_step_p95_ms'])}, "
            f"{ms(small[f'{step}_step_max_ms'])})",
            "≤ 16 ms",
            f"{ms(big[f'{step}_step_ms'])} ({ms(big[f'{step}_step_p95_ms'])}, "
            f"{ms(big[f'{step}_step_max_ms'])})",
        )
    add(
        "  new zoom level laid out when zooming pauses, median (p95, max)",
        "",
        f"{ms(small['refine_ms'])} ({ms(small['refine_p95_ms'])}, {ms(small['refine_max_ms'])})",
        "",
        f"{ms(big['refine_ms'])} ({ms(big['refine_p95_ms'])}, {ms(big['refine_max_ms'])})",
    )
    add(
        "open a document",
        "≤ 0.1 s",
        s(by_core[1000]["open_document_s"]),
        "≤ 1 s",
        s(by_core[100_000]["open_document_s"]),
    )
    add(
        "import a CSV",
        "≤ 0.1 s",
        s(by_core[1000]["import_csv_s"]),
        "≤ 1.5 s",
        s(by_core[100_000]["import_csv_s"]),
    )
    add(
        "export CSV",
        "≤ 0.1 s",
        s(by_core[1000]["export_csv_s"]),
        "≤ 1 s",
        s(by_core[100_000]["export_csv_s"]),
    )
    add(
        "save a document",
        "",
        s(by_core[1000]["save_document_s"]),
        "",
        s(by_core[100_000]["save_document_s"]),
    )
    add(
        "review marks of 50 proposals, in a worker (afresh before)",
        "",
        f"{s(by_core[1000]['review_refresh_kept_s'])} "
        f"({s(by_core[1000]['review_refresh_afresh_s'])})",
        "",
        f"{s(by_core[100_000]['review_refresh_kept_s'])} "
        f"({s(by_core[100_000]['review_refresh_afresh_s'])})",
    )
    add(
        "  the review's timeline index, built once in a worker",
        "",
        s(by_core[1000]["timeline_index_s"]),
        "",
        s(by_core[100_000]["timeline_index_s"]),
    )
    add(
        "memory above the empty app (peak)",
        "",
        f"{launch['launch_1000_above_empty_mb']:.0f} MB",
        "≤ 200 MB",
        f"{launch['launch_100000_above_empty_mb']:.0f} MB",
    )
    add(
        "search keystroke to repainted result, median (max; first key)",
        "",
        f"{ms(small['search_key_ms'])} ({ms(small['search_key_max_ms'])})",
        "≤ 50 ms",
        f"{ms(big['search_key_ms'])} ({ms(big['search_key_max_ms'])}; "
        f"{ms(big['search_first_key_ms'])})",
    )
    add(
        "  of which typing debounce",
        "",
        ms(small["search_debounce_ms"]),
        "",
        ms(big["search_debounce_ms"]),
    )
    if million:
        rows += ["", "| 1,000,000 events | measured |", "|---|---|"]
        for key, value in million.items():
            rows.append(f"| {key} | {value:.2f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="skip 1,000,000 events")
    options = parser.parse_args()
    print(machine(), file=sys.stderr)
    sizes = "1000,100000" if options.quick else "1000,100000,1000000"
    core = _run("bench_core.py", "--sizes", sizes)
    canvas = _run("bench_canvas.py", "--sizes", "1000,100000")
    launch = _run("bench_launch.py", "--sizes", "1000,100000")
    million = None
    if not options.quick:
        big = next(row for row in core if row["events"] == 1_000_000)
        launch_m = _run("bench_launch.py", "--sizes", "1000000", "--runs", "1")
        million = {
            "open document (s)": big["open_document_s"],
            "import CSV (s)": big["import_csv_s"],
            "export CSV (s)": big["export_csv_s"],
            "launch to painted window (s)": launch_m["launch_1000000_s"],
            "peak memory of that process (MB)": launch_m["launch_1000000_peak_mb"],
        }
    print(f"Machine: {machine()}\n")
    print(table(core, canvas, launch, million))


if __name__ == "__main__":
    main()
