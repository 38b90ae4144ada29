"""Times the workspace kernel through jupyter_client, as a Jupyter front end starts it: kernel start to kernel_info_reply,
the first cell (loading the data), then the first chart cell (from its execute_request to the first output carrying
the Plotly figure, and to its execute_reply). Prints one JSON object per run. Run from notebooks/ with
JUPYTER_PATH=../artifacts/jupyter:  /usr/bin/python3 ../tests/Benchmarks/python/jupyter_first_chart.py [runs]"""
import json
import sys
import time

from jupyter_client.manager import KernelManager

SETUP = 'var data = DataSetLoader.Load("../data");\nvar figures = new FigureCatalog(data);'
CHART = 'var story = GdpRaceParameters.Create(data, "chongqing", "guangzhou", 2019, 2025);\nGdpFigures.Race(data, story).Chart'
PLOTLY = "application/vnd.plotly.v1+json"


def execute(client, code):
    """Seconds from sending the request to the first output with a Plotly figure (None if none) and to the reply."""
    start = time.perf_counter()
    msg_id = client.execute(code)
    first_chart = None
    while True:
        msg = client.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind == "error":
            raise RuntimeError("cell failed: " + "\n".join(msg["content"]["traceback"]))
        if kind in ("display_data", "execute_result", "update_display_data") and PLOTLY in msg["content"]["data"] and first_chart is None:
            first_chart = time.perf_counter() - start
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = client.get_shell_msg(timeout=120)
    if reply["content"]["status"] != "ok":
        raise RuntimeError("execute_reply status " + reply["content"]["status"])
    return first_chart, time.perf_counter() - start


def run_once():
    start = time.perf_counter()
    km = KernelManager(kernel_name="guangzhou-workspace")
    km.start_kernel()
    client = km.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        ready = time.perf_counter() - start
        _, setup = execute(client, SETUP)
        chart_shown, chart_reply = execute(client, CHART)
        return {"kernel_info_reply": ready, "first_cell": setup, "first_chart_shown": chart_shown, "first_chart_reply": chart_reply,
                "since_start": time.perf_counter() - start}
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=False)


if __name__ == "__main__":
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(json.dumps(run_once()), flush=True)
