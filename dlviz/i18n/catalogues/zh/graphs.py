"""Strings of the Dynamic vs static graphs lab — 简体中文."""

STRINGS = {
    "graphs.intro": (
        "**动态图**是在 Python 运行代码的同时记录下来的：每次调用都会记录一张新图，沿着数据所选择的 "
        "`if` 和 `while` 分支。**静态图**在运行之前一次性构建，必须包含代码可能走的每一条路径。下面实时运行"
        "《{tutorial_graphs}》（“Graphs”部分）的示例——出错之处已修正——并与 PyTorch 如今推荐的工具并排对照。"
    ),
    "graphs.deprecation": (
        "⏳ **TorchScript 已被弃用。** 在较新的 PyTorch（自 2.10 起）中，调用 `torch.jit.script` 和 "
        "`torch.jit.trace` 会发出警告，将来可能被移除。本页捕获该警告并显示出来。替代方案："
        "用 `torch.compile` 加速 Python 代码（保留 Python 控制流，必要时把图切开），用 `torch.export`"
        "（配合 `torch.cond` 处理依赖数据的分支）为部署捕获一张完整的图。"
    ),
    "graphs.deprecation_caught": "本服务器（torch {version}）上捕获到 — {category}：{message}",
    "graphs.deprecation_none": "此版本的 torch（{version}）在 script 编译时没有发出弃用警告。",
    "graphs.jit_missing": (
        "此版本的 torch（{version}）没有 `torch.jit`：TorchScript 已被移除。这一部分需要它；"
        "替代方案请看 “torch.fx 与 torch.export” 标签页。"
    ),
    "graphs.caught_warning": "编译时捕获到的警告 — **{category}**：{message}",
    "graphs.yes": "是",
    "graphs.no": "否",
    "graphs.tab.eager": "1 · Eager（动态图）",
    "graphs.tab.script": "2 · torch.jit.script 编译",
    "graphs.tab.trace": "3 · torch.jit.trace 追踪",
    "graphs.tab.export": "4 · torch.fx 与 torch.export",
    "graphs.tab.loops": "5 · 循环",
    "graphs.tab.timing": "6 · 计时",
    "graphs.eager.intro": (
        "教程的 `dynamic_model(x, threshold)` 在 `x.sum() > threshold` 时返回 `x * 2`，否则返回 "
        "`x / 2`。自动微分（自动求导）在代码运行时记录计算图（一张有向无环图），所以图中只有 Python 实际走过的那个分支。拖动滑块跨过阈值："
        "节点会在 `MulBackward0` 和 `DivBackward0` 之间切换，梯度 `x.grad` 在 2 和 0.5 之间切换。"
    ),
    "graphs.eager.threshold": "阈值 threshold",
    "graphs.eager.result": "`x.sum()` = {total} {cmp} threshold = {threshold} → Python 执行 `{branch}`。",
    "graphs.eager.branch": "实际走的分支",
    "graphs.eager.graph_caption": "本次调用记录下的 y 的自动求导计算图（运算：{ops}）。",
    "graphs.eager.note": (
        "判断 `x.sum() > threshold` 不在图中：它产生的是 Python 的 `bool`，而 autograd 只记录对需要梯度的"
        "张量所做的运算。下一次调用可能记录出不同的图——这就是“动态”的含义。（教程对 x = [1, 2, 3]、"
        "threshold = 5 打印 `tensor([2., 2., 2.])`：滑块的默认值正好复现它。）"
    ),
    "graphs.script.intro": (
        "教程把这称为*静态图*：`torch.jit.script` 在运行之前编译 `model` 的**源代码**。因为编译的是源代码"
        "而不是某一次运行，`w2 = w2a if prev_loss < 5.0 else w2b` 的**两个**分支都在同一张图里，位于一个 "
        "`prim::If` 节点中（橙色高亮）。每次调用时走哪个分支仍由数据决定——所以这张图的结构是静态的，"
        "但并不是一条固定的路径。"
    ),
    "graphs.script.corrections": (
        "**相对教程的修正。**（1）给 `prev_loss` 加上 `float` 类型注解：TorchScript 把没有注解的参数当作 "
        "Tensor，所以教程用 `prev_loss = 5.0` 调用会失败——实时结果：`{error1}`。（2）只有实际走过的分支"
        "才会得到梯度。教程从 `prev_loss = 5.0` 开始，第一轮用的是 `w2b`，`w2a.grad` 为 None；教程的"
        "更新语句 `w2a -= learning_rate * w2a.grad` 随即失败——实时结果：`{error2}`。修正后的循环只更新 grad "
        "不为 None 的权重。"
    ),
    "graphs.script.if_count": "script 图中的 prim::If 节点数",
    "graphs.script.code_title": "**TorchScript 代码**（`scripted.code`）",
    "graphs.script.graph_title": "**TorchScript 计算图**（`scripted.graph`）",
    "graphs.script.if_lines": "图中含有 prim::If 的行 — {lines}",
    "graphs.script.drawn_title": "**同一张图的绘制** — 控制流用橙色框出，每个 block 是一个分支（常量已隐藏）",
    "graphs.script.train_title": "训练：谁得到了梯度？",
    "graphs.script.train_intro": (
        "教程的训练循环（已修正），运行在小数据上（N=8、D_in=4、H=16、D_out=2，用侧边栏的随机种子生成）。"
        "每一轮把上一轮的损失作为 `prev_loss` 传入：只要它不小于 5，就使用并训练 `w2b`；一旦损失降到 5 以下，"
        "下一轮就改用 `w2a`——它还没训练过，于是损失又跳回去。表格显示每一轮哪些权重得到了梯度。"
    ),
    "graphs.script.steps": "迭代次数",
    "graphs.script.lr": "学习率",
    "graphs.script.used_w2a": "使用 w2a（prev_loss < 5）",
    "graphs.script.used_w2b": "使用 w2b（prev_loss ≥ 5）",
    "graphs.script.col_step": "迭代",
    "graphs.script.col_loss": "损失",
    "graphs.script.col_branch": "分支",
    "graphs.script.no_grad": "None（无梯度）",
    "graphs.script.summary": (
        "共有 **{a}** 轮使用 `w2a`，**{b}** 轮使用 `w2b`。权重只在用到它的那一轮得到梯度；"
        "另一个分支的 `.grad` 保持为 None。"
    ),
    "graphs.script.diverged": "损失已不再是有限数：学习率太大了。请选择更小的学习率。",
    "graphs.trace.intro": (
        "`torch.jit.trace` 用示例输入把函数运行一遍，记录下实际发生的张量运算。追踪时 `if` 是在 Python 中执行的，"
        "所以只记录了当时走的那个分支——另一个分支消失了，也没有 `prim::If`。PyTorch 会用 TracerWarning 提醒"
        "（下方已捕获）。用一个 `prev_loss` 追踪，再用 5 另一侧的值调用，与 eager 的结果比较。"
    ),
    "graphs.trace.working": "正在用 torch.jit.trace 追踪——每个分支在每台服务器上只做一次……",
    "graphs.trace.at_trace": "追踪时的 prev_loss",
    "graphs.trace.at_call": "调用时的 prev_loss",
    "graphs.trace.recorded": "用 prev_loss = {value} 追踪：记录下的图永远使用 `{branch}`。",
    "graphs.trace.eager_loss": "Eager 损失（使用 {branch}）",
    "graphs.trace.traced_loss": "追踪版损失（使用 {branch}）",
    "graphs.trace.if_count": "追踪图中的 prim::If 节点数",
    "graphs.trace.agree": "结果相同：这个输入走的正是被追踪的分支（{branch}）。",
    "graphs.trace.wrong": "结果错误，而且没有任何报错：这个输入应该选择 `{eager}`，但追踪出的图重放的是 `{traced}`。",
    "graphs.trace.code_title": "**追踪得到的代码**（`traced.code`）",
    "graphs.trace.graph_title": "**追踪得到的计算图**（`traced.graph`）",
    "graphs.trace.drawn_title": "**追踪图的绘制** — 一条直路，没有控制流",
    "graphs.export.intro": (
        "PyTorch 现在推荐的工具不借助 TorchScript 来捕获计算图。`torch.fx.symbolic_trace` 和 `torch.export` "
        "都拒绝基于张量数据的普通 `if`——下方显示它们真实的报错。把分支改写成 `torch.cond` 后，`torch.export` "
        "就能接受：两个分支都作为子图（`true_graph_0`、`false_graph_0`）保存在同一个导出程序中。"
        "这里使用教程的阈值 5。"
    ),
    "graphs.export.working": "正在用 torch.fx 和 torch.export 捕获计算图——需要几秒钟，每台服务器只做一次……",
    "graphs.export.fx_title": "**torch.fx.symbolic_trace(dynamic_model)** — 普通的 `if`",
    "graphs.export.plain_title": "**torch.export.export** — 普通的 `if`",
    "graphs.export.cond_title": "**torch.export.export** — 用 `torch.cond` 改写同一个分支",
    "graphs.export.has_cond": "导出图中含有 torch.cond",
    "graphs.export.col_eager": "eager 的 dynamic_model(x, 5)",
    "graphs.export.col_exported": "导出程序(x)",
    "graphs.export.program_title": "完整的导出程序（print(program)）",
    "graphs.export.full_error": "完整的报错信息",
    "graphs.export.no_failure": "此版本的 torch 捕获普通 `if` 时没有报错：它的行为与编写本页时不同了。",
    "graphs.loop.intro": (
        "一个迭代次数取决于数据的循环：`while x.norm() < k: x = x * 2`。Eager 模式下 autograd 会把它展开："
        "每迭代一次就多一个 `MulBackward0` 节点，所以图的大小随数据而变。TorchScript 则把循环本身编译成一个 "
        "`prim::Loop` 节点，在运行时重复执行，数据需要多少次就重复多少次。"
    ),
    "graphs.loop.scale": "x = scale · (1, 2, 2)，选择 scale",
    "graphs.loop.k": "k（范数达到 k 时停止）",
    "graphs.loop.steps": "实际迭代次数",
    "graphs.loop.nodes": "自动求导图节点数",
    "graphs.loop.loop_count": "prim::Loop 节点数（script）",
    "graphs.loop.result": (
        "‖x‖ = {norm}，k = {k}：循环体执行了 **{steps}** 次，所以 autograd 记录了 {steps} 次乘法，"
        "x.grad = 2^{steps} = {grad}。"
    ),
    "graphs.loop.eager_title": "**Eager：展开后的自动求导图**",
    "graphs.loop.script_title": "**torch.jit.script：一个 prim::Loop**",
    "graphs.err.zero_norm": "x 全为零：怎么翻倍都达不到 k，循环永远不会结束。请选择非零的 scale。",
    "graphs.timing.intro": (
        "编译到底值不值得？这些数字由 `benchmarks/graphs.py` 测得——不计预热调用，取多次调用的中位数，"
        "并同步设备——而不是在你访问时现场测量：每次重新运行页面都去编译会慢得无法接受。两个任务：一串逐元素运算"
        "（手写的 GELU，能做融合的编译器会把它合并成一个内核），以及《{tutorial_graphs}》的两层模型（两次矩阵乘法，本来就在"
        "高度优化的内核中运行）。"
    ),
    "graphs.timing.no_runs": "没有找到计时表。运行 `python -m benchmarks.graphs` 来测量一份。",
    "graphs.timing.machine": "测量所用的机器",
    "graphs.timing.workload": "任务",
    "graphs.workload.pointwise": "逐元素运算链（GELU）",
    "graphs.workload.seed_model": "教程中的两层模型",
    "graphs.timing.size": "规模（逐元素运算链为元素个数，模型为批大小）",
    "graphs.timing.machine_caption": "测量机器：{label}，时间 {date}；torch 线程数：{threads}；取 {repeats} 次计时调用的中位数。{cache}",
    "graphs.timing.cold": "首次调用为冷编译（关闭了 torch.compile 的磁盘缓存）。",
    "graphs.timing.warm": "首次调用可能复用了 torch.compile 的磁盘缓存。",
    "graphs.timing.not_measured": "未测量",
    "graphs.timing.vs_eager": "相对 eager ×{ratio}",
    "graphs.timing.compile_failed": (
        "torch.compile 在测量机器上失败：{error}。在 CPU 上它运行时需要可用的 C++ 编译器，而托管服务器"
        "往往没有；eager 和 script 仍然可用。"
    ),
    "graphs.timing.payoff": (
        "在这个规模下编译是值得的：第一次调用耗时 {first} 秒（含编译），之后每次调用省下的时间大约在 "
        "{calls} 次调用后抵消编译开销。"
    ),
    "graphs.timing.no_payoff": "在这个规模下编译不值得：torch.compile 并不比 eager 快，而它的第一次调用耗时 {first} 秒。",
    "graphs.timing.server_compiler": "本服务器有 C++ 编译器（{path}），所以 torch.compile 可以在这里生成 CPU 内核；但本页在访问期间从不编译。",
    "graphs.timing.server_no_compiler": (
        "本服务器没有 C++ 编译器：torch.compile 在这里的 CPU 上会失败（eager 和 TorchScript 仍然可用）。"
        "上面的数字来自上方标明的机器。"
    ),
    "graphs.timing.axis_size": "规模",
    "graphs.timing.axis_time": "每次调用的中位时间（毫秒）",
    "graphs.timing.honesty": (
        "请看比值而不是绝对时间：测量时机器可能同时在处理其他任务。规模很小时，时间主要花在每次调用的固定开销上，"
        "任何编译器都帮不上忙；TorchScript 的 profiling executor 在 CPU 上几乎不做融合。在 GPU 机器上用 "
        "--device cuda:0 运行基准测试，即可加入一份 GPU 数据。"
    ),
    "limits.max_graphs_train_steps": "训练迭代次数",
    "limits.max_graphs_input_abs": "输入值的大小",
}
