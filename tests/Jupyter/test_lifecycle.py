"""Interrupt, restart and a killed kernel, driven through jupyter_client as a front end would."""
import os
import pathlib
import signal
import time

import pytest
from jupyter_client.manager import start_new_kernel

from conftest import KERNEL_NAME


def shell_reply(kc, msg_id, timeout=120):
    """The reply to msg_id; start-up leaves extra kernel_info replies (clients ask until iopub answers)."""
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply
        assert reply["header"]["msg_type"] == "kernel_info_reply", reply["header"]["msg_type"]


def execute(kc, code, timeout=120):
    msg_id = kc.execute(code)
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        outputs.append(msg)
    return shell_reply(kc, msg_id, timeout)["content"], outputs


def interrupt_running(km, kc, code):
    """Starts code, interrupts it once it runs, and returns the execute reply and the control channel's reply."""
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(1.0)
    # What km.interrupt_kernel() sends for interrupt_mode "message", sent on the client's control channel so the
    # reply can be read.
    request = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(request)
    interrupt_reply = kc.get_control_msg(timeout=30)
    assert interrupt_reply["parent_header"]["msg_id"] == request["header"]["msg_id"]
    return shell_reply(kc, msg_id, 60)["content"], interrupt_reply["content"]


@pytest.fixture
def kernel():
    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=120)
    # One cell first, so the library preload is done and an interrupt reaches running code.
    content, _ = execute(kc, "1 + 1")
    assert content["status"] == "ok"
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def test_interrupt_stops_a_loop_that_checks_the_cell_token(kernel):
    km, kc = kernel
    reply, interrupt = interrupt_running(km, kc, "while (true) { Cell.CancellationToken.ThrowIfCancellationRequested(); System.Threading.Thread.Sleep(10); }")
    assert interrupt["status"] == "ok"
    assert reply["status"] == "error"
    assert reply["ename"] == "Interrupted"
    # The kernel goes on: the next cell runs.
    content, outputs = execute(kc, "6 * 7")
    assert content["status"] == "ok"
    assert any(o["msg_type"] == "execute_result" and o["content"]["data"]["text/plain"] == "42" for o in outputs)


def test_interrupt_of_a_tight_loop_says_to_restart_and_restart_stops_it(kernel):
    km, kc = kernel
    pid = km.provisioner.process.pid
    reply, interrupt = interrupt_running(km, kc, "while (true) { }")
    assert interrupt["status"] == "error" and interrupt["ename"] == "KernelRestartRequired"
    assert reply["status"] == "error" and "Restart the kernel" in reply["evalue"]

    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=120)
    assert km.provisioner.process.pid != pid
    with pytest.raises(ProcessLookupError):
        for _ in range(50):
            os.kill(pid, 0)  # the old process, and its spinning thread, are gone
            time.sleep(0.2)
    content, _ = execute(kc, "1 + 1")
    assert content["status"] == "ok"


def test_shutdown_with_restart_flag_is_answered_and_the_process_exits(kernel):
    km, kc = kernel
    process = km.provisioner.process
    msg_id = kc.shutdown(restart=True)  # jupyter_client sends it on the control channel
    reply = kc.get_control_msg(timeout=30)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["header"]["msg_type"] == "shutdown_reply"
    assert reply["content"] == {"status": "ok", "restart": True}
    assert process.wait(timeout=30) == 0


def descendants(pid):
    children = {}
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat[stat.rindex(")") + 2:].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, pending = [], [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            found.append(child)
            pending.append(child)
    return found


def user_data_dirs(pids):
    dirs = set()
    for pid in pids:
        try:
            args = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        dirs.update(a.split(b"=", 1)[1].decode() for a in args if a.startswith(b"--user-data-dir="))
    return dirs


def test_a_chart_shows_from_its_figure_at_once_and_its_png_follows_before_the_reply(kernel):
    _, kc = kernel
    content, outputs = execute(kc, "new FigureCatalog(DataSetLoader.Load(\"../data\")).Build(\"gdp-race\").Chart")
    assert content["status"] == "ok"
    kinds = [o["msg_type"] for o in outputs if o["msg_type"] in ("display_data", "execute_result", "update_display_data")]
    assert kinds == ["display_data", "update_display_data"], kinds
    shown, update = [o for o in outputs if o["msg_type"] in ("display_data", "update_display_data")]
    assert "application/vnd.plotly.v1+json" in shown["content"]["data"]
    assert "image/png" not in shown["content"]["data"]
    display_id = shown["content"]["transient"]["display_id"]
    assert update["content"]["transient"]["display_id"] == display_id
    assert update["content"]["data"]["image/png"].startswith("iVBORw0KGgo")
    assert update["content"]["data"]["application/vnd.plotly.v1+json"] == shown["content"]["data"]["application/vnd.plotly.v1+json"]


def test_killed_kernel_leaves_no_browser_behind(kernel):
    km, kc = kernel
    content, outputs = execute(kc, "new FigureCatalog(DataSetLoader.Load(\"../data\")).Build(\"gdp-race\").Chart")
    assert content["status"] == "ok"
    assert any("image/png" in o["content"].get("data", {}) for o in outputs)
    pid = km.provisioner.process.pid
    browsers = [p for p in descendants(pid) if b"chrom" in pathlib.Path(f"/proc/{p}/cmdline").read_bytes()]
    profiles = user_data_dirs(browsers)
    assert browsers and profiles

    os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 30
    alive = browsers
    while time.time() < deadline:
        alive = [p for p in browsers if pathlib.Path(f"/proc/{p}").exists() and b"chrom" in pathlib.Path(f"/proc/{p}/cmdline").read_bytes()]
        if not alive and not any(pathlib.Path(d).exists() for d in profiles):
            break
        time.sleep(0.5)
    assert alive == [], f"browser processes outlived the killed kernel: {alive}"
    assert [d for d in profiles if pathlib.Path(d).exists()] == [], "the browser profile outlived the killed kernel"
