"""Every notebook executed headless by nbconvert with the kernel named in its own metadata (no --kernel_name)."""
import json
import pathlib
import subprocess

import nbformat
import pytest

from conftest import NOTEBOOKS

PLOTLY = "application/vnd.plotly.v1+json"


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_notebook_executes_in_nbconvert(path, tmp_path):
    out = tmp_path / path.name
    result = subprocess.run(
        ["/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute", str(path), "--output", str(out),
         "--ExecutePreprocessor.timeout=300"],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-4000:]

    notebook = nbformat.read(out, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == json.loads(path.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]

    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert errors == [], errors

    charts = [o for o in outputs if o.output_type in ("display_data", "execute_result") and PLOTLY in o.get("data", {})]
    for chart in charts:
        assert "image/png" in chart.data, "a chart without its PNG: GitHub would show nothing"
        assert "text/plain" in chart.data
        assert isinstance(chart.data[PLOTLY], dict) and chart.data[PLOTLY]["data"], "the figure is stored as JSON"
    # Every notebook of this workspace draws at least one catalog figure.
    assert charts, f"{path.name}: no chart output"
