"""Autograd Lab texts — 简体中文."""

STRINGS = {
    "limits.max_expression_nodes": "表达式规模（语法节点数）",
    "limits.max_backward_repeats": "反向传播调用次数",
    "limits.max_finite_diff_entries": "有限差分检查的元素数",
    "limits.max_descent_steps": "梯度下降步数",
    "autograd.section": "部分",
    "autograd.section.expression": "表达式与梯度",
    "autograd.section.graph": "计算图",
    "autograd.section.steps": "逐步反向传播",
    "autograd.section.check": "梯度检验",
    "autograd.section.accumulate": "梯度累积",
    "autograd.section.tracking": "关闭梯度跟踪",
    "autograd.section.custom": "自定义 Function",
    "autograd.section.descent": "梯度下降",
    "autograd.section.seeds": "教程示例核对",
    "autograd.intro.expression": (
        "输入一个基于命名张量的计算（或选择预设）。实验室会执行它、调用 `backward()`，并把每个梯度解释为 "
        "autograd 传给该叶子节点的各项之和。"
    ),
    "autograd.intro.graph": (
        "同一张计算图（一张有向无环图）的两种视图：本实验室根据 `grad_fn.next_functions` 自己绘制的图（每个节点都显示数值和梯度），"
        "以及 torchviz 的 `make_dot`。"
    ),
    "autograd.intro.steps": (
        "拖动滑块，按 autograd 引擎的实际执行顺序逐个节点走完反向传播：到达的梯度、局部导数，以及二者按链式法则"
        "相乘后传给输入的梯度。"
    ),
    "autograd.intro.check": (
        "对每个叶子节点，把 autograd 的梯度与 float64 下的中心有限差分 (f(x+h) − f(x−h)) / 2h 并排比较，"
        "并运行 `torch.autograd.gradcheck`。"
    ),
    "autograd.intro.accumulate": (
        "每次 `backward()` 都会把梯度累加到 `.grad` 中。多次调用它，用不同方式清零，并看看对同一张图调用两次"
        " backward 会发生什么。"
    ),
    "autograd.intro.tracking": (
        "让 autograd 停止记录的几种方式：`torch.no_grad()`、`.detach()`、`requires_grad_(False)`——以及为什么"
        "更新参数时应使用 `no_grad` 而不是 `.data`。"
    ),
    "autograd.intro.custom": (
        "教程中的 Sigmoid，写成一个用 `ctx.save_for_backward` 保存结果的 `torch.autograd.Function`，"
        "并与 `torch.sigmoid` 对照检验。"
    ),
    "autograd.intro.descent": (
        "手写梯度下降（在 `no_grad` 下执行 `w -= lr * w.grad`）与 `torch.optim.SGD` 并排对比，然后是教程中"
        "只训练 w2 的练习。"
    ),
    "autograd.intro.seeds": "教程中的每个自动求导示例由本实验室运行，并与其给出或隐含的结果对照；同时列出其代码中需要修正的地方。",
    "autograd.preset.linear": "《{tutorial_kitchen}》：y = x·2 + 1",
    "autograd.preset.sin_exp": "《{tutorial_kitchen}》：sin·exp + x³，取 (1, 2)",
    "autograd.preset.square_cube": "《{tutorial_graphs}》：x[0]² + x[1]³",
    "autograd.preset.two_layer": "《{tutorial_graphs}》：两层网络 (64×1000 → 100 → 10)",
    "autograd.preset.power": "《{tutorial_byhand}》：x1 ** w1",
    "autograd.preset.chain": "《{tutorial_byhand}》：w1 → w2 → relu → w3，目标 1",
    "autograd.preset.playground": "自由练习：一个带广播的小网络",
    "autograd.local.add": "a + b 的局部导数：对 a 为 1，对 b 为 1（梯度原样复制给两者）。",
    "autograd.local.sub": "a − b 的局部导数：对 a 为 1，对 b 为 −1。",
    "autograd.local.rsub": "c − a 的局部导数：对 a 为 −1。",
    "autograd.local.mul": "a · b 的局部导数：对 a 为 b，对 b 为 a。",
    "autograd.local.mul_const": "乘以（或除以）常数 c：局部导数为 c（或 1/c）。",
    "autograd.local.div": "a / b 的局部导数：对 a 为 1/b，对 b 为 −a/b²。",
    "autograd.local.pow": "xⁿ 的局部导数：n·xⁿ⁻¹。",
    "autograd.local.pow_tensor": "aᵇ 的局部导数：对 a 为 b·aᵇ⁻¹，对 b 为 aᵇ·ln a。",
    "autograd.local.sin": "sin x 的局部导数：cos x。",
    "autograd.local.cos": "cos x 的局部导数：−sin x。",
    "autograd.local.exp": "eˣ 的局部导数就是 eˣ 本身（autograd 保存了结果）。",
    "autograd.local.log": "ln x 的局部导数：1/x。",
    "autograd.local.sqrt": "√x 的局部导数：1/(2√x)。",
    "autograd.local.tanh": "tanh x 的局部导数：1 − tanh² x。",
    "autograd.local.sigmoid": "σ(x) 的局部导数：σ(x)·(1 − σ(x))。",
    "autograd.local.relu": "relu / clamp(min=0) 的局部导数：x > 0 处为 1，否则为 0。",
    "autograd.local.clamp": "clamp 的局部导数：在 [min, max] 内为 1，被截断处为 0。",
    "autograd.local.neg": "−x 的局部导数：−1。",
    "autograd.local.abs": "|x| 的局部导数：sign(x)。",
    "autograd.local.sum": "求和：每个输入元素都得到传入的梯度（局部导数为 1，再广播回去）。",
    "autograd.local.mean": "n 个元素取均值：每个元素得到传入梯度乘以 1/n。",
    "autograd.local.mm": "矩阵乘法 A @ B：grad_A = grad @ Bᵀ，grad_B = Aᵀ @ grad（这是雅可比-向量积，而不是逐元素的因子）。",
    "autograd.local.select": "索引 x[i]：梯度只流向被选中的元素，其他位置为 0。",
    "autograd.local.transpose": "转置：梯度被转置回去。",
    "autograd.local.reshape": "reshape / view：梯度被变形回原来的形状，数值不变。",
    "autograd.local.accumulate": "AccumulateGrad：叶子节点。传入的梯度被加到它的 .grad 上。",
    "autograd.local.custom": "自定义 Function：由它自己的 backward() 根据 forward 保存的内容计算梯度。",
    "autograd.local.other": "这个反向函数把传入的梯度乘以它的雅可比矩阵（具体公式见 PyTorch 文档）。",
    "autograd.example.linear": "y = x·2 + 1，x = 2",
    "autograd.example.sin_exp": "sin·exp + x³，取 (1, 2) 后求和",
    "autograd.example.accumulate": "3 次 backward 循环，每次 grad.zero_()",
    "autograd.example.no_grad": "在 torch.no_grad() 下计算 x·2",
    "autograd.example.square_cube": "x[0]**2 + x[1]**3 的梯度为 tensor([4., 27.])",
    "autograd.example.two_layer": "两层网络 N=64, D_in=1000, H=100, D_out=10",
    "autograd.example.sigmoid": "自定义 SigmoidFunction 与 torch.sigmoid 对比（x.grad）",
    "autograd.example.power": "x1 ** w1：dx2/dw1 = 8·ln 2",
    "autograd.example.chain": "w1 → w2 → relu → w3 链：w1、w2、w3 的梯度",
    "autograd.example.data_update": "用 .data 更新一步等于在 no_grad 下更新一步",
    "autograd.example.optimizer": "SGD 优化器与手写循环结果相同（5 步）",
    "autograd.example.w2_only": "练习：只训练 w2（w1 保持 1.0），20 轮",
    "autograd.fix.parentheses": (
        "《{tutorial_byhand}》写的是 `torch.tensor([4.0]),requires_grad = True)`——括号不匹配。本实验室使用 "
        "`torch.tensor([4.0], requires_grad=True)`。"
    ),
    "autograd.fix.functional_relu": "`torch.functional.relu` 并不存在；本实验室使用 `torch.relu`（与 `torch.nn.functional.relu` 相同）。",
    "autograd.fix.bare_w1": (
        "MyModel 的 `forward` 直接使用 `w1`、`w2`、`w3`，而不是 `self.w1` 等：这段代码没有定义全局的 `w1`，"
        "所以会引发 `NameError: name 'w1' is not defined`。修正后的模型使用 `self.`。"
    ),
    "autograd.fix.forward_call": "`my_model.forward(x1)` 会跳过模块的钩子；应直接调用模块：`my_model(x1)`。",
    "autograd.fix.colons": "`class MyModel(torch.nn.Module)`、`def forward(self,x)` 和 `def model_predict()` 缺少冒号。",
    "autograd.fix.unregistered": (
        "以 `requires_grad=True` 创建并挂在 Module 上的张量不是参数：`my_model.parameters()` 为空，SGD 会报出"
        "梯度下降部分展示的错误。应使用 `nn.Parameter`。"
    ),
    "autograd.fix.undefined_x1": "使用 `nn.Parameter` 的版本定义了 `input_`，却调用 `my_model.forward(x1)`；本实验室传入的是 `input_`。",
    "autograd.fix.imports": "练习代码使用了 `nn`、`optim` 和 `plt` 却没有导入；本实验室的代码导入了所用模块，并用 plotly 绘图。",
    "autograd.fix.dynamic_lr": (
        "所谓“动态学习率” `lr = p.grad**2` 使更新步长变成 grad³——此处约为 10¹²；教程自己也说这种设置不对。"
        "本实验室展示它的后果，并使用固定学习率。"
    ),
    "autograd.fix.sigmoid_backward": (
        "《{tutorial_graphs}》的文字说对自定义 Sigmoid 调用 `y.backward()`，但 y 有 3 个元素：backward 需要一个 gradient "
        "参数，正如其代码中用的 `torch.ones_like(x)`。"
    ),
    "autograd.preset": "预设",
    "autograd.expression": "表达式",
    "autograd.expression_help": (
        "可用运算符 + - * / ** @，索引 x[0] 或 x[:, 1]，函数如 sin、exp、relu、sigmoid、sum、mean、"
        "clamp(min=0)、mm（也可写成 torch.sin、F.relu 或方法 x.sin()）。其他任何内容都不会被执行。"
    ),
    "autograd.from_seed": "来自《{tutorial}》。",
    "autograd.preset_fixes": "相对教程代码所做的修正：",
    "autograd.value": "{name} 的值",
    "autograd.value_help": (
        "一个数、嵌套列表如 [[1.0, 2.0], [3.0, 4.0]]，或 randn(64, 1000)、rand(3)、zeros(2, 2)、ones(3)、"
        "arange(4)。随机值由侧边栏的随机种子决定。"
    ),
    "autograd.dtype": "数据类型",
    "autograd.output": "**输出** `out` = `{value}`（形状 {shape}）",
    "autograd.ones_like": (
        "输出不止一个元素，backward 需要一个 gradient 参数：本实验室调用 "
        "`out.backward(torch.ones_like(out))`，得到的是 `out.sum()` 的梯度。"
    ),
    "autograd.no_leaves": "没有变量勾选 requires_grad，因此 autograd 不记录任何操作，也没有梯度。",
    "autograd.grad_line": "**`{name}.grad`** = `{grad}` —— 与 `torch.autograd.grad` 一致：{check}",
    "autograd.term": "- 来自 `{op}`：传入 `{incoming}` × 局部导数 `{local}` = `{sent}`",
    "autograd.local_jacobian": "雅可比矩阵（非逐元素）",
    "autograd.terms_summed": "该叶子节点被使用了 {count} 次：autograd 把这 {count} 项相加。",
    "autograd.own_graph": "根据 grad_fn 绘制",
    "autograd.torchviz_graph": "torchviz 的 make_dot",
    "autograd.legend": (
        "蓝色：叶子张量（is_leaf=True，grad_fn=None）。黄色：反向函数（grad_fn），显示其对应子表达式的值，"
        "以及 backward 之后流入它的梯度。绿色：输出。"
    ),
    "autograd.torchviz_note": "torchviz 绘制的是一次新的前向传播，因此保存的张量仍然存在。参数以变量名命名。",
    "autograd.not_in_graph": "不在计算图中：{names}——它们不需要梯度，autograd 不为它们记录节点。",
    "autograd.no_steps": "没有可逐步查看的内容：输出不需要梯度。",
    "autograd.step": "反向传播步骤",
    "autograd.step_title": "**第 {index} 步（共 {count} 步）：`{op}`**",
    "autograd.step_incoming": "到达的梯度：`{grad}`",
    "autograd.step_product": "→ 传给 **{target}**：`{incoming}` × `{local}` = `{sent}`",
    "autograd.no_target": "不需要梯度的输入",
    "autograd.col_op": "反向函数",
    "autograd.col_incoming": "到达的梯度",
    "autograd.col_leaf": "叶子元素",
    "autograd.col_fd": "有限差分",
    "autograd.col_diff": "|差值|",
    "autograd.sampled": "{name} 共有 {total} 个元素；按侧边栏随机种子随机抽取其中 {count} 个进行检查。",
    "autograd.max_diff": "最大差值",
    "autograd.max_rel_diff": "最大相对差值",
    "autograd.gradcheck_pass": "torch.autograd.gradcheck（float64 输入）：通过。",
    "autograd.gradcheck_fail": "torch.autograd.gradcheck（float64 输入）未通过：{detail}",
    "autograd.fd_explained": (
        "有限差分在 float64 副本上取 h = 1e-6。在折点附近（如 relu 或 abs 在 0 处）两者会不一致，这是正常的："
        "函数在那里不可导。"
    ),
    "autograd.repeats": "backward() 调用次数",
    "autograd.zero_mode": "每次调用之后",
    "autograd.zero.none": "什么都不做",
    "autograd.zero.grad_zero": "调用 x.grad.zero_()",
    "autograd.zero.optimizer_zero_grad": "调用 optimizer.zero_grad()",
    "autograd.backward_call": "第几次 backward()",
    "autograd.grad_sum": ".grad（元素之和）",
    "autograd.after_calls": "第 {count} 次调用后 `{name}.grad`：`{grad}`；清零之后：`{after}`",
    "autograd.zero_explained.none": "梯度会累积：每次 backward 都再加上一份相同的梯度，所以 `.grad` 线性增长。",
    "autograd.zero_explained.grad_zero": "`grad.zero_()` 原地把 `.grad` 填为 0，所以每次调用都从 0 开始。",
    "autograd.zero_explained.optimizer_zero_grad": (
        "`optimizer.zero_grad()` 默认把 `.grad` 设为 None（set_to_none=True）：梯度被释放，下一次 backward "
        "会重新创建它。"
    ),
    "autograd.twice_title": "对同一张图调用两次 backward",
    "autograd.twice_error": (
        "这是 PyTorch 的真实报错。第一次 backward 释放了计算图为它保存的张量；第二次没有它们就无法运行。"
        "在第一次调用时传入 `retain_graph=True` 即可保留。"
    ),
    "autograd.twice_ok": "第一次 backward 后 `{name}.grad`：`{first}`；第二次之后：`{second}`",
    "autograd.twice_retained": "使用 `retain_graph=True` 后保存的张量得以保留，第二次 backward 可以运行，梯度相加。",
    "autograd.twice_no_saved": "这张图没有为反向传播保存任何张量，所以即使没有 retain_graph，autograd 也能再次运行它。",
    "autograd.tracking_mode": "计算表达式的方式",
    "autograd.tracking.tracked": "正常计算",
    "autograd.tracking.no_grad": "在 torch.no_grad() 下",
    "autograd.tracking.detach": "对 x.detach() 计算",
    "autograd.tracking.requires_grad_false": "在 x.requires_grad_(False) 之后",
    "autograd.graph_nodes": "图节点数",
    "autograd.tracking_explained.tracked": "autograd 记录对需要梯度的张量的每个操作：输出带有 grad_fn。",
    "autograd.tracking_explained.no_grad": "在 `torch.no_grad()` 中不记录任何操作：输出是一个没有 grad_fn 的普通张量（用于推理、参数更新）。",
    "autograd.tracking_explained.detach": "`.detach()` 返回一个与原张量共享内存、但已从计算图中切断的张量。",
    "autograd.tracking_explained.requires_grad_false": "`requires_grad_(False)` 直接关闭该张量本身的梯度跟踪（只能用于叶子张量）。",
    "autograd.detach_shares": "detach 后的张量与原张量共享内存：{shares}",
    "autograd.update_title": "更新参数：.data 与 no_grad",
    "autograd.col_param": "参数",
    "autograd.col_before": "更新前",
    "autograd.update_same": "对《{tutorial_byhand}》的链式网络更新一步（lr = 0.01），两种写法得到相同的数值：{same}。",
    "autograd.update_error": "两者都不用时，PyTorch 会拒绝对需要梯度的叶子张量做原地更新——上面是它的真实报错。",
    "autograd.data_danger_title": "为什么推荐 no_grad 而不是 .data",
    "autograd.data_danger": (
        "`.data` 会对 autograd 隐藏修改。执行 `out = a.sigmoid(); out.data.zero_()` 后，backward 悄悄得到 "
        "`{wrong}`，而正确值是 `{right}`。同样的修改若通过 `out.detach().zero_()` 进行，会被 autograd 的版本"
        "计数器发现："
    ),
    "autograd.sigmoid_inputs": "输入 x（最多 16 个数的列表）",
    "autograd.custom_explained": (
        "图中的节点 `SigmoidFunctionBackward` 就是自定义 Function 的反向函数；`ctx.saved_tensors` 保存了 "
        "forward 用 `save_for_backward` 存下的结果，backward 重用它：grad · s · (1 − s)。"
    ),
    "autograd.lr": "学习率",
    "autograd.steps": "步数",
    "autograd.by_hand": "手写（no_grad）",
    "autograd.step_axis": "步数",
    "autograd.rounding": (
        "两者在 float32 舍入误差范围内一致：SGD 用一次融合运算计算 w + (−lr)·grad，而手写循环先对 lr·grad "
        "舍入，所以最后一位可能不同。"
    ),
    "autograd.diverged": "学习率为 {lr} 时该链式网络发散（教程用的 0.01 就会发散：第一步的梯度达到数千）。试试 1e-4。",
    "autograd.dynamic_lr": "《{tutorial_byhand}》的“动态学习率” lr = p.grad**2 一步就会把 w1、w2、w3 从 3、4、5 变成 {values}。",
    "autograd.w2_title": "练习：只训练 w2",
    "autograd.epochs": "训练轮数",
    "autograd.epochs_thinned": "在 {epochs} 轮中均匀选取 {shown} 轮绘制（包含最后一轮）。",
    "autograd.neuron_input": "输入神经元",
    "autograd.neuron_hidden": "隐藏神经元",
    "autograd.neuron_output": "输出神经元",
    "autograd.epoch_label": "第 {epoch} 轮",
    "autograd.neuron": "神经元",
    "autograd.activation": "激活值",
    "autograd.w1_frozen": "w1（固定）",
    "autograd.w2_explained": (
        "只有 w2 是 `nn.Parameter`，也只有 w2 交给了优化器（参数：{names}），所以隐藏层激活值保持 1.0，"
        "输出逐步逼近目标值 2。"
    ),
    "autograd.unregistered": "这是《{tutorial_byhand}》中 MyModel 的真实报错：它的 `requires_grad=True` 张量并没有注册为参数。",
    "autograd.col_seed": "教程",
    "autograd.col_example": "示例",
    "autograd.col_expected": "应得结果",
    "autograd.col_got": "本实验室结果",
    "autograd.col_section": "对应部分",
    "autograd.corrections_title": "教程代码中被修正的问题",
    "autograd.err.empty": "请输入表达式，例如 x[0]**2 + x[1]**3。",
    "autograd.err.syntax": "表达式不是合法的 Python 语法（{detail}，约在第 {column} 列）。",
    "autograd.err.constant": "常量只能是数字，不能是 {text}。",
    "autograd.err.module_name": "{name} 只能用来调用函数，例如 torch.sin(x)。",
    "autograd.err.attribute": "这里不允许使用属性 .{name}（只允许 .T 和 .mT）。",
    "autograd.err.not_allowed": "这种 Python 写法（{what}）不属于表达式语言。",
    "autograd.err.private": "不允许使用以下划线开头的名字（{name}）。",
    "autograd.err.torch_functional_relu": "torch.functional.relu 并不存在（《{tutorial_byhand}》中的错误）。请使用 torch.relu 或 F.relu。",
    "autograd.err.function": (
        "函数 {name} 不可用。可用：sin、cos、exp、log、sqrt、tanh、sigmoid、relu、abs、sum、mean、max、min、"
        "pow、mm、matmul、clamp、softmax 等（见表达式输入框的帮助）。"
    ),
    "autograd.err.method": "方法 .{name}() 不可用。",
    "autograd.err.keyword": "不允许使用关键字参数 {name}（只允许 min、max、dim、keepdim、negative_slope、p）。",
    "autograd.err.index_constant": "索引必须是整数常量或由它们构成的切片，例如 x[0]、x[-1] 或 x[:, 1:3]。",
    "autograd.err.unknown_name": "变量 {name} 未定义。",
    "autograd.err.runtime": "PyTorch 无法完成这个计算：{detail}",
    "autograd.err.broadcast": "形状 {shapes} 无法广播：每个维度必须相等或为 1。",
    "autograd.err.index": "索引越界：{detail}",
    "autograd.err.arguments": "函数参数不正确：{detail}",
    "autograd.err.arithmetic": "算术错误：{detail}",
    "autograd.err.needs_tensor": "这里的 {text} 必须是张量，而不是数字。",
    "autograd.err.dtype": "{name}：未知的数据类型 {dtype}。",
    "autograd.err.int_grad": "{name} 的类型是 {dtype}：只有浮点张量才能要求梯度（整数不可微）。请选择 float32 或取消 requires_grad。",
    "autograd.err.value": "{name} 的值必须是数字、数字的嵌套列表，或带整数尺寸的 randn/rand/zeros/ones/arange。",
    "autograd.err.ragged": "{name} 的各行长度不同：张量必须是规则的矩形形状。",
    "autograd.err.constructor": "{name}：请使用 randn、rand、zeros、ones（正整数尺寸）或 arange(n)。",
    "autograd.err.random_int": "{name}：随机值需要浮点数据类型。",
    "autograd.err.int_output": "输出是整数张量，无法求导。",
    "autograd.err.number_list": "请输入 1 到 16 个数字组成的列表，例如 [1.0, 2.0, 3.0]。",
    "autograd.err.complex": (
        "{text} 在 Python 中是复数 {value}，而本实验室只处理实数张量（在 PyTorch 中，torch.tensor(-1.0) ** 0.5 "
        "得到 nan）。做分数次幂时请让底数不为负。"
    ),
    "autograd.err.too_large": "{name}：{value} 超出了 {dtype} 的表示范围（最大约为 {largest}）。请使用更小的数字或其他数据类型。",
    "autograd.err.sigmoid_number": "{value} 太大，无法表示为浮点数（最大约为 1.8e308）。请使用像 [1.0, 2.0, 3.0] 这样的数字。",
}
