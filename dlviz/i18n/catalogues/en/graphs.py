"""Strings of the Dynamic vs static graphs lab — English."""

STRINGS = {
    "graphs.intro": (
        "A **dynamic graph** is recorded while Python runs your code: each call records a new graph "
        "that follows the `if` and `while` your data chose. A **static graph** is built once, before it runs, "
        "and must hold every path the code could take. Below, the examples of “{tutorial_graphs}” (its "
        "“Graphs” part) run live — corrected where they break — next to the tools PyTorch recommends today."
    ),
    "graphs.deprecation": (
        "⏳ **TorchScript is deprecated.** `torch.jit.script` and `torch.jit.trace` warn on use in "
        "recent PyTorch (since 2.10) and may be removed. This page catches that warning and shows it. What "
        "replaces them: `torch.compile` to make Python code faster (it keeps Python control flow and splits "
        "the graph where it must), and `torch.export` — with `torch.cond` for data-dependent branches — to "
        "capture one whole graph for deployment."
    ),
    "graphs.deprecation_caught": "Caught on this server (torch {version}) — {category}: {message}",
    "graphs.deprecation_none": "This torch ({version}) raised no deprecation warning when scripting.",
    "graphs.jit_missing": (
        "This torch ({version}) has no `torch.jit`: TorchScript has been removed. This part needs it; "
        "see the torch.fx & torch.export tab for what replaces it."
    ),
    "graphs.caught_warning": "Warning caught while compiling — **{category}**: {message}",
    "graphs.yes": "yes",
    "graphs.no": "no",
    "graphs.tab.eager": "1 · Eager (dynamic)",
    "graphs.tab.script": "2 · torch.jit.script",
    "graphs.tab.trace": "3 · torch.jit.trace",
    "graphs.tab.export": "4 · torch.fx & torch.export",
    "graphs.tab.loops": "5 · Loops",
    "graphs.tab.timing": "6 · Timing",
    "graphs.eager.intro": (
        "The tutorial's `dynamic_model(x, threshold)` returns `x * 2` when `x.sum() > threshold`, else "
        "`x / 2`. Autograd records the graph while the code runs, so the graph holds only the branch Python "
        "took. Move the sliders across the threshold: the node switches between `MulBackward0` and "
        "`DivBackward0`, and the gradient `x.grad` between 2 and 0.5."
    ),
    "graphs.eager.threshold": "threshold",
    "graphs.eager.result": "`x.sum()` = {total} {cmp} threshold = {threshold} → Python runs `{branch}`.",
    "graphs.eager.branch": "Branch taken",
    "graphs.eager.graph_caption": "Autograd graph of y, recorded by this call (operations: {ops}).",
    "graphs.eager.note": (
        "The test `x.sum() > threshold` is not in the graph: it produced a Python `bool`, and autograd "
        "records only operations on tensors that require grad. The next call may record a different graph — "
        "that is what “dynamic” means. (The tutorial prints `tensor([2., 2., 2.])` for x = [1, 2, 3], "
        "threshold = 5: the default sliders reproduce it.)"
    ),
    "graphs.script.intro": (
        "The tutorial calls this a *static graph*: `torch.jit.script` compiles the **source** of `model` "
        "before it runs. Because it compiles the source, not one run, **both** branches of "
        "`w2 = w2a if prev_loss < 5.0 else w2b` live in the one graph, inside a `prim::If` node "
        "(highlighted in orange). Which branch runs is still decided at each call, by the data — so the "
        "graph is static in shape, but not a single fixed path."
    ),
    "graphs.script.corrections": (
        "**Corrected from the tutorial.** (1) `prev_loss` is annotated `float`: TorchScript types unannotated "
        "arguments as Tensors, so the tutorial's call with `prev_loss = 5.0` fails — live: `{error1}`. "
        "(2) Only the branch taken receives a gradient. The tutorial starts with `prev_loss = 5.0`, so the first "
        "iteration uses `w2b` and `w2a.grad` is None; the tutorial's update `w2a -= learning_rate * w2a.grad` "
        "then fails — live: `{error2}`. The corrected loop updates only the weights whose grad is not None."
    ),
    "graphs.script.if_count": "prim::If nodes in the scripted graph",
    "graphs.script.code_title": "**TorchScript code** (`scripted.code`)",
    "graphs.script.graph_title": "**TorchScript graph** (`scripted.graph`)",
    "graphs.script.if_lines": "Lines of the graph with prim::If — {lines}",
    "graphs.script.drawn_title": "**The same graph drawn** — control flow boxed in orange, each block a branch (constants hidden)",
    "graphs.script.train_title": "Training: who gets a gradient?",
    "graphs.script.train_intro": (
        "The tutorial's training loop on small data (N=8, D_in=4, H=16, D_out=2, drawn with the sidebar's "
        "seed), corrected. Each iteration feeds the previous loss in as `prev_loss`: while it is 5 or more, "
        "`w2b` is used and trained; once a loss drops below 5, the next iteration uses `w2a` — untrained, so "
        "the loss jumps back up. The table shows which weights received a gradient each time."
    ),
    "graphs.script.steps": "Iterations",
    "graphs.script.lr": "Learning rate",
    "graphs.script.used_w2a": "used w2a (prev_loss < 5)",
    "graphs.script.used_w2b": "used w2b (prev_loss ≥ 5)",
    "graphs.script.col_step": "iteration",
    "graphs.script.col_loss": "loss",
    "graphs.script.col_branch": "branch",
    "graphs.script.no_grad": "None",
    "graphs.script.summary": (
        "**{a}** iterations used `w2a` and **{b}** used `w2b`. A weight receives a gradient only in the "
        "iterations whose branch uses it; the other branch's `.grad` stays None."
    ),
    "graphs.script.diverged": "The loss is no longer a finite number: this learning rate is too large. Choose a smaller one.",
    "graphs.trace.intro": (
        "`torch.jit.trace` runs the function once on example inputs and records the tensor operations "
        "that happened. The `if` runs in Python while tracing, so only the branch taken then is recorded — "
        "the other branch is gone, and there is no `prim::If`. PyTorch warns about it with a TracerWarning "
        "(caught below). Trace with one `prev_loss`, call with another on the other side of 5, and compare "
        "with eager."
    ),
    "graphs.trace.working": "Tracing with torch.jit.trace — once per branch and server…",
    "graphs.trace.at_trace": "prev_loss while tracing",
    "graphs.trace.at_call": "prev_loss when calling",
    "graphs.trace.recorded": "Traced with prev_loss = {value}: the recorded graph always uses `{branch}`.",
    "graphs.trace.eager_loss": "Eager loss (uses {branch})",
    "graphs.trace.traced_loss": "Traced loss (uses {branch})",
    "graphs.trace.if_count": "prim::If nodes in the traced graph",
    "graphs.trace.agree": "Same answer: this input takes the branch that was traced ({branch}).",
    "graphs.trace.wrong": "Wrong answer, silently: this input selects `{eager}`, but the trace replays `{traced}`.",
    "graphs.trace.code_title": "**Traced code** (`traced.code`)",
    "graphs.trace.graph_title": "**Traced graph** (`traced.graph`)",
    "graphs.trace.drawn_title": "**The traced graph drawn** — one straight path, no control flow",
    "graphs.export.intro": (
        "The tools PyTorch recommends now capture graphs without TorchScript. `torch.fx.symbolic_trace` "
        "and `torch.export` both refuse a plain `if` on tensor data — their real errors are shown below. "
        "`torch.export` accepts the branch when it is written with `torch.cond`, which keeps both branches as "
        "subgraphs (`true_graph_0`, `false_graph_0`) of one exported program. The tutorial's threshold, 5, is used."
    ),
    "graphs.export.working": "Capturing with torch.fx and torch.export — a few seconds, once per server…",
    "graphs.export.fx_title": "**torch.fx.symbolic_trace(dynamic_model)** — the plain `if`",
    "graphs.export.plain_title": "**torch.export.export** — the plain `if`",
    "graphs.export.cond_title": "**torch.export.export** — the same branch written with `torch.cond`",
    "graphs.export.has_cond": "torch.cond in the exported graph",
    "graphs.export.col_eager": "eager dynamic_model(x, 5)",
    "graphs.export.col_exported": "exported program(x)",
    "graphs.export.program_title": "The whole exported program (print(program))",
    "graphs.export.full_error": "The full error message",
    "graphs.export.no_failure": "This torch captured the plain `if` without an error: its behaviour has changed since this page was written.",
    "graphs.loop.intro": (
        "A loop whose number of iterations depends on the data: `while x.norm() < k: x = x * 2`. "
        "Eager autograd unrolls it: every iteration adds one `MulBackward0` node, so the graph's size follows "
        "the data. TorchScript compiles the loop itself into one `prim::Loop` node that repeats at run time, "
        "however many iterations the data needs."
    ),
    "graphs.loop.scale": "x = scale · (1, 2, 2)",
    "graphs.loop.k": "k (stop when the norm reaches k)",
    "graphs.loop.steps": "Iterations run",
    "graphs.loop.nodes": "Autograd graph nodes",
    "graphs.loop.loop_count": "prim::Loop nodes (script)",
    "graphs.loop.result": (
        "‖x‖ = {norm} and k = {k}: the loop body ran **{steps}** times, so autograd recorded {steps} "
        "multiplications and x.grad = 2^{steps} = {grad}."
    ),
    "graphs.loop.eager_title": "**Eager: the unrolled autograd graph**",
    "graphs.loop.script_title": "**torch.jit.script: one prim::Loop**",
    "graphs.err.zero_norm": "x is all zeros: doubling it never reaches k, so the loop would never end. Choose a non-zero scale.",
    "graphs.timing.intro": (
        "Does compiling pay off? These numbers were measured by `benchmarks/graphs.py` — warm-up calls "
        "excluded, median of repeated calls, device synchronized — not during your visit: compiling on every "
        "rerun would be far too slow. Two workloads: a chain of pointwise operations (GELU written by hand, "
        "which a fusing compiler merges into one kernel) and the two-layer model of “{tutorial_graphs}” (two matrix multiplies "
        "that already run in optimized kernels)."
    ),
    "graphs.timing.no_runs": "No timing table was found. Run `python -m benchmarks.graphs` to measure one.",
    "graphs.timing.machine": "Measured on",
    "graphs.timing.workload": "Workload",
    "graphs.workload.pointwise": "pointwise chain (GELU)",
    "graphs.workload.seed_model": "the tutorial's two-layer model",
    "graphs.timing.size": "Size (elements for the pointwise chain, batch rows for the model)",
    "graphs.timing.machine_caption": "Measured on {label}, {date}; torch threads: {threads}; median of {repeats} timed calls. {cache}",
    "graphs.timing.cold": "First calls were compiled cold (torch.compile's on-disk caches disabled).",
    "graphs.timing.warm": "First calls could reuse torch.compile's on-disk caches.",
    "graphs.timing.not_measured": "not measured",
    "graphs.timing.vs_eager": "×{ratio} vs eager",
    "graphs.timing.compile_failed": (
        "torch.compile failed on the measuring machine: {error}. On CPU it needs a working C++ compiler "
        "at run time, which hosted servers often lack; eager and script still work."
    ),
    "graphs.timing.payoff": (
        "Here compiling pays off: the first call took {first} s (compiling included), and the time saved "
        "on each later call repays it after about {calls} calls."
    ),
    "graphs.timing.no_payoff": (
        "Here compiling does not pay off: torch.compile is not faster than eager at this size, and its "
        "first call took {first} s."
    ),
    "graphs.timing.server_compiler": (
        "This server has a C++ compiler ({path}), so torch.compile can build CPU kernels here; the page still "
        "never compiles during a visit."
    ),
    "graphs.timing.server_no_compiler": (
        "This server has no C++ compiler: torch.compile would fail here on CPU (eager and TorchScript still "
        "work). The numbers above come from the machine named above."
    ),
    "graphs.timing.axis_size": "size",
    "graphs.timing.axis_time": "median time per call (ms)",
    "graphs.timing.honesty": (
        "Read ratios, not absolute times: the machine may have been shared while measuring. Tiny sizes "
        "are dominated by per-call overhead, where no compiler helps; TorchScript's profiling executor fuses "
        "little on CPU. A GPU run can be added by running the benchmark there with --device cuda:0."
    ),
    "limits.max_graphs_train_steps": "The number of training iterations",
    "limits.max_graphs_input_abs": "The size of an input value",
}
