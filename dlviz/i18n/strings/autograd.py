"""Autograd Lab texts, English and 简体中文."""

_SECTIONS = {
    "expression": ("Expression & gradients", "表达式与梯度"),
    "graph": ("Graphs", "计算图"),
    "steps": ("Step through backward", "逐步反向传播"),
    "check": ("Gradient check", "梯度检验"),
    "accumulate": ("Accumulation", "梯度累积"),
    "tracking": ("Tracking off", "关闭梯度跟踪"),
    "custom": ("Custom Function", "自定义 Function"),
    "descent": ("Gradient descent", "梯度下降"),
    "seeds": ("Tutorial examples", "教程示例核对"),
}

_INTROS = {
    "expression": (
        "Type a computation over named tensors (or pick a preset). The lab runs it, calls `backward()`, and "
        "explains every gradient as the sum of the terms autograd sent to that leaf.",
        "输入一个基于命名张量的计算（或选择预设）。实验室会执行它、调用 `backward()`，并把每个梯度解释为 "
        "autograd 传给该叶子节点的各项之和。",
    ),
    "graph": (
        "Two views of the same graph: the lab's own, drawn from `grad_fn.next_functions` with values and "
        "gradients in every node, and torchviz's `make_dot`.",
        "同一张计算图的两种视图：本实验室根据 `grad_fn.next_functions` 自己绘制的图（每个节点都显示数值和梯度），"
        "以及 torchviz 的 `make_dot`。",
    ),
    "steps": (
        "Move the slider to walk the backward pass in the order autograd's engine runs it: the gradient that "
        "arrives, the local derivative, and their chain-rule product sent on to the inputs.",
        "拖动滑块，按 autograd 引擎的实际执行顺序逐个节点走完反向传播：到达的梯度、局部导数，以及二者按链式法则"
        "相乘后传给输入的梯度。",
    ),
    "check": (
        "Autograd's gradient beside a central finite difference (f(x+h) − f(x−h)) / 2h for every leaf, in "
        "float64, and `torch.autograd.gradcheck`.",
        "对每个叶子节点，把 autograd 的梯度与 float64 下的中心有限差分 (f(x+h) − f(x−h)) / 2h 并排比较，"
        "并运行 `torch.autograd.gradcheck`。",
    ),
    "accumulate": (
        "Each `backward()` adds into `.grad`. Call it several times, zero it in different ways, and see what "
        "happens when you call backward twice on one graph.",
        "每次 `backward()` 都会把梯度累加到 `.grad` 中。多次调用它，用不同方式清零，并看看对同一张图调用两次"
        " backward 会发生什么。",
    ),
    "tracking": (
        "Ways to stop autograd from recording: `torch.no_grad()`, `.detach()`, `requires_grad_(False)` — and "
        "why parameter updates use `no_grad` rather than `.data`.",
        "让 autograd 停止记录的几种方式：`torch.no_grad()`、`.detach()`、`requires_grad_(False)`——以及为什么"
        "更新参数时应使用 `no_grad` 而不是 `.data`。",
    ),
    "custom": (
        "The tutorial's Sigmoid written as a `torch.autograd.Function` that saves its result with "
        "`ctx.save_for_backward`, checked against `torch.sigmoid`.",
        "教程中的 Sigmoid，写成一个用 `ctx.save_for_backward` 保存结果的 `torch.autograd.Function`，"
        "并与 `torch.sigmoid` 对照检验。",
    ),
    "descent": (
        "Gradient descent written by hand (`w -= lr * w.grad` under `no_grad`) next to `torch.optim.SGD`, then "
        "the tutorial's exercise that trains only w2.",
        "手写梯度下降（在 `no_grad` 下执行 `w -= lr * w.grad`）与 `torch.optim.SGD` 并排对比，然后是教程中"
        "只训练 w2 的练习。",
    ),
    "seeds": (
        "Every autograd example of the tutorials, run by the lab, next to the result it states or implies, and "
        "what had to be corrected in their code.",
        "教程中的每个自动求导示例由本实验室运行，并与其给出或隐含的结果对照；同时列出其代码中需要修正的地方。",
    ),
}

_PRESETS = {
    "linear": ("Tutorial 001: y = x·2 + 1", "教程 001：y = x·2 + 1"),
    "sin_exp": ("Tutorial 001: sin·exp + x³ at (1, 2)", "教程 001：sin·exp + x³，取 (1, 2)"),
    "square_cube": ("Tutorial 002: x[0]² + x[1]³", "教程 002：x[0]² + x[1]³"),
    "two_layer": (
        "Tutorial 002: two-layer net (64×1000 → 100 → 10)",
        "教程 002：两层网络 (64×1000 → 100 → 10)",
    ),
    "power": ("Tutorial 003: x1 ** w1", "教程 003：x1 ** w1"),
    "chain": ("Tutorial 003: w1 → w2 → relu → w3, target 1", "教程 003：w1 → w2 → relu → w3，目标 1"),
    "playground": ("Free play: a small broadcasting net", "自由练习：一个带广播的小网络"),
}

_LOCAL = {
    "add": (
        "Local derivative of a + b: 1 for a and 1 for b (the gradient is copied to both).",
        "a + b 的局部导数：对 a 为 1，对 b 为 1（梯度原样复制给两者）。",
    ),
    "sub": ("Local derivative of a − b: 1 for a, −1 for b.", "a − b 的局部导数：对 a 为 1，对 b 为 −1。"),
    "rsub": ("Local derivative of c − a: −1 for a.", "c − a 的局部导数：对 a 为 −1。"),
    "mul": ("Local derivative of a · b: b for a, a for b.", "a · b 的局部导数：对 a 为 b，对 b 为 a。"),
    "mul_const": (
        "Multiplying (or dividing) by a constant c: the local derivative is c (or 1/c).",
        "乘以（或除以）常数 c：局部导数为 c（或 1/c）。",
    ),
    "div": (
        "Local derivative of a / b: 1/b for a, −a/b² for b.",
        "a / b 的局部导数：对 a 为 1/b，对 b 为 −a/b²。",
    ),
    "pow": ("Local derivative of xⁿ: n·xⁿ⁻¹.", "xⁿ 的局部导数：n·xⁿ⁻¹。"),
    "pow_tensor": (
        "Local derivative of aᵇ: b·aᵇ⁻¹ for a, aᵇ·ln a for b.",
        "aᵇ 的局部导数：对 a 为 b·aᵇ⁻¹，对 b 为 aᵇ·ln a。",
    ),
    "sin": ("Local derivative of sin x: cos x.", "sin x 的局部导数：cos x。"),
    "cos": ("Local derivative of cos x: −sin x.", "cos x 的局部导数：−sin x。"),
    "exp": (
        "Local derivative of eˣ: eˣ itself (autograd saved the result).",
        "eˣ 的局部导数就是 eˣ 本身（autograd 保存了结果）。",
    ),
    "log": ("Local derivative of ln x: 1/x.", "ln x 的局部导数：1/x。"),
    "sqrt": ("Local derivative of √x: 1/(2√x).", "√x 的局部导数：1/(2√x)。"),
    "tanh": ("Local derivative of tanh x: 1 − tanh² x.", "tanh x 的局部导数：1 − tanh² x。"),
    "sigmoid": ("Local derivative of σ(x): σ(x)·(1 − σ(x)).", "σ(x) 的局部导数：σ(x)·(1 − σ(x))。"),
    "relu": (
        "Local derivative of relu / clamp(min=0): 1 where x > 0, else 0.",
        "relu / clamp(min=0) 的局部导数：x > 0 处为 1，否则为 0。",
    ),
    "clamp": (
        "Local derivative of clamp: 1 inside [min, max], 0 where it was clipped.",
        "clamp 的局部导数：在 [min, max] 内为 1，被截断处为 0。",
    ),
    "neg": ("Local derivative of −x: −1.", "−x 的局部导数：−1。"),
    "abs": ("Local derivative of |x|: sign(x).", "|x| 的局部导数：sign(x)。"),
    "sum": (
        "Sum: every input element gets the incoming gradient (local derivative 1, broadcast back).",
        "求和：每个输入元素都得到传入的梯度（局部导数为 1，再广播回去）。",
    ),
    "mean": (
        "Mean of n elements: every element gets the incoming gradient times 1/n.",
        "n 个元素取均值：每个元素得到传入梯度乘以 1/n。",
    ),
    "mm": (
        "Matrix product A @ B: grad_A = grad @ Bᵀ, grad_B = Aᵀ @ grad (a Jacobian-vector product, not an elementwise factor).",
        "矩阵乘法 A @ B：grad_A = grad @ Bᵀ，grad_B = Aᵀ @ grad（这是雅可比-向量积，而不是逐元素的因子）。",
    ),
    "select": (
        "Indexing x[i]: the gradient goes to the selected elements, 0 everywhere else.",
        "索引 x[i]：梯度只流向被选中的元素，其他位置为 0。",
    ),
    "transpose": ("Transpose: the gradient is transposed back.", "转置：梯度被转置回去。"),
    "reshape": (
        "Reshape / view: the gradient is reshaped back; values unchanged.",
        "reshape / view：梯度被变形回原来的形状，数值不变。",
    ),
    "accumulate": (
        "AccumulateGrad: a leaf. The incoming gradient is added into its .grad.",
        "AccumulateGrad：叶子节点。传入的梯度被加到它的 .grad 上。",
    ),
    "custom": (
        "A custom Function: its own backward() computes the gradient from what forward saved.",
        "自定义 Function：由它自己的 backward() 根据 forward 保存的内容计算梯度。",
    ),
    "other": (
        "This backward function multiplies the incoming gradient by its Jacobian (see the PyTorch docs for its formula).",
        "这个反向函数把传入的梯度乘以它的雅可比矩阵（具体公式见 PyTorch 文档）。",
    ),
}

_EXAMPLES = {
    "linear": ("y = x·2 + 1, x = 2", "y = x·2 + 1，x = 2"),
    "sin_exp": ("sin·exp + x³ at (1, 2), summed", "sin·exp + x³，取 (1, 2) 后求和"),
    "accumulate": ("Loop of 3 backward calls with grad.zero_()", "3 次 backward 循环，每次 grad.zero_()"),
    "no_grad": ("x·2 under torch.no_grad()", "在 torch.no_grad() 下计算 x·2"),
    "square_cube": (
        "x[0]**2 + x[1]**3 gives tensor([4., 27.])",
        "x[0]**2 + x[1]**3 的梯度为 tensor([4., 27.])",
    ),
    "two_layer": (
        "Two-layer net N=64, D_in=1000, H=100, D_out=10",
        "两层网络 N=64, D_in=1000, H=100, D_out=10",
    ),
    "sigmoid": (
        "Custom SigmoidFunction vs torch.sigmoid (x.grad)",
        "自定义 SigmoidFunction 与 torch.sigmoid 对比（x.grad）",
    ),
    "power": ("x1 ** w1: dx2/dw1 = 8·ln 2", "x1 ** w1：dx2/dw1 = 8·ln 2"),
    "chain": ("w1 → w2 → relu → w3 chain: w1, w2, w3 grads", "w1 → w2 → relu → w3 链：w1、w2、w3 的梯度"),
    "data_update": (
        "One step via .data equals one step under no_grad",
        "用 .data 更新一步等于在 no_grad 下更新一步",
    ),
    "optimizer": (
        "SGD optimizer equals the hand-written loop (5 steps)",
        "SGD 优化器与手写循环结果相同（5 步）",
    ),
    "w2_only": ("Exercise: train only w2 (w1 stays 1.0), 20 epochs", "练习：只训练 w2（w1 保持 1.0），20 轮"),
}

_FIXES = {
    "parentheses": (
        "Tutorial 003 writes `torch.tensor([4.0]),requires_grad = True)` — the parentheses do not balance. The lab "
        "uses `torch.tensor([4.0], requires_grad=True)`.",
        "教程 003 写的是 `torch.tensor([4.0]),requires_grad = True)`——括号不匹配。本实验室使用 "
        "`torch.tensor([4.0], requires_grad=True)`。",
    ),
    "functional_relu": (
        "`torch.functional.relu` does not exist; the lab calls `torch.relu` (the same as `torch.nn.functional.relu`).",
        "`torch.functional.relu` 并不存在；本实验室使用 `torch.relu`（与 `torch.nn.functional.relu` 相同）。",
    ),
    "bare_w1": (
        "MyModel's `forward` uses bare `w1`, `w2`, `w3` instead of `self.w1`, ... — it would silently use the "
        "global tensors (or fail). The corrected model uses `self.`.",
        "MyModel 的 `forward` 直接使用 `w1`、`w2`、`w3`，而不是 `self.w1` 等——这会悄悄用到全局张量（或报错）。"
        "修正后的模型使用 `self.`。",
    ),
    "forward_call": (
        "`my_model.forward(x1)` skips the module's hooks; call the module: `my_model(x1)`.",
        "`my_model.forward(x1)` 会跳过模块的钩子；应直接调用模块：`my_model(x1)`。",
    ),
    "colons": (
        "`class MyModel(torch.nn.Module)`, `def forward(self,x)` and `def model_predict()` miss their colons.",
        "`class MyModel(torch.nn.Module)`、`def forward(self,x)` 和 `def model_predict()` 缺少冒号。",
    ),
    "unregistered": (
        "Tensors created with `requires_grad=True` and stored on a Module are not parameters: "
        "`my_model.parameters()` is empty and SGD raises the error shown in the gradient-descent section. Use "
        "`nn.Parameter`.",
        "以 `requires_grad=True` 创建并挂在 Module 上的张量不是参数：`my_model.parameters()` 为空，SGD 会报出"
        "梯度下降部分展示的错误。应使用 `nn.Parameter`。",
    ),
    "undefined_x1": (
        "The `nn.Parameter` version defines `input_` but calls `my_model.forward(x1)`; the lab passes `input_`.",
        "使用 `nn.Parameter` 的版本定义了 `input_`，却调用 `my_model.forward(x1)`；本实验室传入的是 `input_`。",
    ),
    "imports": (
        "The exercise uses `nn`, `optim` and `plt` without importing them; the lab's code imports what it uses "
        "and plots with plotly.",
        "练习代码使用了 `nn`、`optim` 和 `plt` 却没有导入；本实验室的代码导入了所用模块，并用 plotly 绘图。",
    ),
    "dynamic_lr": (
        "The 'dynamic learning rate' `lr = p.grad**2` makes the step grad³ — about 10¹² here; the tutorial itself "
        "calls it wrong. The lab shows what it does and keeps a fixed learning rate.",
        "所谓“动态学习率” `lr = p.grad**2` 使更新步长变成 grad³——此处约为 10¹²；教程自己也说这种设置不对。"
        "本实验室展示它的后果，并使用固定学习率。",
    ),
    "sigmoid_backward": (
        "Tutorial 002's text says `y.backward()` for the custom Sigmoid, but y has 3 elements: backward needs a "
        "gradient argument, as its code does with `torch.ones_like(x)`.",
        "教程 002 的文字说对自定义 Sigmoid 调用 `y.backward()`，但 y 有 3 个元素：backward 需要一个 gradient "
        "参数，正如其代码中用的 `torch.ones_like(x)`。",
    ),
}

STRINGS = {
    "limits.max_expression_nodes": {
        "en": "The size of the expression (syntax nodes)",
        "zh": "表达式规模（语法节点数）",
    },
    "limits.max_backward_repeats": {"en": "The number of backward calls", "zh": "反向传播调用次数"},
    "limits.max_finite_diff_entries": {
        "en": "The number of finite-difference entries",
        "zh": "有限差分检查的元素数",
    },
    "limits.max_descent_steps": {"en": "The number of gradient-descent steps", "zh": "梯度下降步数"},
    "autograd.section": {"en": "Section", "zh": "部分"},
    **{f"autograd.section.{k}": {"en": en, "zh": zh} for k, (en, zh) in _SECTIONS.items()},
    **{f"autograd.intro.{k}": {"en": en, "zh": zh} for k, (en, zh) in _INTROS.items()},
    **{f"autograd.preset.{k}": {"en": en, "zh": zh} for k, (en, zh) in _PRESETS.items()},
    **{f"autograd.local.{k}": {"en": en, "zh": zh} for k, (en, zh) in _LOCAL.items()},
    **{f"autograd.example.{k}": {"en": en, "zh": zh} for k, (en, zh) in _EXAMPLES.items()},
    **{f"autograd.fix.{k}": {"en": en, "zh": zh} for k, (en, zh) in _FIXES.items()},
    "autograd.preset": {"en": "Preset", "zh": "预设"},
    "autograd.expression": {"en": "Expression", "zh": "表达式"},
    "autograd.expression_help": {
        "en": "Operators + - * / ** @, indexing x[0] or x[:, 1], functions such as sin, exp, relu, sigmoid, sum, "
        "mean, clamp(min=0), mm (also as torch.sin, F.relu or methods x.sin()). Nothing else is run.",
        "zh": "可用运算符 + - * / ** @，索引 x[0] 或 x[:, 1]，函数如 sin、exp、relu、sigmoid、sum、mean、"
        "clamp(min=0)、mm（也可写成 torch.sin、F.relu 或方法 x.sin()）。其他任何内容都不会被执行。",
    },
    "autograd.from_seed": {"en": "From tutorial {seed}.", "zh": "来自教程 {seed}。"},
    "autograd.preset_fixes": {"en": "Corrected from the tutorial's code:", "zh": "相对教程代码所做的修正："},
    "autograd.value": {"en": "Value of {name}", "zh": "{name} 的值"},
    "autograd.value_help": {
        "en": "A number, a nested list like [[1.0, 2.0], [3.0, 4.0]], or randn(64, 1000), rand(3), zeros(2, 2), "
        "ones(3), arange(4). Random values follow the sidebar's seed.",
        "zh": "一个数、嵌套列表如 [[1.0, 2.0], [3.0, 4.0]]，或 randn(64, 1000)、rand(3)、zeros(2, 2)、ones(3)、"
        "arange(4)。随机值由侧边栏的随机种子决定。",
    },
    "autograd.dtype": {"en": "dtype", "zh": "数据类型"},
    "autograd.output": {
        "en": "**Output** `out` = `{value}` (shape {shape})",
        "zh": "**输出** `out` = `{value}`（形状 {shape}）",
    },
    "autograd.ones_like": {
        "en": "The output has more than one element, so backward needs a gradient argument: the lab calls "
        "`out.backward(torch.ones_like(out))`, which gives the gradient of `out.sum()`.",
        "zh": "输出不止一个元素，backward 需要一个 gradient 参数：本实验室调用 "
        "`out.backward(torch.ones_like(out))`，得到的是 `out.sum()` 的梯度。",
    },
    "autograd.no_leaves": {
        "en": "No variable has requires_grad ticked, so autograd records nothing and there is no gradient.",
        "zh": "没有变量勾选 requires_grad，因此 autograd 不记录任何操作，也没有梯度。",
    },
    "autograd.grad_line": {
        "en": "**`{name}.grad`** = `{grad}` — same as `torch.autograd.grad`: {check}",
        "zh": "**`{name}.grad`** = `{grad}` —— 与 `torch.autograd.grad` 一致：{check}",
    },
    "autograd.term": {
        "en": "- from `{op}`: incoming `{incoming}` × local `{local}` = `{sent}`",
        "zh": "- 来自 `{op}`：传入 `{incoming}` × 局部导数 `{local}` = `{sent}`",
    },
    "autograd.local_jacobian": {"en": "Jacobian (not elementwise)", "zh": "雅可比矩阵（非逐元素）"},
    "autograd.terms_summed": {
        "en": "This leaf is used {count} times: autograd adds the {count} terms.",
        "zh": "该叶子节点被使用了 {count} 次：autograd 把这 {count} 项相加。",
    },
    "autograd.own_graph": {"en": "Drawn from grad_fn", "zh": "根据 grad_fn 绘制"},
    "autograd.torchviz_graph": {"en": "torchviz make_dot", "zh": "torchviz 的 make_dot"},
    "autograd.legend": {
        "en": "Blue: leaf tensors (is_leaf=True, grad_fn=None). Yellow: backward functions (grad_fn) with the "
        "value of the sub-expression they came from and, after backward, the gradient that flowed into them. "
        "Green: the output.",
        "zh": "蓝色：叶子张量（is_leaf=True，grad_fn=None）。黄色：反向函数（grad_fn），显示其对应子表达式的值，"
        "以及 backward 之后流入它的梯度。绿色：输出。",
    },
    "autograd.torchviz_note": {
        "en": "torchviz draws a fresh forward pass, so saved tensors are still alive. Parameters are named by "
        "the variable names.",
        "zh": "torchviz 绘制的是一次新的前向计算，因此保存的张量仍然存在。参数以变量名命名。",
    },
    "autograd.not_in_graph": {
        "en": "Not in the graph: {names} — they do not require grad, so autograd records no node for them.",
        "zh": "不在计算图中：{names}——它们不需要梯度，autograd 不为它们记录节点。",
    },
    "autograd.no_steps": {
        "en": "Nothing to step through: the output does not require grad.",
        "zh": "没有可逐步查看的内容：输出不需要梯度。",
    },
    "autograd.step": {"en": "Backward step", "zh": "反向传播步骤"},
    "autograd.step_title": {
        "en": "**Step {index} of {count}: `{op}`**",
        "zh": "**第 {index} 步（共 {count} 步）：`{op}`**",
    },
    "autograd.step_incoming": {"en": "Gradient arriving: `{grad}`", "zh": "到达的梯度：`{grad}`"},
    "autograd.step_product": {
        "en": "→ to **{target}**: `{incoming}` × `{local}` = `{sent}`",
        "zh": "→ 传给 **{target}**：`{incoming}` × `{local}` = `{sent}`",
    },
    "autograd.no_target": {"en": "an input that needs no grad", "zh": "不需要梯度的输入"},
    "autograd.col_op": {"en": "Backward function", "zh": "反向函数"},
    "autograd.col_incoming": {"en": "Gradient arriving", "zh": "到达的梯度"},
    "autograd.col_leaf": {"en": "Leaf entry", "zh": "叶子元素"},
    "autograd.col_fd": {"en": "finite difference", "zh": "有限差分"},
    "autograd.col_diff": {"en": "|difference|", "zh": "|差值|"},
    "autograd.sampled": {
        "en": "{name} has {total} entries; {count} of them, picked at random with the sidebar's seed, are checked.",
        "zh": "{name} 共有 {total} 个元素；按侧边栏随机种子随机抽取其中 {count} 个进行检查。",
    },
    "autograd.max_diff": {"en": "Largest difference", "zh": "最大差值"},
    "autograd.max_rel_diff": {"en": "Largest relative difference", "zh": "最大相对差值"},
    "autograd.gradcheck_pass": {
        "en": "torch.autograd.gradcheck on float64 inputs: passed.",
        "zh": "torch.autograd.gradcheck（float64 输入）：通过。",
    },
    "autograd.gradcheck_fail": {
        "en": "torch.autograd.gradcheck on float64 inputs did not pass: {detail}",
        "zh": "torch.autograd.gradcheck（float64 输入）未通过：{detail}",
    },
    "autograd.fd_explained": {
        "en": "Finite differences use h = 1e-6 on float64 copies. Near a kink (relu or abs at 0) the two "
        "disagree, and that is expected: the function has no derivative there.",
        "zh": "有限差分在 float64 副本上取 h = 1e-6。在折点附近（如 relu 或 abs 在 0 处）两者会不一致，这是正常的："
        "函数在那里不可导。",
    },
    "autograd.repeats": {"en": "backward() calls", "zh": "backward() 调用次数"},
    "autograd.zero_mode": {"en": "After each call", "zh": "每次调用之后"},
    "autograd.zero.none": {"en": "do nothing", "zh": "什么都不做"},
    "autograd.zero.grad_zero": {"en": "x.grad.zero_()", "zh": "调用 x.grad.zero_()"},
    "autograd.zero.optimizer_zero_grad": {"en": "optimizer.zero_grad()", "zh": "调用 optimizer.zero_grad()"},
    "autograd.backward_call": {"en": "backward() call", "zh": "第几次 backward()"},
    "autograd.grad_sum": {"en": ".grad (sum of elements)", "zh": ".grad（元素之和）"},
    "autograd.after_calls": {
        "en": "`{name}.grad` after call {count}: `{grad}`; after zeroing: `{after}`",
        "zh": "第 {count} 次调用后 `{name}.grad`：`{grad}`；清零之后：`{after}`",
    },
    "autograd.zero_explained.none": {
        "en": "Gradients accumulate: each backward adds the same gradient again, so `.grad` grows linearly.",
        "zh": "梯度会累积：每次 backward 都再加上一份相同的梯度，所以 `.grad` 线性增长。",
    },
    "autograd.zero_explained.grad_zero": {
        "en": "`grad.zero_()` fills `.grad` with zeros in place, so each call starts from 0.",
        "zh": "`grad.zero_()` 原地把 `.grad` 填为 0，所以每次调用都从 0 开始。",
    },
    "autograd.zero_explained.optimizer_zero_grad": {
        "en": "`optimizer.zero_grad()` sets `.grad` to None by default (set_to_none=True): it is freed, and the "
        "next backward creates it anew.",
        "zh": "`optimizer.zero_grad()` 默认把 `.grad` 设为 None（set_to_none=True）：梯度被释放，下一次 backward "
        "会重新创建它。",
    },
    "autograd.twice_title": {"en": "Backward twice on one graph", "zh": "对同一张图调用两次 backward"},
    "autograd.twice_error": {
        "en": "This is PyTorch's real error. The first backward freed the tensors the graph had saved for it; "
        "the second cannot run without them. Pass `retain_graph=True` to the first call to keep them.",
        "zh": "这是 PyTorch 的真实报错。第一次 backward 释放了计算图为它保存的张量；第二次没有它们就无法运行。"
        "在第一次调用时传入 `retain_graph=True` 即可保留。",
    },
    "autograd.twice_ok": {
        "en": "`{name}.grad` after the first backward: `{first}`; after the second: `{second}`",
        "zh": "第一次 backward 后 `{name}.grad`：`{first}`；第二次之后：`{second}`",
    },
    "autograd.twice_retained": {
        "en": "With `retain_graph=True` the saved tensors survive, the second backward runs, and the gradients add up.",
        "zh": "使用 `retain_graph=True` 后保存的张量得以保留，第二次 backward 可以运行，梯度相加。",
    },
    "autograd.twice_no_saved": {
        "en": "This graph saved no tensors for backward, so autograd could run it again even without retain_graph.",
        "zh": "这张图没有为反向传播保存任何张量，所以即使没有 retain_graph，autograd 也能再次运行它。",
    },
    "autograd.tracking_mode": {"en": "Evaluate the expression", "zh": "计算表达式的方式"},
    "autograd.tracking.tracked": {"en": "normally", "zh": "正常计算"},
    "autograd.tracking.no_grad": {"en": "under torch.no_grad()", "zh": "在 torch.no_grad() 下"},
    "autograd.tracking.detach": {"en": "on x.detach()", "zh": "对 x.detach() 计算"},
    "autograd.tracking.requires_grad_false": {
        "en": "after x.requires_grad_(False)",
        "zh": "在 x.requires_grad_(False) 之后",
    },
    "autograd.graph_nodes": {"en": "Graph nodes", "zh": "图节点数"},
    "autograd.tracking_explained.tracked": {
        "en": "Autograd records every operation on tensors that require grad: the output has a grad_fn.",
        "zh": "autograd 记录对需要梯度的张量的每个操作：输出带有 grad_fn。",
    },
    "autograd.tracking_explained.no_grad": {
        "en": "Inside `torch.no_grad()` nothing is recorded: the output is a plain tensor with no grad_fn "
        "(inference, parameter updates).",
        "zh": "在 `torch.no_grad()` 中不记录任何操作：输出是一个没有 grad_fn 的普通张量（用于推理、参数更新）。",
    },
    "autograd.tracking_explained.detach": {
        "en": "`.detach()` returns a tensor that shares memory with the original but is cut from the graph.",
        "zh": "`.detach()` 返回一个与原张量共享内存、但已从计算图中切断的张量。",
    },
    "autograd.tracking_explained.requires_grad_false": {
        "en": "`requires_grad_(False)` switches tracking off for that tensor itself (only allowed on leaves).",
        "zh": "`requires_grad_(False)` 直接关闭该张量本身的梯度跟踪（只能用于叶子张量）。",
    },
    "autograd.detach_shares": {
        "en": "The detached tensors share memory with the originals: {shares}",
        "zh": "detach 后的张量与原张量共享内存：{shares}",
    },
    "autograd.update_title": {
        "en": "Updating parameters: .data vs no_grad",
        "zh": "更新参数：.data 与 no_grad",
    },
    "autograd.col_param": {"en": "Parameter", "zh": "参数"},
    "autograd.col_before": {"en": "before", "zh": "更新前"},
    "autograd.update_same": {
        "en": "One step of tutorial 003's chain (lr = 0.01) gives the same numbers both ways: {same}.",
        "zh": "对教程 003 的链式网络更新一步（lr = 0.01），两种写法得到相同的数值：{same}。",
    },
    "autograd.update_error": {
        "en": "Without either, PyTorch refuses the in-place update of a leaf that requires grad — its real error "
        "is above.",
        "zh": "两者都不用时，PyTorch 会拒绝对需要梯度的叶子张量做原地更新——上面是它的真实报错。",
    },
    "autograd.data_danger_title": {
        "en": "Why no_grad is preferred over .data",
        "zh": "为什么推荐 no_grad 而不是 .data",
    },
    "autograd.data_danger": {
        "en": "`.data` hides changes from autograd. After `out = a.sigmoid(); out.data.zero_()`, backward "
        "silently gives `{wrong}` instead of `{right}`. The same change through `out.detach().zero_()` is "
        "caught by autograd's version counter:",
        "zh": "`.data` 会对 autograd 隐藏修改。执行 `out = a.sigmoid(); out.data.zero_()` 后，backward 悄悄得到 "
        "`{wrong}`，而正确值是 `{right}`。同样的修改若通过 `out.detach().zero_()` 进行，会被 autograd 的版本"
        "计数器发现：",
    },
    "autograd.sigmoid_inputs": {
        "en": "Inputs x (a list of up to 16 numbers)",
        "zh": "输入 x（最多 16 个数的列表）",
    },
    "autograd.custom_explained": {
        "en": "The graph node `SigmoidFunctionBackward` is the custom Function's backward; `ctx.saved_tensors` "
        "holds the forward result saved with `save_for_backward`, which backward reuses: grad · s · (1 − s).",
        "zh": "图中的节点 `SigmoidFunctionBackward` 就是自定义 Function 的反向函数；`ctx.saved_tensors` 保存了 "
        "forward 用 `save_for_backward` 存下的结果，backward 重用它：grad · s · (1 − s)。",
    },
    "autograd.lr": {"en": "Learning rate", "zh": "学习率"},
    "autograd.steps": {"en": "Steps", "zh": "步数"},
    "autograd.by_hand": {"en": "by hand (no_grad)", "zh": "手写（no_grad）"},
    "autograd.step_axis": {"en": "step", "zh": "步数"},
    "autograd.rounding": {
        "en": "The two agree to float32 rounding: SGD computes w + (−lr)·grad in one fused step, the hand-written "
        "loop rounds lr·grad first, so the last bit can differ.",
        "zh": "两者在 float32 舍入误差范围内一致：SGD 用一次融合运算计算 w + (−lr)·grad，而手写循环先对 lr·grad "
        "舍入，所以最后一位可能不同。",
    },
    "autograd.diverged": {
        "en": "With learning rate {lr} the chain diverges (the tutorial's 0.01 does: its first gradients are in "
        "the thousands). Try 1e-4.",
        "zh": "学习率为 {lr} 时该链式网络发散（教程用的 0.01 就会发散：第一步的梯度达到数千）。试试 1e-4。",
    },
    "autograd.dynamic_lr": {
        "en": "Tutorial 003's 'dynamic learning rate' lr = p.grad**2 would move w1, w2, w3 from 3, 4, 5 to {values} "
        "in one step.",
        "zh": "教程 003 的“动态学习率” lr = p.grad**2 一步就会把 w1、w2、w3 从 3、4、5 变成 {values}。",
    },
    "autograd.w2_title": {"en": "Exercise: train only w2", "zh": "练习：只训练 w2"},
    "autograd.epochs": {"en": "Epochs", "zh": "训练轮数"},
    "autograd.epochs_thinned": {
        "en": "{shown} of the {epochs} epochs are drawn, evenly spaced, the last one included.",
        "zh": "在 {epochs} 轮中均匀选取 {shown} 轮绘制（包含最后一轮）。",
    },
    "autograd.neuron_input": {"en": "input", "zh": "输入神经元"},
    "autograd.neuron_hidden": {"en": "hidden", "zh": "隐藏神经元"},
    "autograd.neuron_output": {"en": "output", "zh": "输出神经元"},
    "autograd.epoch_label": {"en": "epoch {epoch}", "zh": "第 {epoch} 轮"},
    "autograd.neuron": {"en": "neuron", "zh": "神经元"},
    "autograd.activation": {"en": "activation", "zh": "激活值"},
    "autograd.w1_frozen": {"en": "w1 (frozen)", "zh": "w1（固定）"},
    "autograd.w2_explained": {
        "en": "Only w2 is an `nn.Parameter` and only w2 is given to the optimizer (parameters: {names}), so the "
        "hidden activation stays 1.0 while the output climbs towards the target 2.",
        "zh": "只有 w2 是 `nn.Parameter`，也只有 w2 交给了优化器（参数：{names}），所以隐藏层激活值保持 1.0，"
        "输出逐步逼近目标值 2。",
    },
    "autograd.unregistered": {
        "en": "That is the real error of tutorial 003's MyModel, whose `requires_grad=True` tensors are not "
        "registered parameters.",
        "zh": "这是教程 003 中 MyModel 的真实报错：它的 `requires_grad=True` 张量并没有注册为参数。",
    },
    "autograd.col_seed": {"en": "Tutorial", "zh": "教程"},
    "autograd.col_example": {"en": "Example", "zh": "示例"},
    "autograd.col_expected": {"en": "Expected", "zh": "应得结果"},
    "autograd.col_got": {"en": "Lab result", "zh": "本实验室结果"},
    "autograd.col_section": {"en": "See section", "zh": "对应部分"},
    "autograd.corrections_title": {
        "en": "What was corrected in the tutorials' code",
        "zh": "教程代码中被修正的问题",
    },
    "autograd.err.empty": {
        "en": "Type an expression, for example x[0]**2 + x[1]**3.",
        "zh": "请输入表达式，例如 x[0]**2 + x[1]**3。",
    },
    "autograd.err.syntax": {
        "en": "The expression is not valid Python syntax ({detail}, near column {column}).",
        "zh": "表达式不是合法的 Python 语法（{detail}，约在第 {column} 列）。",
    },
    "autograd.err.constant": {
        "en": "Only numbers may be written as constants, not {text}.",
        "zh": "常量只能是数字，不能是 {text}。",
    },
    "autograd.err.module_name": {
        "en": "{name} can only be used to call a function, like torch.sin(x).",
        "zh": "{name} 只能用来调用函数，例如 torch.sin(x)。",
    },
    "autograd.err.attribute": {
        "en": "The attribute .{name} is not allowed here (only .T and .mT).",
        "zh": "这里不允许使用属性 .{name}（只允许 .T 和 .mT）。",
    },
    "autograd.err.not_allowed": {
        "en": "This kind of Python ({what}) is not part of the expression language.",
        "zh": "这种 Python 写法（{what}）不属于表达式语言。",
    },
    "autograd.err.private": {
        "en": "Names starting with an underscore ({name}) are not allowed.",
        "zh": "不允许使用以下划线开头的名字（{name}）。",
    },
    "autograd.err.torch_functional_relu": {
        "en": "torch.functional.relu does not exist (a bug in tutorial 003). Use torch.relu or F.relu.",
        "zh": "torch.functional.relu 并不存在（教程 003 的错误）。请使用 torch.relu 或 F.relu。",
    },
    "autograd.err.function": {
        "en": "The function {name} is not available. Allowed: sin, cos, exp, log, sqrt, tanh, sigmoid, relu, abs, "
        "sum, mean, max, min, pow, mm, matmul, clamp, softmax, ... (see the help of the expression box).",
        "zh": "函数 {name} 不可用。可用：sin、cos、exp、log、sqrt、tanh、sigmoid、relu、abs、sum、mean、max、min、"
        "pow、mm、matmul、clamp、softmax 等（见表达式输入框的帮助）。",
    },
    "autograd.err.method": {"en": "The method .{name}() is not available.", "zh": "方法 .{name}() 不可用。"},
    "autograd.err.keyword": {
        "en": "The keyword argument {name} is not allowed (only min, max, dim, keepdim, negative_slope, p).",
        "zh": "不允许使用关键字参数 {name}（只允许 min、max、dim、keepdim、negative_slope、p）。",
    },
    "autograd.err.index_constant": {
        "en": "Indices must be whole-number constants or slices of them, like x[0], x[-1] or x[:, 1:3].",
        "zh": "索引必须是整数常量或由它们构成的切片，例如 x[0]、x[-1] 或 x[:, 1:3]。",
    },
    "autograd.err.unknown_name": {"en": "The variable {name} is not defined.", "zh": "变量 {name} 未定义。"},
    "autograd.err.runtime": {
        "en": "PyTorch could not compute this: {detail}",
        "zh": "PyTorch 无法完成这个计算：{detail}",
    },
    "autograd.err.broadcast": {
        "en": "Shapes {shapes} cannot be broadcast together: each dimension must match or be 1.",
        "zh": "形状 {shapes} 无法广播：每个维度必须相等或为 1。",
    },
    "autograd.err.index": {"en": "Index out of range: {detail}", "zh": "索引越界：{detail}"},
    "autograd.err.arguments": {
        "en": "Wrong arguments for a function: {detail}",
        "zh": "函数参数不正确：{detail}",
    },
    "autograd.err.arithmetic": {"en": "Arithmetic error: {detail}", "zh": "算术错误：{detail}"},
    "autograd.err.needs_tensor": {
        "en": "{text} must be a tensor here, not a number.",
        "zh": "这里的 {text} 必须是张量，而不是数字。",
    },
    "autograd.err.dtype": {"en": "{name}: unknown dtype {dtype}.", "zh": "{name}：未知的数据类型 {dtype}。"},
    "autograd.err.int_grad": {
        "en": "{name} is {dtype}: only floating-point tensors can require gradients (integers are not "
        "differentiable). Choose float32 or untick requires_grad.",
        "zh": "{name} 的类型是 {dtype}：只有浮点张量才能要求梯度（整数不可微）。请选择 float32 或取消 requires_grad。",
    },
    "autograd.err.value": {
        "en": "The value of {name} must be a number, a nested list of numbers, or randn/rand/zeros/ones/arange "
        "with whole-number sizes.",
        "zh": "{name} 的值必须是数字、数字的嵌套列表，或带整数尺寸的 randn/rand/zeros/ones/arange。",
    },
    "autograd.err.ragged": {
        "en": "The rows of {name} have different lengths: a tensor needs a rectangular shape.",
        "zh": "{name} 的各行长度不同：张量必须是规则的矩形形状。",
    },
    "autograd.err.constructor": {
        "en": "{name}: use randn, rand, zeros, ones (positive whole-number sizes) or arange(n).",
        "zh": "{name}：请使用 randn、rand、zeros、ones（正整数尺寸）或 arange(n)。",
    },
    "autograd.err.random_int": {
        "en": "{name}: random values need a floating-point dtype.",
        "zh": "{name}：随机值需要浮点数据类型。",
    },
    "autograd.err.int_output": {
        "en": "The output is an integer tensor, which cannot be differentiated.",
        "zh": "输出是整数张量，无法求导。",
    },
    "autograd.err.number_list": {
        "en": "Type a list of 1 to 16 numbers, like [1.0, 2.0, 3.0].",
        "zh": "请输入 1 到 16 个数字组成的列表，例如 [1.0, 2.0, 3.0]。",
    },
    "autograd.err.complex": {
        "en": "{text} is the complex number {value} in Python, and this lab works with real tensors (in PyTorch, "
        "torch.tensor(-1.0) ** 0.5 gives nan). Keep the base of a fractional power non-negative.",
        "zh": "{text} 在 Python 中是复数 {value}，而本实验室只处理实数张量（在 PyTorch 中，torch.tensor(-1.0) ** 0.5 "
        "得到 nan）。做分数次幂时请让底数不为负。",
    },
    "autograd.err.too_large": {
        "en": "{name}: {value} is too large for {dtype} (largest about {largest}). Use a smaller number or "
        "another dtype.",
        "zh": "{name}：{value} 超出了 {dtype} 的表示范围（最大约为 {largest}）。请使用更小的数字或其他数据类型。",
    },
    "autograd.err.sigmoid_number": {
        "en": "{value} is too large to be a float (largest about 1.8e308). Use numbers like [1.0, 2.0, 3.0].",
        "zh": "{value} 太大，无法表示为浮点数（最大约为 1.8e308）。请使用像 [1.0, 2.0, 3.0] 这样的数字。",
    },
}
