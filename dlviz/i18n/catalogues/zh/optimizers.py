"""Strings of the Optimizer arena — 简体中文."""

STRINGS = {
    "limits.max_arena_learning_rate": "学习率",
    "limits.max_arena_schedule_epochs": "调度轮数",
    "optimizers.section": "板块",
    "optimizers.section.arena": "⛰️ 损失曲面",
    "optimizers.section.manual": "✍️ 手写更新",
    "optimizers.section.schedules": "📉 学习率调度",
    "optimizers.section.batch": "🎲 批大小",
    "optimizers.cpu_note": (
        "这里的每次运行只有两个参数，所以无论侧边栏选择什么设备都在 CPU 上运行：启动一次 GPU 内核的开销比整步计算还大。"
        "侧边栏的随机种子决定数据和批次。"
    ),
    "optimizers.err.unknown_surface": "没有名为 {name} 的曲面。",
    "optimizers.err.steps_positive": "步数至少为 1。",
    "optimizers.err.lr_positive": "学习率必须是正数，而不是 {lr}。",
    # Arena
    "optimizers.arena.intro": (
        "七个真实的 `torch.optim` 优化器从二维损失曲面上的同一点出发；每个都用 `zero_grad()`、`backward()`、"
        "`step()` 更新一个双参数张量 `p = (x, y)`。点击 **播放** 观看它们的移动。SGD、动量和 Nesterov 共用一个学习率；"
        "自适应优化器（Adagrad、RMSprop、Adam、AdamW）会除以根据以往梯度估计出的梯度大小，所以它们有自己的学习率。"
    ),
    "optimizers.surface": "损失曲面",
    "optimizers.surface.bowl": "二次碗形",
    "optimizers.surface.rosenbrock": "Rosenbrock（香蕉形山谷）",
    "optimizers.surface.beale": "Beale 函数",
    "optimizers.surface.saddle": "鞍点",
    "optimizers.surface.himmelblau": "Himmelblau（四个极小值）",
    "optimizers.condition": "条件数",
    "optimizers.condition_help": (
        "碗形函数为 (x² + κ·y²)/2：κ 表示 y 方向比 x 方向陡多少。SGD 必须保持 lr < 2/κ，否则会在 y 方向发散，"
        "而在 x 方向又走得很慢。"
    ),
    "optimizers.steps": "步数",
    "optimizers.start_x": "起点 x",
    "optimizers.start_y": "起点 y",
    "optimizers.sgd_lr": "学习率：SGD、动量、Nesterov",
    "optimizers.adaptive_lr": "学习率：Adagrad、RMSprop、Adam、AdamW",
    "optimizers.momentum": "动量 μ（动量法、Nesterov）",
    "optimizers.beta1": "Adam 的 β₁",
    "optimizers.beta2": "Adam 的 β₂",
    "optimizers.alpha": "RMSprop 的 α",
    "optimizers.weight_decay": "AdamW 权重衰减 λ",
    "optimizers.more_settings": "更多：Adam β₂、RMSprop α、AdamW 权重衰减",
    "optimizers.chosen": "优化器",
    "optimizers.nesterov_needs_momentum": (
        "已略去 Nesterov：动量为 0 时没有可以“向前看”的速度，`torch.optim.SGD(nesterov=True)` 会抛出 ValueError。"
        "动量为 0 时，动量法的路径与普通 SGD 完全相同。"
    ),
    "optimizers.pick_one": "请至少选择一个优化器。",
    "optimizers.legend_diverged": "{name}（发散）",
    "optimizers.fig.minimum": "极小值",
    "optimizers.fig.start": "起点",
    "optimizers.fig.play": "▶ 播放",
    "optimizers.fig.pause": "⏸ 暂停",
    "optimizers.fig.step": "步",
    "optimizers.fig.diverged": "发散：损失为无穷大",
    "optimizers.fig.loss_axis": "损失 − 极小值（对数坐标）",
    "optimizers.diverged_note": (
        "发散：{names}。步子迈得太大，每次越过极小值都比上一次更远，路径飞出了图外；此后损失记为无穷大"
        "（损失图上的 ∞）。请调小对应的学习率。"
    ),
    "optimizers.col.step": "步",
    "optimizers.col.loss": "损失",
    "optimizers.col.optimizer": "优化器",
    "optimizers.col.final_loss": "最终损失",
    "optimizers.col.final_x": "最终 x",
    "optimizers.col.final_y": "最终 y",
    "optimizers.col.status": "结果",
    "optimizers.status.diverged": "在第 {step} 步发散",
    "optimizers.status.converged": "在第 {step} 步进入极小值 0.001 以内",
    "optimizers.status.moving": "仍在前进",
    "optimizers.rules_title": "各优化器的更新规则",
    "optimizers.rules_intro": "g 是这一步的梯度 `p.grad`，η 是学习率。本实验室的测试会检查 `torch.optim` 是否严格遵循这些规则。",
    # Schedules
    "optimizers.err.epochs_too_few": "学习率调度至少需要 2 轮。",
    "optimizers.err.unknown_schedule": "没有名为 {name} 的调度器。",
    "optimizers.schedules.intro": (
        "调度器每轮（epoch）修改一次优化器的学习率：每个批次调用 `optimizer.step()`，每轮结束时调用一次 "
        "`scheduler.step()`。图中是每轮开始时读取的 `scheduler.get_last_lr()`，来自真实的 `torch.optim.lr_scheduler` "
        "类。《{tutorial_kitchen}》中的 `StepLR(step_size=30, gamma=0.1)` 与 `ReduceLROnPlateau(mode='min', factor=0.1, patience=10)` "
        "就是这里的默认值。"
    ),
    "optimizers.schedule": "调度器",
    "optimizers.schedule.StepLR": "StepLR（阶梯衰减）",
    "optimizers.schedule.MultiStepLR": "MultiStepLR（多阶梯衰减）",
    "optimizers.schedule.ExponentialLR": "ExponentialLR（指数衰减）",
    "optimizers.schedule.CosineAnnealingLR": "CosineAnnealingLR（余弦退火）",
    "optimizers.schedule.OneCycleLR": "OneCycleLR（单周期）",
    "optimizers.schedule.ReduceLROnPlateau": "ReduceLROnPlateau（平台期衰减）",
    "optimizers.epochs": "轮数",
    "optimizers.base_lr": "初始学习率（OneCycleLR 中为 max_lr）",
    "optimizers.plateau_noise": "输入损失的噪声",
    "optimizers.compare_all": "叠加显示其他五种调度",
    "optimizers.log_y": "学习率轴使用对数坐标",
    "optimizers.onecycle_note": (
        "OneCycleLR 不使用优化器自身的 lr：它从 max_lr/25 开始，在前 pct_start 比例的训练中升到 max_lr，"
        "然后降到 max_lr/250000。它本应在每个批次后调用 step；这里一步代表一轮。"
    ),
    "optimizers.schedule_note.StepLR": "每 step_size 轮把学习率乘以 gamma。",
    "optimizers.schedule_note.MultiStepLR": "在每个列出的里程碑轮次把学习率乘以 gamma。",
    "optimizers.schedule_note.ExponentialLR": "每轮之后把学习率乘以 gamma：lr = lr₀·gammaᵉ。",
    "optimizers.schedule_note.CosineAnnealingLR": "在 T_max 轮内沿半个余弦曲线从 lr₀ 降到 eta_min（若继续训练则再升回去）。",
    "optimizers.schedule_note.OneCycleLR": "先预热再退火：整个训练过程只有一个周期。",
    "optimizers.schedule_note.ReduceLROnPlateau": (
        "监视一个指标（这里是灰色的损失曲线：先下降，然后在 0.2 附近趋于平坦）。如果超过 `patience` 轮没有改善，"
        "就把学习率乘以 `factor`。它需要传入指标：`scheduler.step(loss)`。"
    ),
    "optimizers.sfig.epoch": "轮次",
    "optimizers.sfig.lr": "学习率",
    "optimizers.sfig.loss": "传给调度器的损失",
    "optimizers.sfig.reduced": "学习率下调",
    "optimizers.metric.first_lr": "第 0 轮学习率",
    "optimizers.metric.last_lr": "最后一轮学习率",
    "optimizers.metric.changes": "学习率发生变化的轮数",
    "optimizers.plateau_epochs": "ReduceLROnPlateau 在以下轮次降低了学习率：{epochs}",
    # Hand-written update
    "optimizers.lr": "学习率",
    "optimizers.manual.intro": (
        "在使用 `torch.optim` 之前，《{tutorial_byhand}》是手动更新权重的：计算损失，调用 `loss.backward()`，"
        "让每个参数沿梯度反方向移动，再把梯度清零（梯度会累加）。这里在同一个曲面上运行三种写法：`torch.optim.SGD`；"
        "`with torch.no_grad(): p -= lr * p.grad`（推荐）；以及较老的 `p.data -= lr * p.grad`。"
        "第四条路径是该教程中的“动态学习率” `learning_rate = p.grad ** 2`。"
    ),
    "optimizers.manual.hint": (
        "试试把起点放在极小值附近：那里梯度小于 1，grad³ 非常小，动态规则几乎不动。离得远时，grad³ 巨大，"
        "它会一下子跳出图外。"
    ),
    "optimizers.form.optim_sgd": "torch.optim.SGD",
    "optimizers.form.no_grad": "no_grad 下的 p -= lr·p.grad",
    "optimizers.form.data": "p.data -= lr·p.grad（旧写法）",
    "optimizers.form.dynamic": "教程中的 lr = p.grad²",
    "optimizers.metric.max_gap": "{form} 与 torch.optim.SGD 的最大差距",
    "optimizers.metric.dynamic_end": "动态规则的最终损失",
    "optimizers.manual.same": (
        "三条 SGD 路径完全重叠：`torch.optim.SGD` 做的正是手写循环的那一步。可能出现约 1e-16 的差距，"
        "这是因为 `optimizer.step()` 用一次融合运算 `p.add_(grad, alpha=-lr)` 完成更新，而 `p -= lr * p.grad` "
        "会先对 `lr * p.grad` 取整——这是浮点舍入，不是不同的规则。`no_grad` 与 `.data` 的数值相同，区别在于安全性："
        "`.data` 的修改对 autograd 不可见，如果反向传播还需要旧值，你会悄无声息地得到错误的梯度，而不是报错。"
    ),
    "optimizers.manual.dynamic_title": "为什么《{tutorial_byhand}》的“动态学习率”行不通",
    "optimizers.manual.dynamic_why": (
        "令 `learning_rate = p.grad ** 2`，步长就成了 `p.grad ** 3`。这恰好弄反了：坡陡的地方（|grad| > 1），"
        "学习率随之变大，立方让步长爆炸，路径一两步就飞出图外；坡缓的地方（|grad| < 1，靠近极小值），学习率趋近于零，"
        "路径停滞不前。自适应优化器的做法正相反：Adagrad *除以* grad² 累加和的平方根，RMSprop 和 Adam *除以* grad² 滑动平均的平方根，"
        "于是陡峭方向步子变小，平缓方向步子变大。下图显示该规则每一步、每个坐标选用的学习率，以及恒定的 lr。"
    ),
    "optimizers.fig.dynamic_rate": "学习率 = grad²",
    "optimizers.manual.seed_title": "《{tutorial_byhand}》的例子（已修正并运行）",
    "optimizers.manual.seed_intro": (
        "教程的代码片段原样无法运行。这里已修正：`torch.tensor([4.0]),requires_grad = True)` 多了一个括号"
        "（改为 `torch.tensor([4.0], requires_grad=True)`）；`torch.functional.relu` 并不存在（改为 `torch.relu`）；"
        "`def model_predict()` 和 `class MyModel(torch.nn.Module)` 缺少冒号。"
    ),
    "optimizers.manual.seed_fixed": "learning_rate = 0.01（与教程相同）",
    "optimizers.manual.seed_dynamic": "learning_rate = p.grad ** 2（教程中的动态学习率）",
    "optimizers.manual.seed_lesson": (
        "即使是固定的 0.01，对这个链式模型也太大了：w1 的第一个梯度是 9520，于是 w1 从 3 跳到 −92.2，"
        "损失在三步之内爆炸到无穷大。教程中 100 步的循环最终只会得到 `inf`/`nan`。"
        "教程的学习率 grad² 本身在这里就大得惊人（{rates}），而它走的一步是 grad³，是学习率 0.01 时那一步的 "
        "grad²/0.01 倍：第一步分别大了 {ratios} 倍。"
    ),
    "optimizers.manual.list_separator": "，",
    # Batch size
    "optimizers.err.batch_size": "批大小必须在 1 到 {samples} 之间，而不是 {batch}。",
    "optimizers.batch.intro": (
        "用 `torch.optim.SGD` 和 `nn.MSELoss()` 把直线 `pred = w·x + b` 拟合到 {samples} 个带噪声的点上。"
        "每次更新使用一个批次；批次损失是各样本平方误差的**平均值**，所以它的梯度是各样本梯度的平均——是全数据梯度的一个估计。"
        "《{tutorial_byhand}》说 SGD “本身就是随机挑选 batch”：并非如此。`torch.optim.SGD` 只执行给它的那一步；"
        "随机批次是由 `DataLoader(..., shuffle=True)` 抽取的。等高线是 (w, b) 上的全数据损失。"
    ),
    "optimizers.batch_size": "批大小",
    "optimizers.batch.minibatch": "批大小 {b}（每轮更新 {updates} 次）",
    "optimizers.batch.full": "全批次，{n} 个点（每轮更新 1 次）",
    "optimizers.batch.diverged": "发散：在这个学习率下，每一步都越过极小值并且越来越大；路径飞出图外，损失为无穷大。请调小学习率。",
    "optimizers.batch.noise_title": "梯度噪声：批次梯度围绕全批次梯度的分布",
    "optimizers.metric.full_norm": "起点处 ‖全批次梯度‖",
    "optimizers.metric.noise": "批大小 {b} 时 ‖批次梯度 − 全梯度‖ 的均方根",
    "optimizers.metric.noise_help": "基于 300 个随机批次测得。抽样理论的预测值为 {predicted}。",
    "optimizers.metric.updates": "每轮更新次数",
    "optimizers.batch.noise_text": (
        "左图：起点处 300 个小批次梯度（红色）散布在全批次梯度（星号）周围；每个都是无偏但有噪声的估计。"
        "右图：典型距离按 1/√B 缩小（由于一个批次内样本不重复，还要乘以 √((N−B)/(N−1))），在全批次时为 0。"
        "小批次每轮走许多步，每步便宜但有噪声；大批次每轮步数少，但每步准确。"
    ),
    "optimizers.batch.mean_title": "批次损失是各样本损失的平均值",
    "optimizers.batch.mean_text": (
        "以起点处的第一个批次为例：手动对各样本平方误差求平均，与 `nn.MSELoss()`（默认 `reduction='mean'`）结果相同。"
        "若使用 `reduction='sum'`，梯度（以及合适的学习率）会随批大小成比例变化。"
    ),
    "optimizers.metric.per_sample_mean": "{b} 个样本损失的平均值",
    "optimizers.bfig.epoch": "轮次",
    "optimizers.bfig.loss_gap": "全数据损失 − 极小值",
    "optimizers.bfig.batch_grads": "大小为 {b} 的批次梯度",
    "optimizers.bfig.full_grad": "全批次梯度",
    "optimizers.bfig.predicted": "抽样理论",
    "optimizers.bfig.measured": "实测（300 个批次）",
    "optimizers.bfig.chosen": "当前批大小",
    "optimizers.bfig.batch_size": "批大小",
    "optimizers.bfig.noise_axis": "到全梯度的均方根距离",
}
