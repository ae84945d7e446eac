"""Strings of the round-2 lessons: saving models, a two-layer net by hand, one SGD step, residuals, eager vs static — English."""

STRINGS = {
    # Limits
    "limits.max_hand_steps": "The number of hand-written training steps",
    "limits.max_hand_learning_rate": "The learning rate of the hand-written loop",
    "limits.max_step_learning_rate": "The learning rate of the SGD step",
    "limits.max_residual_depth": "The depth of the layer stack",
    # Autograd Lab: tutorial 002's two-layer network trained by hand
    "autograd.section.by_hand": "Two-layer net by hand",
    "autograd.intro.by_hand": (
        "The two-layer network of “{tutorial_graphs}”, trained the way the tutorial writes it: random `x`, `y`, `w1`, `w2`, "
        "a forward pass by hand (`mm`, `clamp(min=0)` as ReLU, `mm`), the sum of squared errors, `loss.backward()`, "
        "then an update of each weight under `torch.no_grad()` and its gradient set back to zero — for every step."
    ),
    "autograd.example.two_layer_train": "Two-layer net trained by hand, 500 steps (lr 1e-6)",
    "lessons.hand.seed": "Seed of x, y, w1, w2",
    "lessons.hand.lr": "Learning rate",
    "lessons.hand.steps": "Steps",
    "lessons.hand.step_axis": "step",
    "lessons.hand.loss_axis": "loss (sum of squares, log scale)",
    "lessons.hand.first_loss": "First loss (random weights)",
    "lessons.hand.final_loss": "Final loss (after the last update)",
    "lessons.hand.diverged": (
        "With learning rate {lr} the loss overflows: each step overshoots, the weights grow and the loss "
        "becomes inf or nan. The sum over 64 × 10 squared errors gives gradients in the thousands, so this "
        "loop needs a very small learning rate."
    ),
    "lessons.hand.ratio": "The loss fell {ratio} times in {steps} steps.",
    "lessons.hand.explained": (
        "Each step builds a new graph during the forward pass (from `w1` and `w2`, which require gradients), "
        "`backward()` writes `w1.grad` and `w2.grad`, and the update runs under `torch.no_grad()`: an in-place "
        "(原地) change of a leaf that requires grad would otherwise be refused, and the update must not become part "
        "of the next graph. Without `grad.zero_()` every step would add its gradient to all the earlier ones."
    ),
    "lessons.hand.corrections_title": "What was corrected in the tutorial's code",
    "lessons.hand.fix.indent": (
        "The tutorial's text lost its indentation: the loop body, and the updates inside `with torch.no_grad():`, "
        "must be indented as in the code panel, or Python refuses the code."
    ),
    "lessons.hand.fix.record": (
        "The tutorial never looks at the loss, so nothing shows that training works: here `loss.item()` is "
        "recorded at every step and the final loss is computed after the last update."
    ),
    "lessons.hand.fix.generator": (
        "The data and weights are drawn from a `torch.Generator` of their own, seeded, instead of the global "
        "generator: the same seed always gives the same curve."
    ),
    # Building blocks: one SGD step on SimpleNet
    "blocks.section.one_step": "👣 One SGD step",
    "lessons.step.intro": (
        "The `SimpleNet` of “{tutorial_graphs}” (Linear(10, 50) → ReLU → Linear(50, 1)) with `nn.MSELoss` and "
        "`optim.SGD`: a batch of 5 random inputs and targets, one forward pass, `zero_grad()`, `backward()` and "
        "one `optimizer.step()`. The network, inputs and targets come from the sidebar's seed."
    ),
    "lessons.step.lr": "Learning rate (lr)",
    "lessons.step.loss_before": "Loss before the step",
    "lessons.step.loss_after": "Loss after the step",
    "lessons.step.change": "Change",
    "lessons.step.col_param": "Parameter",
    "lessons.step.col_shape": "Shape",
    "lessons.step.col_change": "‖after − before‖",
    "lessons.step.explained": (
        "Plain SGD moves every parameter by exactly `lr × grad` (here lr = {lr}): the column ‖lr × grad‖ equals "
        "the change the optimizer really made. The gradient points uphill, so a small step downhill lowers the loss "
        "on this batch."
    ),
    "lessons.step.overshoot": (
        "With lr = {lr} the step is too long: it passes the valley's bottom and the loss went up. Try a smaller "
        "learning rate."
    ),
    # Building blocks: residual connections
    "blocks.section.residual": "⤴️ Residual connection",
    "lessons.res.intro": (
        "A stack of Linear(16, 16) layers, each followed by an activation f. Plain: `h = f(W h + b)`. Residual: "
        "`h = h + f(W h + b)`, the input added back around every layer. Both stacks have the same weights and "
        "input (the sidebar's seed); the chart shows the gradient norm ‖∂loss/∂W‖ that reaches each layer's weight, "
        "with loss = mean of the output squared."
    ),
    "lessons.res.depth": "Depth (layers)",
    "lessons.res.activation": "Activation f",
    "lessons.res.plain": "plain: y = f(x)",
    "lessons.res.residual": "residual: y = x + f(x)",
    "lessons.res.layer_axis": "layer (1 = first, nearest the input)",
    "lessons.res.norm_axis": "‖∂loss/∂W‖ (log scale)",
    "lessons.res.first_plain": "First layer, plain",
    "lessons.res.first_residual": "First layer, residual",
    "lessons.res.ratio": "Residual ÷ plain",
    "lessons.res.explained": (
        "In backpropagation the gradient reaching the first layer is a product of one factor per layer. Without "
        "the skip each factor is f′ times W: sigmoid's f′ is at most 0.25 and tanh's is below 1, so with small "
        "weights the product shrinks geometrically with depth — the vanishing gradient. With `y = x + f(x)` each "
        "factor is `1 + f′ W`: the identity path carries the gradient back unchanged, so the first layer still "
        "learns. With ReLU the residual sums grow with depth, and so do their gradients: this is why deep residual "
        "networks also rescale (normalisation layers, small initial weights)."
    ),
    # Building blocks: saving and loading
    "blocks.section.saving": "💾 Saving and loading",
    "lessons.save.intro": (
        "Two ways to save a model, tried on a small `TinyNet` (Linear(4, h) → ReLU → Linear(h, 2)) built here from "
        "the sidebar's seed, as if its class lived in your own file `my_models.py`. Both files are written to memory "
        "with `torch.save`; nothing a visitor uploads is ever loaded."
    ),
    "lessons.save.hidden": "Hidden width h",
    "lessons.save.whole_title": "The whole model",
    "lessons.save.state_title": "The state_dict",
    "lessons.save.size": "File size",
    "lessons.save.globals": (
        "Its pickle names these Python objects, which loading must import and call — the first is your class:"
    ),
    "lessons.save.keys": "It holds only names → tensors (an `OrderedDict`):",
    "lessons.save.col_entry": "Entry in the zip file",
    "lessons.save.col_bytes": "Bytes",
    "lessons.save.col_key": "Key",
    "lessons.save.col_shape": "Shape",
    "lessons.save.col_dtype": "dtype",
    "lessons.save.reloaded": (
        "Reloaded on the same 3 inputs: the whole model (a `{type}` again) gives {whole}; a new `TinyNet` after "
        "`load_state_dict` gives {state}."
    ),
    "lessons.save.same.True": "exactly the same outputs",
    "lessons.save.same.False": "different outputs",
    "lessons.save.why_title": "Why a state_dict is preferred",
    "lessons.save.refused": (
        "A whole-model file is a pickle that names your class, and unpickling can run any code a file names. "
        "Since PyTorch 2.6 `torch.load` defaults to `weights_only=True`, which accepts only tensors and plain "
        "containers, and refuses this file with torch's own message:"
    ),
    "lessons.save.renamed": (
        "Loading it with `weights_only=False` also needs the class importable under the same name and module. "
        "Rename the class in `{module}` (to `{renamed}`, as a later version of the code might) and the old file no "
        "longer loads:"
    ),
    "lessons.save.advice": (
        "Save `model.state_dict()` (with the optimizer's `state_dict()` for a checkpoint), and load with "
        "`model.load_state_dict(torch.load(f, weights_only=True))`: the file is smaller, safe to open, and survives "
        "renaming and refactoring because your code, not the file, builds the model."
    ),
    # Graphs lab: eager vs static summary
    "graphs.tab.compare": "7 · Summary",
    "lessons.compare.intro": (
        "The same idea in four systems: when the graph is built, how `if` and loops work, how you debug, how you "
        "deploy. TensorFlow 1.x is the classic static graph: define it first, then run it in a session."
    ),
    "lessons.compare.style.tf1": "TensorFlow 1.x (graph + Session)",
    "lessons.compare.style.eager": "PyTorch eager (define-by-run)",
    "lessons.compare.style.script": "torch.jit.script",
    "lessons.compare.style.export": "torch.export",
    "lessons.compare.aspect.built": "When the graph is built",
    "lessons.compare.aspect.control_flow": "Control flow (if, loops)",
    "lessons.compare.aspect.debugging": "Debugging",
    "lessons.compare.aspect.deployment": "Deployment",
    "lessons.compare.tf1.built": (
        "Once, before any data: placeholders and ops define the graph; `session.run` with `feed_dict` executes it."
    ),
    "lessons.compare.tf1.control_flow": (
        "Graph ops (`tf.cond`, `tf.while_loop`); a Python `if` runs only once, while the graph is being defined."
    ),
    "lessons.compare.tf1.debugging": (
        "Hard: tensors are symbolic until `session.run`, so `print` shows no values; you fetch them or use tf.Print."
    ),
    "lessons.compare.tf1.deployment": "Easy: the frozen graph is saved and served without Python.",
    "lessons.compare.eager.built": "Anew on every forward pass, while the Python code runs (define-by-run).",
    "lessons.compare.eager.control_flow": (
        "Plain Python: `if`, `for` and `while` decide at run time, and each run records only the path taken."
    ),
    "lessons.compare.eager.debugging": "Easy: every tensor has its values now; `print`, pdb and breakpoints work.",
    "lessons.compare.eager.deployment": "Needs Python and the model's code (or compile it first, next columns).",
    "lessons.compare.script.built": "Once, when `torch.jit.script` compiles the Python source into TorchScript.",
    "lessons.compare.script.control_flow": (
        "Kept: `if` and loops become `prim::If` and `prim::Loop` in the graph, both branches included."
    ),
    "lessons.compare.script.debugging": (
        "Harder: a subset of Python with type annotations; errors come from the compiler. Deprecated in recent torch."
    ),
    "lessons.compare.script.deployment": "Saved with `torch.jit.save`, loaded in C++ (LibTorch) without Python.",
    "lessons.compare.export.built": (
        "Once, ahead of time: `torch.export.export` traces the model on example inputs into an ExportedProgram."
    ),
    "lessons.compare.export.control_flow": (
        "Traced: a data-dependent `if` must be written as `torch.cond`; shapes can be marked dynamic."
    ),
    "lessons.compare.export.debugging": (
        "Errors at export time name the unsupported line; the captured graph is readable Python (ATen ops)."
    ),
    "lessons.compare.export.deployment": (
        "The recommended route today: `torch.export.save`, then AOTInductor, ExecuTorch or other back ends."
    ),
    "lessons.compare.pick": "Show the same computation in",
    "lessons.compare.tf1_label": (
        "TensorFlow 1.x code, shown as text only: it is not run here (dlviz does not install TensorFlow). The output "
        "in its last comment is what TensorFlow 1.x prints."
    ),
    "lessons.compare.note.tf1": (
        "Two phases: first build the graph from placeholders (no numbers yet), then feed real numbers through "
        "`session.run`. The branch is the graph op `tf.cond`, and the backward graph is built ahead with `tf.gradients`."
    ),
    "lessons.compare.note.eager": (
        "One phase: the code runs with real numbers and autograd records the graph as it goes — this is tab 1 "
        "of this lab. Change the threshold and the next run records the other branch."
    ),
    "lessons.compare.note.script": (
        "The `if` is compiled into the graph, so one TorchScript graph serves both branches — tab 2 of this lab shows "
        "it. It needs the function's source file, so run it from a .py file."
    ),
    "lessons.compare.note.export": (
        "`torch.export` captures one whole graph ahead of time; `torch.cond` keeps both branches as subgraphs — tab 4 "
        "of this lab shows an exported graph."
    ),
}
