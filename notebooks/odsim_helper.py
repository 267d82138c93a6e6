"""What every odsim notebook needs, in one place: find the project, call odsim, read its results,
and draw them in the report's colours.

    from odsim_helper import *
    out = output("my-notebook")                      # an empty results folder for this notebook
    series = compare("scenarios/baseline.yaml", "scenarios/packages/health-first.yaml",
                     out=out, agents=5000, replications=3)
    plot_deaths(series)                              # yearly deaths, mean and range, one colour per scenario

ODSIM_CMD overrides how odsim is called (the tests use the test classpath); by default the jar
that `mvn -q -DskipTests package` builds. ODSIM_NOTEBOOK_OUT overrides where results go.
"""
import csv
import os
import pathlib
import shlex
import shutil
import subprocess

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["ROOT", "COLOURS", "odsim", "output", "read_series", "compare", "colour", "plot_deaths", "plot_averted", "pd", "plt"]

ROOT = pathlib.Path.cwd()
while not (ROOT / "pom.xml").exists() and ROOT != ROOT.parent:
    ROOT = ROOT.parent

ODSIM = shlex.split(os.environ.get("ODSIM_CMD", f"java -jar {ROOT / 'target' / 'odsim.jar'}"))

# The report's scenario colours, from the file its charts read: the baseline first.
with open(ROOT / "src" / "main" / "resources" / "odsim" / "report" / "scenario-colours.csv", newline="") as f:
    COLOURS = ["#" + row["colour"] for row in csv.DictReader(f)]


def odsim(*args):
    """Runs an odsim command from the project's folder; shows its output; stops on an error."""
    done = subprocess.run(ODSIM + [str(a) for a in args], cwd=ROOT, capture_output=True, text=True)
    print(done.stdout)
    if done.returncode != 0:
        raise RuntimeError(f"odsim exited with {done.returncode}:\n{done.stderr}")


def output(name):
    """An empty results folder for a notebook (odsim refuses to write results over others)."""
    out = pathlib.Path(os.environ.get("ODSIM_NOTEBOOK_OUT", ROOT / "results" / "notebooks")) / name
    shutil.rmtree(out, ignore_errors=True)
    return out


def read_series(folder):
    """series.csv of every scenario folder under `folder`, as one tidy table."""
    return pd.concat(pd.read_csv(f, parse_dates=["date"]) for f in sorted(pathlib.Path(folder).glob("*/series.csv")))


def compare(*scenarios, out, agents=5000, replications=3, period="month"):
    """Runs `odsim compare` on scenario files (the first is the baseline) into `out`; returns its series."""
    odsim("compare", *scenarios, "--agents", agents, "--replications", replications, "--period", period, "--out", out, "--quiet")
    return read_series(out)


def colour(series, scenario):
    """The report's colour for `scenario`: by its place in the comparison (the baseline first)."""
    order = list(dict.fromkeys(series["scenario"]))
    return COLOURS[order.index(scenario) % len(COLOURS)]


def plot_deaths(series, measure="overdose_deaths", freq="YS", ax=None, title="Overdose deaths: mean and range over replications"):
    """Deaths (or any flow) per year (`freq`), mean over replications with their range, one colour per scenario."""
    data = series[series.measure == measure]
    summed = data.groupby(["scenario", "replication", pd.Grouper(key="date", freq=freq)]).value.sum().reset_index()
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4))
    for name in dict.fromkeys(data["scenario"]):
        by_rep = summed[summed.scenario == name].pivot_table(index="date", columns="replication", values="value")
        ax.plot(by_rep.index, by_rep.mean(axis=1), label=name, color=colour(series, name), linewidth=2)
        ax.fill_between(by_rep.index, by_rep.min(axis=1), by_rep.max(axis=1), color=colour(series, name), alpha=0.2)
    ax.set_ylabel(measure.replace("_", " ") + (" per year" if freq == "YS" else ""))
    ax.set_title(title)
    ax.legend()
    return ax


def plot_averted(series, baseline="baseline", measure="overdose_deaths", ax=None):
    """Cumulative deaths averted against `baseline`, paired by replication: mean and range, in the report's colours."""
    data = series[series.measure == measure]
    wide = data.pivot_table(index=["replication", "date"], columns="scenario", values="value")
    cumulative = wide.groupby(level="replication").cumsum()
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4))
    for name in [s for s in dict.fromkeys(data["scenario"]) if s != baseline]:
        averted = (cumulative[baseline] - cumulative[name]).unstack("replication")
        ax.plot(averted.index, averted.mean(axis=1), label=name, color=colour(series, name), linewidth=2)
        ax.fill_between(averted.index, averted.min(axis=1), averted.max(axis=1), color=colour(series, name), alpha=0.2)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_ylabel("deaths averted since the start")
    ax.legend()
    return ax
