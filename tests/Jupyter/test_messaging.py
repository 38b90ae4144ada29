"""Run All's stop_on_error and comms, driven through jupyter_client as JupyterLab and VS Code drive them."""
import uuid

import pytest
from jupyter_client.manager import start_new_kernel

from conftest import KERNEL_NAME

# Slow enough that the requests queued behind it reach the kernel before it fails, as a Run All's do.
FAILING_CELL = "await System.Threading.Tasks.Task.Delay(1500); throw new System.InvalidOperationException(\"first error\");"


@pytest.fixture(scope="module")
def client():
    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=120)
    yield kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def replies(kc, msg_ids, timeout=120):
    """The execute replies to msg_ids, by id; start-up leaves extra kernel_info replies (clients ask until iopub answers)."""
    found = {}
    while len(found) < len(msg_ids):
        reply = kc.get_shell_msg(timeout=timeout)
        parent = reply["parent_header"].get("msg_id")
        if parent in msg_ids:
            assert reply["header"]["msg_type"] == "execute_reply"
            found[parent] = reply["content"]
        else:
            assert reply["header"]["msg_type"] == "kernel_info_reply", reply["header"]["msg_type"]
    return [found[m] for m in msg_ids]


def results(kc, msg_id, timeout=60):
    """The text/plain execute_result values published for msg_id, read until its idle status."""
    values = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            values.append(msg["content"]["data"]["text/plain"])
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return values


def drain_iopub(kc):
    while True:
        try:
            kc.get_iopub_msg(timeout=0.5)
        except Exception:  # queue.Empty: nothing more published
            return


def test_queued_cells_after_an_error_are_aborted_and_later_ones_run(client):
    kc = client
    failing = kc.execute(FAILING_CELL)
    queued = [kc.execute("6 * 7"), kc.execute("7 * 8")]
    first, *rest = replies(kc, [failing, *queued])
    assert first["status"] == "error"
    assert first["evalue"].find("first error") >= 0, first
    assert [r["status"] for r in rest] == ["aborted", "aborted"]
    for msg_id in queued:
        assert results(kc, msg_id) == []  # aborted cells publish busy and idle, nothing else

    # Sent after the client saw the error: runs.
    later = kc.execute("6 * 7")
    assert replies(kc, [later])[0]["status"] == "ok"
    assert results(kc, later) == ["42"]
    drain_iopub(kc)


def test_an_error_with_stop_on_error_false_lets_the_queued_cells_run(client):
    kc = client
    failing = kc.execute(FAILING_CELL, stop_on_error=False)
    queued = kc.execute("6 * 7")
    first, second = replies(kc, [failing, queued])
    assert first["status"] == "error"
    assert second["status"] == "ok"
    drain_iopub(kc)


def test_a_silent_failing_cell_aborts_nothing(client):
    kc = client
    failing = kc.execute(FAILING_CELL, silent=True)
    queued = kc.execute("6 * 7")
    first, second = replies(kc, [failing, queued])
    assert first["status"] == "error"
    assert second["status"] == "ok"
    drain_iopub(kc)


def test_comm_open_to_an_unknown_target_is_closed_at_once(client):
    kc = client
    drain_iopub(kc)
    comm_id = uuid.uuid4().hex
    request = kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget", "data": {}})
    kc.shell_channel.send(request)
    closed = None
    while closed is None:
        msg = kc.get_iopub_msg(timeout=10)
        if msg["parent_header"].get("msg_id") == request["header"]["msg_id"] and msg["msg_type"] == "comm_close":
            closed = msg
    assert closed["content"]["comm_id"] == comm_id
    # The kernel goes on: a comm_msg to the closed comm is ignored and the next cell runs.
    kc.shell_channel.send(kc.session.msg("comm_msg", {"comm_id": comm_id, "data": {}}))
    later = kc.execute("1 + 1")
    assert replies(kc, [later])[0]["status"] == "ok"
