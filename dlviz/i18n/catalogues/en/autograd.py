"""Autograd Lab texts — English."""

STRINGS = {
    "limits.max_expression_nodes": "The size of the expression (syntax nodes)",
    "limits.max_backward_repeats": "The number of backward calls",
    "limits.max_finite_diff_entries": "The number of finite-difference entries",
    "limits.max_descent_steps": "The number of gradient-descent steps",
    "autograd.section": "Section",
    "autograd.section.expression": "Expression & gradients",
    "autograd.section.graph": "Graphs",
    "autograd.section.steps": "Step through backward",
    "autograd.section.check": "Gradient check",
    "autograd.section.accumulate": "Accumulation",
    "autograd.section.tracking": "Tracking off",
    "autograd.section.custom": "Custom Function",
    "autograd.section.descent": "Gradient descent",
    "autograd.section.seeds": "Tutorial examples",
    "autograd.intro.expression": (
        "Type a computation over named tensors (or pick a preset). The lab runs it, calls `backward()`, and "
        "explains every gradient as the sum of the terms autograd sent to that leaf."
    ),
    "autograd.intro.graph": (
        "Two views of the same graph: the lab's own, drawn from `grad_fn.next_functions` with values and "
        "gradients in every node, and torchviz's `make_dot`."
    ),
    "autograd.intro.steps": (
        "Move the slider to walk the backward pass in the order autograd's engine runs it: the gradient that "
        "arrives, the local derivative, and their chain-rule product sent on to the inputs."
    ),
    "autograd.intro.check": (
        "Autograd's gradient beside a central finite difference (f(x+h) − f(x−h)) / 2h for every leaf, in "
        "float64, and `torch.autograd.gradcheck`."
    ),
    "autograd.intro.accumulate": (
        "Each `backward()` adds into `.grad`. Call it several times, zero it in different ways, and see what "
        "happens when you call backward twice on one graph."
    ),
    "autograd.intro.tracking": (
        "Ways to stop autograd from recording: `torch.no_grad()`, `.detach()`, `requires_grad_(False)` — and "
        "why parameter updates use `no_grad` rather than `.data`."
    ),
    "autograd.intro.custom": (
        "The tutorial's Sigmoid written as a `torch.autograd.Function` that saves its result with "
        "`ctx.save_for_backward`, checked against `torch.sigmoid`."
    ),
    "autograd.intro.descent": (
        "Gradient descent written by hand (`w -= lr * w.grad` under `no_grad`) next to `torch.optim.SGD`, then "
        "the tutorial's exercise that trains only w2."
    ),
    "autograd.intro.seeds": (
        "Every autograd example of the tutorials, run by the lab, next to the result it states or implies, and "
        "what had to be corrected in their code."
    ),
    "autograd.preset.linear": "{tutorial_kitchen}: y = x·2 + 1",
    "autograd.preset.sin_exp": "{tutorial_kitchen}: sin·exp + x³ at (1, 2)",
    "autograd.preset.square_cube": "{tutorial_graphs}: x[0]² + x[1]³",
    "autograd.preset.two_layer": "{tutorial_graphs}: two-layer net (64×1000 → 100 → 10)",
    "autograd.preset.power": "{tutorial_byhand}: x1 ** w1",
    "autograd.preset.chain": "{tutorial_byhand}: w1 → w2 → relu → w3, target 1",
    "autograd.preset.playground": "Free play: a small broadcasting net",
    "autograd.local.add": "Local derivative of a + b: 1 for a and 1 for b (the gradient is copied to both).",
    "autograd.local.sub": "Local derivative of a − b: 1 for a, −1 for b.",
    "autograd.local.rsub": "Local derivative of c − a: −1 for a.",
    "autograd.local.mul": "Local derivative of a · b: b for a, a for b.",
    "autograd.local.mul_const": "Multiplying (or dividing) by a constant c: the local derivative is c (or 1/c).",
    "autograd.local.div": "Local derivative of a / b: 1/b for a, −a/b² for b.",
    "autograd.local.pow": "Local derivative of xⁿ: n·xⁿ⁻¹.",
    "autograd.local.pow_tensor": "Local derivative of aᵇ: b·aᵇ⁻¹ for a, aᵇ·ln a for b.",
    "autograd.local.sin": "Local derivative of sin x: cos x.",
    "autograd.local.cos": "Local derivative of cos x: −sin x.",
    "autograd.local.exp": "Local derivative of eˣ: eˣ itself (autograd saved the result).",
    "autograd.local.log": "Local derivative of ln x: 1/x.",
    "autograd.local.sqrt": "Local derivative of √x: 1/(2√x).",
    "autograd.local.tanh": "Local derivative of tanh x: 1 − tanh² x.",
    "autograd.local.sigmoid": "Local derivative of σ(x): σ(x)·(1 − σ(x)).",
    "autograd.local.relu": "Local derivative of relu / clamp(min=0): 1 where x > 0, else 0.",
    "autograd.local.clamp": "Local derivative of clamp: 1 inside [min, max], 0 where it was clipped.",
    "autograd.local.neg": "Local derivative of −x: −1.",
    "autograd.local.abs": "Local derivative of |x|: sign(x).",
    "autograd.local.sum": "Sum: every input element gets the incoming gradient (local derivative 1, broadcast back).",
    "autograd.local.mean": "Mean of n elements: every element gets the incoming gradient times 1/n.",
    "autograd.local.mm": "Matrix product A @ B: grad_A = grad @ Bᵀ, grad_B = Aᵀ @ grad (a Jacobian-vector product, not an elementwise factor).",
    "autograd.local.select": "Indexing x[i]: the gradient goes to the selected elements, 0 everywhere else.",
    "autograd.local.transpose": "Transpose: the gradient is transposed back.",
    "autograd.local.reshape": "Reshape / view: the gradient is reshaped back; values unchanged.",
    "autograd.local.accumulate": "AccumulateGrad: a leaf. The incoming gradient is added into its .grad.",
    "autograd.local.custom": "A custom Function: its own backward() computes the gradient from what forward saved.",
    "autograd.local.other": "This backward function multiplies the incoming gradient by its Jacobian (see the PyTorch docs for its formula).",
    "autograd.example.linear": "y = x·2 + 1, x = 2",
    "autograd.example.sin_exp": "sin·exp + x³ at (1, 2), summed",
    "autograd.example.accumulate": "Loop of 3 backward calls with grad.zero_()",
    "autograd.example.no_grad": "x·2 under torch.no_grad()",
    "autograd.example.square_cube": "x[0]**2 + x[1]**3 gives tensor([4., 27.])",
    "autograd.example.two_layer": "Two-layer net N=64, D_in=1000, H=100, D_out=10",
    "autograd.example.sigmoid": "Custom SigmoidFunction vs torch.sigmoid (x.grad)",
    "autograd.example.power": "x1 ** w1: dx2/dw1 = 8·ln 2",
    "autograd.example.chain": "w1 → w2 → relu → w3 chain: w1, w2, w3 grads",
    "autograd.example.data_update": "One step via .data equals one step under no_grad",
    "autograd.example.optimizer": "SGD optimizer equals the hand-written loop (5 steps)",
    "autograd.example.w2_only": "Exercise: train only w2 (w1 stays 1.0), 20 epochs",
    "autograd.fix.parentheses": (
        "“{tutorial_byhand}” writes `torch.tensor([4.0]),requires_grad = True)` — the parentheses do not balance. The lab "
        "uses `torch.tensor([4.0], requires_grad=True)`."
    ),
    "autograd.fix.functional_relu": "`torch.functional.relu` does not exist; the lab calls `torch.relu` (the same as `torch.nn.functional.relu`).",
    "autograd.fix.bare_w1": (
        "MyModel's `forward` uses bare `w1`, `w2`, `w3` instead of `self.w1`, ...: the snippet defines no global "
        "`w1`, so this raises `NameError: name 'w1' is not defined`. The corrected model uses `self.`."
    ),
    "autograd.fix.forward_call": "`my_model.forward(x1)` skips the module's hooks; call the module: `my_model(x1)`.",
    "autograd.fix.colons": "`class MyModel(torch.nn.Module)`, `def forward(self,x)` and `def model_predict()` miss their colons.",
    "autograd.fix.unregistered": (
        "Tensors created with `requires_grad=True` and stored on a Module are not parameters: "
        "`my_model.parameters()` is empty and SGD raises the error shown in the gradient-descent section. Use "
        "`nn.Parameter`."
    ),
    "autograd.fix.undefined_x1": "The `nn.Parameter` version defines `input_` but calls `my_model.forward(x1)`; the lab passes `input_`.",
    "autograd.fix.imports": (
        "The exercise uses `nn`, `optim` and `plt` without importing them; the lab's code imports what it uses "
        "and plots with plotly."
    ),
    "autograd.fix.dynamic_lr": (
        "The 'dynamic learning rate' `lr = p.grad**2` makes the step grad³ — about 10¹² here; the tutorial itself "
        "calls it wrong. The lab shows what it does and keeps a fixed learning rate."
    ),
    "autograd.fix.sigmoid_backward": (
        "The text of “{tutorial_graphs}” says `y.backward()` for the custom Sigmoid, but y has 3 elements: backward needs a "
        "gradient argument, as its code does with `torch.ones_like(x)`."
    ),
    "autograd.preset": "Preset",
    "autograd.expression": "Expression",
    "autograd.expression_help": (
        "Operators + - * / ** @, indexing x[0] or x[:, 1], functions such as sin, exp, relu, sigmoid, sum, "
        "mean, clamp(min=0), mm (also as torch.sin, F.relu or methods x.sin()). Nothing else is run."
    ),
    "autograd.from_seed": "From “{tutorial}”.",
    "autograd.preset_fixes": "Corrected from the tutorial's code:",
    "autograd.value": "Value of {name}",
    "autograd.value_help": (
        "A number, a nested list like [[1.0, 2.0], [3.0, 4.0]], or randn(64, 1000), rand(3), zeros(2, 2), "
        "ones(3), arange(4). Random values follow the sidebar's seed."
    ),
    "autograd.dtype": "dtype",
    "autograd.output": "**Output** `out` = `{value}` (shape {shape})",
    "autograd.ones_like": (
        "The output has more than one element, so backward needs a gradient argument: the lab calls "
        "`out.backward(torch.ones_like(out))`, which gives the gradient of `out.sum()`."
    ),
    "autograd.no_leaves": "No variable has requires_grad ticked, so autograd records nothing and there is no gradient.",
    "autograd.grad_line": "**`{name}.grad`** = `{grad}` — same as `torch.autograd.grad`: {check}",
    "autograd.term": "- from `{op}`: incoming `{incoming}` × local `{local}` = `{sent}`",
    "autograd.local_jacobian": "Jacobian (not elementwise)",
    "autograd.terms_summed": "This leaf is used {count} times: autograd adds the {count} terms.",
    "autograd.own_graph": "Drawn from grad_fn",
    "autograd.torchviz_graph": "torchviz make_dot",
    "autograd.legend": (
        "Blue: leaf tensors (is_leaf=True, grad_fn=None). Yellow: backward functions (grad_fn) with the "
        "value of the sub-expression they came from and, after backward, the gradient that flowed into them. "
        "Green: the output."
    ),
    "autograd.torchviz_note": (
        "torchviz draws a fresh forward pass, so saved tensors are still alive. Parameters are named by "
        "the variable names."
    ),
    "autograd.not_in_graph": "Not in the graph: {names} — they do not require grad, so autograd records no node for them.",
    "autograd.no_steps": "Nothing to step through: the output does not require grad.",
    "autograd.step": "Backward step",
    "autograd.step_title": "**Step {index} of {count}: `{op}`**",
    "autograd.step_incoming": "Gradient arriving: `{grad}`",
    "autograd.step_product": "→ to **{target}**: `{incoming}` × `{local}` = `{sent}`",
    "autograd.no_target": "an input that needs no grad",
    "autograd.col_op": "Backward function",
    "autograd.col_incoming": "Gradient arriving",
    "autograd.col_leaf": "Leaf entry",
    "autograd.col_fd": "finite difference",
    "autograd.col_diff": "|difference|",
    "autograd.sampled": "{name} has {total} entries; {count} of them, picked at random with the sidebar's seed, are checked.",
    "autograd.max_diff": "Largest difference",
    "autograd.max_rel_diff": "Largest relative difference",
    "autograd.gradcheck_pass": "torch.autograd.gradcheck on float64 inputs: passed.",
    "autograd.gradcheck_fail": "torch.autograd.gradcheck on float64 inputs did not pass: {detail}",
    "autograd.fd_explained": (
        "Finite differences use h = 1e-6 on float64 copies. Near a kink (relu or abs at 0) the two "
        "disagree, and that is expected: the function has no derivative there."
    ),
    "autograd.repeats": "backward() calls",
    "autograd.zero_mode": "After each call",
    "autograd.zero.none": "do nothing",
    "autograd.zero.grad_zero": "x.grad.zero_()",
    "autograd.zero.optimizer_zero_grad": "optimizer.zero_grad()",
    "autograd.backward_call": "backward() call",
    "autograd.grad_sum": ".grad (sum of elements)",
    "autograd.after_calls": "`{name}.grad` after call {count}: `{grad}`; after zeroing: `{after}`",
    "autograd.zero_explained.none": "Gradients accumulate: each backward adds the same gradient again, so `.grad` grows linearly.",
    "autograd.zero_explained.grad_zero": "`grad.zero_()` fills `.grad` with zeros in place, so each call starts from 0.",
    "autograd.zero_explained.optimizer_zero_grad": (
        "`optimizer.zero_grad()` sets `.grad` to None by default (set_to_none=True): it is freed, and the "
        "next backward creates it anew."
    ),
    "autograd.twice_title": "Backward twice on one graph",
    "autograd.twice_error": (
        "This is PyTorch's real error. The first backward freed the tensors the graph had saved for it; "
        "the second cannot run without them. Pass `retain_graph=True` to the first call to keep them."
    ),
    "autograd.twice_ok": "`{name}.grad` after the first backward: `{first}`; after the second: `{second}`",
    "autograd.twice_retained": "With `retain_graph=True` the saved tensors survive, the second backward runs, and the gradients add up.",
    "autograd.twice_no_saved": "This graph saved no tensors for backward, so autograd could run it again even without retain_graph.",
    "autograd.tracking_mode": "Evaluate the expression",
    "autograd.tracking.tracked": "normally",
    "autograd.tracking.no_grad": "under torch.no_grad()",
    "autograd.tracking.detach": "on x.detach()",
    "autograd.tracking.requires_grad_false": "after x.requires_grad_(False)",
    "autograd.graph_nodes": "Graph nodes",
    "autograd.tracking_explained.tracked": "Autograd records every operation on tensors that require grad: the output has a grad_fn.",
    "autograd.tracking_explained.no_grad": (
        "Inside `torch.no_grad()` nothing is recorded: the output is a plain tensor with no grad_fn "
        "(inference, parameter updates)."
    ),
    "autograd.tracking_explained.detach": "`.detach()` returns a tensor that shares memory with the original but is cut from the graph.",
    "autograd.tracking_explained.requires_grad_false": "`requires_grad_(False)` switches tracking off for that tensor itself (only allowed on leaves).",
    "autograd.detach_shares": "The detached tensors share memory with the originals: {shares}",
    "autograd.update_title": "Updating parameters: .data vs no_grad",
    "autograd.col_param": "Parameter",
    "autograd.col_before": "before",
    "autograd.update_same": "One step of the chain of “{tutorial_byhand}” (lr = 0.01) gives the same numbers both ways: {same}.",
    "autograd.update_error": (
        "Without either, PyTorch refuses the in-place update of a leaf that requires grad — its real error "
        "is above."
    ),
    "autograd.data_danger_title": "Why no_grad is preferred over .data",
    "autograd.data_danger": (
        "`.data` hides changes from autograd. After `out = a.sigmoid(); out.data.zero_()`, backward "
        "silently gives `{wrong}` instead of `{right}`. The same change through `out.detach().zero_()` is "
        "caught by autograd's version counter:"
    ),
    "autograd.sigmoid_inputs": "Inputs x (a list of up to 16 numbers)",
    "autograd.custom_explained": (
        "The graph node `SigmoidFunctionBackward` is the custom Function's backward; `ctx.saved_tensors` "
        "holds the forward result saved with `save_for_backward`, which backward reuses: grad · s · (1 − s)."
    ),
    "autograd.lr": "Learning rate",
    "autograd.steps": "Steps",
    "autograd.by_hand": "by hand (no_grad)",
    "autograd.step_axis": "step",
    "autograd.rounding": (
        "The two agree to float32 rounding: SGD computes w + (−lr)·grad in one fused step, the hand-written "
        "loop rounds lr·grad first, so the last bit can differ."
    ),
    "autograd.diverged": (
        "With learning rate {lr} the chain diverges (the tutorial's 0.01 does: its first gradients are in "
        "the thousands). Try 1e-4."
    ),
    "autograd.dynamic_lr": (
        "The 'dynamic learning rate' lr = p.grad**2 of “{tutorial_byhand}” would move w1, w2, w3 from 3, 4, 5 to {values} "
        "in one step."
    ),
    "autograd.w2_title": "Exercise: train only w2",
    "autograd.epochs": "Epochs",
    "autograd.epochs_thinned": "{shown} of the {epochs} epochs are drawn, evenly spaced, the last one included.",
    "autograd.neuron_input": "input",
    "autograd.neuron_hidden": "hidden",
    "autograd.neuron_output": "output",
    "autograd.epoch_label": "epoch {epoch}",
    "autograd.neuron": "neuron",
    "autograd.activation": "activation",
    "autograd.w1_frozen": "w1 (frozen)",
    "autograd.w2_explained": (
        "Only w2 is an `nn.Parameter` and only w2 is given to the optimizer (parameters: {names}), so the "
        "hidden activation stays 1.0 while the output climbs towards the target 2."
    ),
    "autograd.unregistered": (
        "That is the real error of the MyModel of “{tutorial_byhand}”, whose `requires_grad=True` tensors are not "
        "registered parameters."
    ),
    "autograd.col_seed": "Tutorial",
    "autograd.col_example": "Example",
    "autograd.col_expected": "Expected",
    "autograd.col_got": "Lab result",
    "autograd.col_section": "See section",
    "autograd.corrections_title": "What was corrected in the tutorials' code",
    "autograd.err.empty": "Type an expression, for example x[0]**2 + x[1]**3.",
    "autograd.err.syntax": "The expression is not valid Python syntax ({detail}, near column {column}).",
    "autograd.err.constant": "Only numbers may be written as constants, not {text}.",
    "autograd.err.module_name": "{name} can only be used to call a function, like torch.sin(x).",
    "autograd.err.attribute": "The attribute .{name} is not allowed here (only .T and .mT).",
    "autograd.err.not_allowed": "This kind of Python ({what}) is not part of the expression language.",
    "autograd.err.private": "Names starting with an underscore ({name}) are not allowed.",
    "autograd.err.torch_functional_relu": "torch.functional.relu does not exist (a bug in “{tutorial_byhand}”). Use torch.relu or F.relu.",
    "autograd.err.function": (
        "The function {name} is not available. Allowed: sin, cos, exp, log, sqrt, tanh, sigmoid, relu, abs, "
        "sum, mean, max, min, pow, mm, matmul, clamp, softmax, ... (see the help of the expression box)."
    ),
    "autograd.err.method": "The method .{name}() is not available.",
    "autograd.err.keyword": "The keyword argument {name} is not allowed (only min, max, dim, keepdim, negative_slope, p).",
    "autograd.err.index_constant": "Indices must be whole-number constants or slices of them, like x[0], x[-1] or x[:, 1:3].",
    "autograd.err.unknown_name": "The variable {name} is not defined.",
    "autograd.err.runtime": "PyTorch could not compute this: {detail}",
    "autograd.err.broadcast": "Shapes {shapes} cannot be broadcast together: each dimension must match or be 1.",
    "autograd.err.index": "Index out of range: {detail}",
    "autograd.err.arguments": "Wrong arguments for a function: {detail}",
    "autograd.err.arithmetic": "Arithmetic error: {detail}",
    "autograd.err.needs_tensor": "{text} must be a tensor here, not a number.",
    "autograd.err.dtype": "{name}: unknown dtype {dtype}.",
    "autograd.err.int_grad": (
        "{name} is {dtype}: only floating-point tensors can require gradients (integers are not "
        "differentiable). Choose float32 or untick requires_grad."
    ),
    "autograd.err.value": (
        "The value of {name} must be a number, a nested list of numbers, or randn/rand/zeros/ones/arange "
        "with whole-number sizes."
    ),
    "autograd.err.ragged": "The rows of {name} have different lengths: a tensor needs a rectangular shape.",
    "autograd.err.constructor": "{name}: use randn, rand, zeros, ones (positive whole-number sizes) or arange(n).",
    "autograd.err.random_int": "{name}: random values need a floating-point dtype.",
    "autograd.err.int_output": "The output is an integer tensor, which cannot be differentiated.",
    "autograd.err.number_list": "Type a list of 1 to 16 numbers, like [1.0, 2.0, 3.0].",
    "autograd.err.complex": (
        "{text} is the complex number {value} in Python, and this lab works with real tensors (in PyTorch, "
        "torch.tensor(-1.0) ** 0.5 gives nan). Keep the base of a fractional power non-negative."
    ),
    "autograd.err.too_large": (
        "{name}: {value} is too large for {dtype} (largest about {largest}). Use a smaller number or "
        "another dtype."
    ),
    "autograd.err.sigmoid_number": "{value} is too large to be a float (largest about 1.8e308). Use numbers like [1.0, 2.0, 3.0].",
}
