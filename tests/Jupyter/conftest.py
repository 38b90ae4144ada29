"""Shared settings: the kernel under test is the one the notebooks name in their metadata."""
import json
import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
KERNEL_NAME = json.loads((NOTEBOOKS / "01-gdp-race.ipynb").read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]

# The kernel's working directory is the notebook folder, as in VS Code and nbconvert, so "../data" resolves.
os.chdir(NOTEBOOKS)
