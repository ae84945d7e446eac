"""The Playground's live part: a fragment that moves the visitor's run on and feeds the canvas in place.

Training happens in worker processes (dlviz.playground.runner); this fragment only ticks the run and
sends the canvas what is new. While something runs the fragment reruns itself every FAST_TICK seconds
(SLOW_TICK while waiting in the server's line), and stops when the run goes idle. The canvas's buttons
send their clicks as triggers, so Pause, Step and Reset rerun this fragment only, not the page.
"""

from __future__ import annotations

import time

import streamlit as st
import torch

from dlviz.errors import UserFacingError
from dlviz.i18n import t
from dlviz.jobs.admission import server_queue
from dlviz.playground.code_export import playground_code
from dlviz.playground.figures import grad_norm_figure
from dlviz.playground.live_data import base_data, frame_data, static_data
from dlviz.playground.runner import IDLE, PLAYING, STEPPING, Notice, PlaygroundRunner
from dlviz.playground.settings import PlaygroundSettings
from dlviz.ui.code_panel import code_panel
from dlviz.ui.errors import error_text, user_errors
from dlviz.ui.i18n import current_lang, tr
from dlviz.ui.playground.canvas import mount_canvas
from dlviz.ui.playground.view import SHOW_TEST, STEP_SIZE, canvas_texts, enlarged_neuron

RUNNER = "playground_runner"
RUNNER_COUNT = "playground_runner_count"
ACTION = "playground_action"  # the canvas's last click: {"kind": "play" | "pause" | "step" | "reset", "n", "epoch"}
ACK = "playground_ack"  # the number of the last click handled, echoed to the canvas
NEED = "playground_need"
PACE = "playground_pace"
FULL_RUN = "playground_full_run"
STATIC = "playground_static"  # the canvas's static part, built in the last full run
SENT = "playground_sent"  # static id, run version and newest frame clocks of the last two updates sent
FAST_TICK = 0.12  # seconds between updates while training: ~8 a second, each with ~4 snapshots
SLOW_TICK = 0.5  # seconds between looks at the line while waiting
INLINE_STEP_SECONDS = 60.0  # the most a fragment run waits for a Step it started (the runner ends it sooner)
CHART_CONFIG = {"displayModeBar": False}


def session_runner(settings: PlaygroundSettings, device: torch.device) -> PlaygroundRunner:
    """Return the session's run; any change of settings or device starts a fresh one (playing on if it was)."""
    runner: PlaygroundRunner | None = st.session_state.get(RUNNER)
    if runner is not None and runner.settings == settings and runner.device == str(device):
        return runner
    playing = runner is not None and runner.mode == PLAYING
    ticket = None
    if runner is not None:
        ticket = runner.hand_over() if playing else None
        runner.close()
        del st.session_state[RUNNER]
    try:
        runner = PlaygroundRunner(settings, device)
    except BaseException:
        if ticket is not None:
            server_queue().leave(ticket)
        raise
    st.session_state[RUNNER] = runner
    st.session_state[RUNNER_COUNT] = st.session_state.get(RUNNER_COUNT, 0) + 1
    if playing:
        runner.play(ticket)  # the new network plays on in the old one's place in line
    return runner


def _on_action(key: str) -> None:
    """Keep the canvas's click for the fragment run it starts."""
    st.session_state[ACTION] = st.session_state[key].action


def _on_need() -> None:
    """The canvas lacks its static part or base (a fresh view): send them in this run."""
    st.session_state[NEED] = True


def _epoch(value) -> int | None:
    """Return a click's epoch as an int, or None when it is missing or not a number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _apply_action(runner: PlaygroundRunner) -> None:
    """Carry out the canvas's last click on the run, and note it as answered."""
    action = st.session_state.pop(ACTION, None)
    if not isinstance(action, dict):
        return
    kind = action.get("kind")
    if kind == "play":
        runner.play()
    elif kind == "pause":
        runner.pause(_epoch(action.get("epoch")))
    elif kind == "step":
        runner.step(st.session_state.get(STEP_SIZE, 1), _epoch(action.get("epoch")))
    elif kind == "reset":
        runner.reset()
    number = _epoch(action.get("n"))
    if number is not None:
        st.session_state[ACK] = max(number, st.session_state.get(ACK, 0))


def advance(runner: PlaygroundRunner) -> None:
    """Apply a click, then move the run on; a Step that got its slot is waited for here (it is short)."""
    _apply_action(runner)
    runner.tick()
    deadline = time.monotonic() + INLINE_STEP_SECONDS
    while runner.mode == STEPPING and runner.job is not None and time.monotonic() < deadline:
        time.sleep(0.01)
        runner.tick()


def pace(runner: PlaygroundRunner) -> float | None:
    """Return how often the fragment should rerun itself: fast while training, slowly while waiting, never when idle."""
    if runner.mode == IDLE:
        return None
    return FAST_TICK if runner.job is not None else SLOW_TICK


def _canvas_data(runner: PlaygroundRunner, full: bool) -> dict:
    """Return the canvas's data: snapshots of a moment ago to now, and its static part and base when it needs them.

    The static part (shape, points, texts) can only change in a full run (every setting is outside
    the fragment), so fragment runs reuse the one built then.
    """
    static = st.session_state.get(STATIC)
    if full or static is None:
        settings = runner.settings
        static = static_data(
            settings,
            runner.data,
            st.session_state.get(SHOW_TEST, True),
            enlarged_neuron(),
            canvas_texts(settings, runner.data.num_classes),
        )
        st.session_state[STATIC] = static
    sent_static, sent_version, sent_clocks = st.session_state.get(SENT, (None, None, (-1.0, -1.0)))
    send_static = full or st.session_state.pop(NEED, False) or sent_static != static["id"]
    if sent_version != runner.version:
        sent_clocks = (-1.0, -1.0)
    since = sent_clocks[0]  # the frames of the last two updates again: the browser may have missed one
    frames = [frame for frame in runner.frames if frame.losses is not None and frame.clock > since]
    data = {
        "static_id": static["id"],
        "version": runner.version,
        "ack": st.session_state.get(ACK, 0),
        "playing": runner.mode == PLAYING,
        "frames": [frame_data(frame) for frame in frames],
    }
    if send_static:
        data["static"] = static
    if send_static or sent_version != runner.version:
        data["base"] = base_data(runner.state, runner.history)
    newest = runner.frames[-1].clock
    st.session_state[SENT] = (
        static["id"],
        runner.version,
        (sent_clocks[1], newest) if frames else sent_clocks,
    )
    return data


def _status(runner: PlaygroundRunner) -> None:
    """Say why the run waits or stopped: its place in the server's line, a budget, the epoch cap, an error."""
    if runner.waiting:
        place, running, seconds = runner.place()
        st.info(tr("playground.waiting", place=place, running=running, seconds=f"{seconds:.0f}"), icon="⏳")
    if runner.notice is not None:
        _notice(runner.notice)


def _notice(notice: Notice) -> None:
    """Draw a notice: a warning for a job that failed, information for a run a budget ended."""
    text = error_text(UserFacingError(notice.key, **notice.params))
    if notice.key.startswith("jobs.err."):
        st.warning(text, icon="⚠️")
    else:
        st.info(text, icon="⏹️")


def _details(runner: PlaygroundRunner) -> None:
    """Draw the gradient norms and the code of the run so far (while playing, a note instead)."""
    if runner.mode != IDLE:
        st.caption(tr("playground.details_when_paused"))
        return
    with st.expander(tr("playground.grad_title"), icon="📉"):
        st.caption(tr("playground.grad_caption"))
        if not runner.grad_norm_epochs:
            st.info(tr("playground.grad_empty"))
        else:
            labels = {
                "layer": t("playground.grad_layer", current_lang(), n="{n}"),
                "epoch": tr("playground.epoch_axis"),
                "norm": tr("playground.grad_norm_axis"),
            }
            figure = grad_norm_figure(runner.grad_norm_epochs, runner.layer_grad_norms, labels)
            st.plotly_chart(figure, key="playground_grad_chart", config=CHART_CONFIG)
    st.caption(tr("playground.code_note"))
    code_panel(playground_code(runner.settings, runner.epoch))


def live_panel() -> None:
    """The fragment: move the run on, say where it stands, send the canvas what is new, and the details."""
    runner: PlaygroundRunner = st.session_state[RUNNER]
    full = st.session_state.get(FULL_RUN, False)
    with user_errors():
        if not full:
            advance(runner)
    _status(runner)
    key = f"playground_canvas_{st.session_state.get(RUNNER_COUNT, 0)}"
    data = _canvas_data(runner, full)
    mount_canvas(
        key,
        data,
        "static" in data,
        on_action=lambda: _on_action(key),
        on_need=_on_need,
    )
    _details(runner)
    if not full and pace(runner) != st.session_state.get(PACE):
        st.rerun()  # the whole page, once, so the fragment reruns itself at the new pace (or stops)


def run_live_panel(runner: PlaygroundRunner) -> None:
    """Move the run on, then draw the live fragment, rerunning itself at the pace the run needs."""
    with user_errors():
        advance(runner)
    interval = pace(runner)
    st.session_state[PACE] = interval
    st.session_state[FULL_RUN] = True
    try:
        st.fragment(live_panel, run_every=interval)()
    finally:
        st.session_state[FULL_RUN] = False
