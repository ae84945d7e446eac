"""Strings of the round-2 lessons: saving models, a two-layer net by hand, one SGD step, residuals, eager vs static — 简体中文."""

STRINGS = {
    # Limits
    "limits.max_hand_steps": "手写训练循环的步数",
    "limits.max_hand_learning_rate": "手写训练循环的学习率",
    "limits.max_step_learning_rate": "SGD 单步的学习率",
    "limits.max_residual_depth": "层堆叠的深度",
    # Autograd Lab: tutorial 002's two-layer network trained by hand
    "autograd.section.by_hand": "手写训练两层网络",
    "autograd.intro.by_hand": (
        "《{tutorial_graphs}》中的两层网络，完全按教程的写法训练：随机生成 `x`、`y`、`w1`、`w2`，手写前向传播"
        "（`mm`、用 `clamp(min=0)` 充当 ReLU、再 `mm`），以平方误差之和为损失，调用 `loss.backward()`，"
        "然后在 `torch.no_grad()` 下更新每个权重并把梯度清零——每一步都如此。"
    ),
    "autograd.example.two_layer_train": "手写训练两层网络 500 步（lr 1e-6）",
    "lessons.hand.seed": "x、y、w1、w2 的随机种子",
    "lessons.hand.lr": "学习率",
    "lessons.hand.steps": "步数",
    "lessons.hand.step_axis": "步",
    "lessons.hand.loss_axis": "损失（平方和，对数坐标）",
    "lessons.hand.first_loss": "初始损失（随机权重）",
    "lessons.hand.final_loss": "最终损失（最后一次更新之后）",
    "lessons.hand.diverged": (
        "学习率为 {lr} 时损失溢出：每一步都迈得太远，权重越来越大，损失变成 inf 或 nan。"
        "64 × 10 个平方误差求和，梯度可达数千，所以这个循环需要非常小的学习率。"
    ),
    "lessons.hand.ratio": "{steps} 步之内，损失下降到原来的 1/{ratio}。",
    "lessons.hand.explained": (
        "每一步的前向传播都会重新构建一张计算图（从需要梯度的 `w1`、`w2` 出发），`backward()` 写入 `w1.grad` 和 "
        "`w2.grad`，更新则在 `torch.no_grad()` 下进行：否则对需要梯度的叶子张量做原地修改会被拒绝，而且更新本身不应"
        "成为下一张图的一部分。如果不调用 `grad.zero_()`，每一步的梯度都会累加到之前的梯度上。"
    ),
    "lessons.hand.corrections_title": "对教程代码所做的修正",
    "lessons.hand.fix.indent": (
        "教程的文本丢失了缩进：循环体以及 `with torch.no_grad():` 里的更新语句必须像代码面板中那样缩进，"
        "否则 Python 会拒绝执行。"
    ),
    "lessons.hand.fix.record": (
        "教程从不查看损失，因此看不出训练是否奏效：这里每一步都记录 `loss.item()`，并在最后一次更新之后计算最终损失。"
    ),
    "lessons.hand.fix.generator": (
        "数据和权重取自一个单独的、设定了种子的 `torch.Generator`，而不是全局随机数生成器：同一个种子总是得到同一条曲线。"
    ),
    # Building blocks: one SGD step on SimpleNet
    "blocks.section.one_step": "👣 一步 SGD",
    "lessons.step.intro": (
        "《{tutorial_graphs}》的 `SimpleNet`（Linear(10, 50) → ReLU → Linear(50, 1)），配合 `nn.MSELoss` 和 `optim.SGD`："
        "一批 5 个随机输入和目标，一次前向传播，`zero_grad()`、`backward()`，再执行一次 `optimizer.step()`。"
        "网络、输入和目标都由侧边栏的随机种子决定。"
    ),
    "lessons.step.lr": "学习率（lr）",
    "lessons.step.loss_before": "更新前的损失",
    "lessons.step.loss_after": "更新后的损失",
    "lessons.step.change": "变化",
    "lessons.step.col_param": "参数",
    "lessons.step.col_shape": "形状",
    "lessons.step.col_change": "‖更新后 − 更新前‖",
    "lessons.step.explained": (
        "普通 SGD 把每个参数恰好移动 `lr × grad`（这里 lr = {lr}）：‖lr × grad‖ 一列与优化器实际造成的变化相等。"
        "梯度指向上坡方向，因此朝下坡迈一小步，就能降低这一批数据上的损失。"
    ),
    "lessons.step.overshoot": "lr = {lr} 时步子太大：越过了谷底，损失反而上升。请试试更小的学习率。",
    # Building blocks: residual connections
    "blocks.section.residual": "⤴️ 残差连接",
    "lessons.res.intro": (
        "由 Linear(16, 16) 层堆叠而成，每层后接激活函数 f。普通堆叠：`h = f(W h + b)`；残差堆叠："
        "`h = h + f(W h + b)`，即在每一层外绕一条路把输入加回来。两种堆叠使用相同的权重和输入（侧边栏的随机种子）；"
        "图中是传到每层权重的梯度范数 ‖∂loss/∂W‖，损失取输出平方的均值。"
    ),
    "lessons.res.depth": "深度（层数）",
    "lessons.res.activation": "激活函数 f",
    "lessons.res.plain": "普通：y = f(x)",
    "lessons.res.residual": "残差：y = x + f(x)",
    "lessons.res.layer_axis": "层（1 = 第一层，最靠近输入）",
    "lessons.res.norm_axis": "‖∂loss/∂W‖（对数坐标）",
    "lessons.res.first_plain": "第一层，普通",
    "lessons.res.first_residual": "第一层，残差",
    "lessons.res.ratio": "残差 ÷ 普通",
    "lessons.res.explained": (
        "反向传播时，传到第一层的梯度是每层一个因子的连乘。没有跳跃连接时，每个因子是 f′ 乘以 W：sigmoid 的 f′ 最大只有 "
        "0.25，tanh 的 f′ 小于 1，权重又较小时，连乘结果随深度呈几何级数缩小——这就是梯度消失。使用 `y = x + f(x)` 后，"
        "每个因子变为 `1 + f′ W`：恒等路径把梯度原样传回，第一层依然能学习。换成 ReLU 时，残差累加的结果随深度增长，"
        "梯度也随之变大：这正是深层残差网络还需要重新缩放（归一化层、较小的初始权重）的原因。"
    ),
    # Building blocks: saving and loading
    "blocks.section.saving": "💾 保存与加载",
    "lessons.save.intro": (
        "保存模型的两种方式，在一个小小的 `TinyNet`（Linear(4, h) → ReLU → Linear(h, 2)）上试验：它在这里用侧边栏的"
        "随机种子构建，就好像它的类定义在你自己的 `my_models.py` 文件中。两个文件都用 `torch.save` 写入内存；"
        "访客上传的任何内容都不会被加载。"
    ),
    "lessons.save.hidden": "隐藏层宽度 h",
    "lessons.save.whole_title": "整个模型",
    "lessons.save.state_title": "state_dict",
    "lessons.save.size": "文件大小",
    "lessons.save.globals": "它的 pickle 中记录了这些 Python 对象，加载时必须导入并调用它们——第一个就是你的类：",
    "lessons.save.keys": "它只包含 名称 → 张量（一个 `OrderedDict`）：",
    "lessons.save.col_entry": "zip 文件中的条目",
    "lessons.save.col_bytes": "字节数",
    "lessons.save.col_key": "键",
    "lessons.save.col_shape": "形状",
    "lessons.save.col_dtype": "数据类型",
    "lessons.save.reloaded": (
        "在相同的 3 个输入上重新加载：整个模型（又是一个 `{type}`）给出{whole}；新建的 `TinyNet` 经 "
        "`load_state_dict` 后给出{state}。"
    ),
    "lessons.save.same.True": "完全相同的输出",
    "lessons.save.same.False": "不同的输出",
    "lessons.save.why_title": "为什么推荐 state_dict",
    "lessons.save.refused": (
        "整个模型的文件是一个记录了你的类的 pickle，而反序列化（unpickle）可以执行文件中指定的任意代码。"
        "自 PyTorch 2.6 起，`torch.load` 默认 `weights_only=True`，只接受张量和普通容器，"
        "于是拒绝加载这个文件，报错信息来自 torch 本身："
    ),
    "lessons.save.renamed": (
        "即使用 `weights_only=False` 加载，也要求这个类能以相同的名称、从相同的模块导入。把 `{module}` 中的类改名"
        "（改为 `{renamed}`，代码的新版本很可能这样做），旧文件就加载不了了："
    ),
    "lessons.save.advice": (
        "请保存 `model.state_dict()`（做检查点时连同优化器的 `state_dict()`），并用 "
        "`model.load_state_dict(torch.load(f, weights_only=True))` 加载：文件更小，打开安全，"
        "而且经得起改名和重构，因为构建模型的是你的代码，而不是文件。"
    ),
    # Graphs lab: eager vs static summary
    "graphs.tab.compare": "7 · 总结",
    "lessons.compare.intro": (
        "同一个思想在四种系统中的样子：计算图何时构建，`if` 和循环如何处理，如何调试，如何部署。"
        "TensorFlow 1.x 是经典的静态图：先定义图，再在会话（Session）中运行。"
    ),
    "lessons.compare.style.tf1": "TensorFlow 1.x（图 + Session）",
    "lessons.compare.style.eager": "PyTorch 即时执行（边运行边定义）",
    "lessons.compare.style.script": "torch.jit.script",
    "lessons.compare.style.export": "torch.export",
    "lessons.compare.aspect.built": "计算图何时构建",
    "lessons.compare.aspect.control_flow": "控制流（if、循环）",
    "lessons.compare.aspect.debugging": "调试",
    "lessons.compare.aspect.deployment": "部署",
    "lessons.compare.tf1.built": "在任何数据到来之前构建一次：占位符和运算定义出图；`session.run` 配合 `feed_dict` 执行它。",
    "lessons.compare.tf1.control_flow": "使用图运算（`tf.cond`、`tf.while_loop`）；Python 的 `if` 只在定义图时执行一次。",
    "lessons.compare.tf1.debugging": "困难：张量在 `session.run` 之前都是符号，`print` 看不到数值；只能取回结果或使用 tf.Print。",
    "lessons.compare.tf1.deployment": "容易：冻结的图可以保存下来，脱离 Python 提供服务。",
    "lessons.compare.eager.built": "每次前向传播时随 Python 代码的执行重新构建（边运行边定义）。",
    "lessons.compare.eager.control_flow": "普通 Python：`if`、`for`、`while` 在运行时决定，每次只记录实际走过的路径。",
    "lessons.compare.eager.debugging": "容易：每个张量当下就有数值；`print`、pdb 和断点都能用。",
    "lessons.compare.eager.deployment": "需要 Python 和模型代码（或先编译，见后两列）。",
    "lessons.compare.script.built": "在 `torch.jit.script` 把 Python 源码编译为 TorchScript 时构建一次。",
    "lessons.compare.script.control_flow": "保留下来：`if` 和循环成为图中的 `prim::If`、`prim::Loop`，两个分支都在图里。",
    "lessons.compare.script.debugging": "较难：只支持带类型注解的 Python 子集，错误来自编译器。在新版 torch 中已被弃用。",
    "lessons.compare.script.deployment": "用 `torch.jit.save` 保存，可在 C++（LibTorch）中脱离 Python 加载。",
    "lessons.compare.export.built": "提前构建一次：`torch.export.export` 用示例输入追踪模型，得到一个 ExportedProgram。",
    "lessons.compare.export.control_flow": "经追踪得到：依赖数据的 `if` 必须写成 `torch.cond`；形状可以标记为动态。",
    "lessons.compare.export.debugging": "导出时的错误会指出不支持的那一行；捕获到的图是可读的 Python（ATen 运算）。",
    "lessons.compare.export.deployment": "当今推荐的路线：`torch.export.save`，再交给 AOTInductor、ExecuTorch 等后端。",
    "lessons.compare.pick": "用以下方式展示同一个计算",
    "lessons.compare.tf1_label": (
        "TensorFlow 1.x 代码，仅作为文本展示：这里不会运行它（dlviz 没有安装 TensorFlow）。"
        "最后一行注释中的输出是 TensorFlow 1.x 打印的结果。"
    ),
    "lessons.compare.note.tf1": (
        "分两个阶段：先用占位符构建图（此时还没有数值），再通过 `session.run` 把真实数值送进去。"
        "分支是图运算 `tf.cond`，反向传播的图也要事先用 `tf.gradients` 构建。"
    ),
    "lessons.compare.note.eager": (
        "只有一个阶段：代码带着真实数值运行，自动微分（自动求导）边运行边记录计算图——这就是本实验室的第 1 个标签页。"
        "改变阈值，下一次运行就会记录另一个分支。"
    ),
    "lessons.compare.note.script": (
        "`if` 被编译进图中，所以一张 TorchScript 图同时服务两个分支——本实验室的第 2 个标签页展示了它。"
        "它需要函数的源文件，所以请在 .py 文件中运行。"
    ),
    "lessons.compare.note.export": (
        "`torch.export` 提前捕获一整张图；`torch.cond` 把两个分支都保留为子图——本实验室的第 4 个标签页展示了导出的图。"
    ),
}
