"""Strings of the Optimizer arena."""

STRINGS = {
    "limits.max_arena_learning_rate": {"en": "The learning rate", "zh": "学习率"},
    "limits.max_arena_schedule_epochs": {"en": "The number of schedule epochs", "zh": "调度轮数"},
    "optimizers.section": {"en": "Section", "zh": "板块"},
    "optimizers.section.arena": {"en": "⛰️ Loss surfaces", "zh": "⛰️ 损失曲面"},
    "optimizers.section.manual": {"en": "✍️ Hand-written update", "zh": "✍️ 手写更新"},
    "optimizers.section.schedules": {"en": "📉 Learning-rate schedules", "zh": "📉 学习率调度"},
    "optimizers.section.batch": {"en": "🎲 Batch size", "zh": "🎲 批大小"},
    "optimizers.cpu_note": {
        "en": "Every run here has two parameters, so it stays on the CPU whatever the sidebar's device: launching a "
        "GPU kernel would cost more than the whole step. The sidebar's random seed sets the data and batches.",
        "zh": "这里的每次运行只有两个参数，所以无论侧边栏选择什么设备都在 CPU 上运行：启动一次 GPU 内核的开销比整步计算还大。"
        "侧边栏的随机种子决定数据和批次。",
    },
    "optimizers.err.unknown_surface": {
        "en": "There is no surface called {name}.",
        "zh": "没有名为 {name} 的曲面。",
    },
    "optimizers.err.steps_positive": {
        "en": "The number of steps must be at least 1.",
        "zh": "步数至少为 1。",
    },
    "optimizers.err.lr_positive": {
        "en": "The learning rate must be a positive number, not {lr}.",
        "zh": "学习率必须是正数，而不是 {lr}。",
    },
    # Arena
    "optimizers.arena.intro": {
        "en": "Seven real `torch.optim` optimizers start from the same point on a 2-D loss surface; each steps "
        "a two-parameter tensor `p = (x, y)` with `zero_grad()`, `backward()`, `step()`. Press **Play** to watch "
        "them move. SGD, momentum and Nesterov share one learning rate; the adaptive ones (Adagrad, RMSprop, "
        "Adam, AdamW) divide by a running size of the gradient, so they get their own.",
        "zh": "七个真实的 `torch.optim` 优化器从二维损失曲面上的同一点出发；每个都用 `zero_grad()`、`backward()`、"
        "`step()` 更新一个双参数张量 `p = (x, y)`。点击 **播放** 观看它们的移动。SGD、动量和 Nesterov 共用一个学习率；"
        "自适应优化器（Adagrad、RMSprop、Adam、AdamW）会除以梯度大小的滑动估计，所以它们有自己的学习率。",
    },
    "optimizers.surface": {"en": "Loss surface", "zh": "损失曲面"},
    "optimizers.surface.bowl": {"en": "Quadratic bowl", "zh": "二次碗形"},
    "optimizers.surface.rosenbrock": {"en": "Rosenbrock (banana valley)", "zh": "Rosenbrock（香蕉形山谷）"},
    "optimizers.surface.beale": {"en": "Beale", "zh": "Beale 函数"},
    "optimizers.surface.saddle": {"en": "Saddle point", "zh": "鞍点"},
    "optimizers.surface.himmelblau": {"en": "Himmelblau (four minima)", "zh": "Himmelblau（四个极小值）"},
    "optimizers.condition": {"en": "Condition number", "zh": "条件数"},
    "optimizers.condition_help": {
        "en": "The bowl is (x² + κ·y²)/2: κ is how much steeper y is than x. SGD must keep lr < 2/κ or it diverges "
        "along y, and then crawls along x.",
        "zh": "碗形函数为 (x² + κ·y²)/2：κ 表示 y 方向比 x 方向陡多少。SGD 必须保持 lr < 2/κ，否则会在 y 方向发散，"
        "而在 x 方向又走得很慢。",
    },
    "optimizers.steps": {"en": "Steps", "zh": "步数"},
    "optimizers.start_x": {"en": "Start x", "zh": "起点 x"},
    "optimizers.start_y": {"en": "Start y", "zh": "起点 y"},
    "optimizers.sgd_lr": {
        "en": "Learning rate: SGD, momentum, Nesterov",
        "zh": "学习率：SGD、动量、Nesterov",
    },
    "optimizers.adaptive_lr": {
        "en": "Learning rate: Adagrad, RMSprop, Adam, AdamW",
        "zh": "学习率：Adagrad、RMSprop、Adam、AdamW",
    },
    "optimizers.momentum": {"en": "Momentum μ (momentum, Nesterov)", "zh": "动量 μ（动量法、Nesterov）"},
    "optimizers.beta1": {"en": "Adam β₁", "zh": "Adam 的 β₁"},
    "optimizers.beta2": {"en": "Adam β₂", "zh": "Adam 的 β₂"},
    "optimizers.alpha": {"en": "RMSprop α", "zh": "RMSprop 的 α"},
    "optimizers.weight_decay": {"en": "AdamW weight decay λ", "zh": "AdamW 权重衰减 λ"},
    "optimizers.more_settings": {
        "en": "More: Adam β₂, RMSprop α, AdamW weight decay",
        "zh": "更多：Adam β₂、RMSprop α、AdamW 权重衰减",
    },
    "optimizers.chosen": {"en": "Optimizers", "zh": "优化器"},
    "optimizers.nesterov_needs_momentum": {
        "en": "Nesterov is left out: with momentum 0 there is nothing to look ahead with, and "
        "`torch.optim.SGD(nesterov=True)` raises a ValueError. Momentum 0 makes the momentum path equal plain SGD.",
        "zh": "已略去 Nesterov：动量为 0 时没有可以“向前看”的速度，`torch.optim.SGD(nesterov=True)` 会抛出 ValueError。"
        "动量为 0 时，动量法的路径与普通 SGD 完全相同。",
    },
    "optimizers.pick_one": {"en": "Pick at least one optimizer.", "zh": "请至少选择一个优化器。"},
    "optimizers.legend_diverged": {"en": "{name} (diverged)", "zh": "{name}（发散）"},
    "optimizers.fig.minimum": {"en": "minimum", "zh": "极小值"},
    "optimizers.fig.start": {"en": "start", "zh": "起点"},
    "optimizers.fig.play": {"en": "▶ Play", "zh": "▶ 播放"},
    "optimizers.fig.pause": {"en": "⏸ Pause", "zh": "⏸ 暂停"},
    "optimizers.fig.step": {"en": "step", "zh": "步"},
    "optimizers.fig.diverged": {"en": "diverged: loss is infinite", "zh": "发散：损失为无穷大"},
    "optimizers.fig.loss_axis": {"en": "loss − minimum (log scale)", "zh": "损失 − 极小值（对数坐标）"},
    "optimizers.diverged_note": {
        "en": "Diverged: {names}. The step overshot, each overshoot was larger than the last, and the path left "
        "the plot; from there on the loss counts as infinite (∞ on the loss chart). Lower that learning rate.",
        "zh": "发散：{names}。步子迈得太大，每次越过极小值都比上一次更远，路径飞出了图外；此后损失记为无穷大"
        "（损失图上的 ∞）。请调小对应的学习率。",
    },
    "optimizers.col.step": {"en": "step", "zh": "步"},
    "optimizers.col.loss": {"en": "loss", "zh": "损失"},
    "optimizers.col.optimizer": {"en": "Optimizer", "zh": "优化器"},
    "optimizers.col.final_loss": {"en": "Final loss", "zh": "最终损失"},
    "optimizers.col.final_x": {"en": "Final x", "zh": "最终 x"},
    "optimizers.col.final_y": {"en": "Final y", "zh": "最终 y"},
    "optimizers.col.status": {"en": "How it ended", "zh": "结果"},
    "optimizers.status.diverged": {"en": "diverged at step {step}", "zh": "在第 {step} 步发散"},
    "optimizers.status.converged": {
        "en": "within 0.001 of the minimum at step {step}",
        "zh": "在第 {step} 步进入极小值 0.001 以内",
    },
    "optimizers.status.moving": {"en": "still on its way", "zh": "仍在前进"},
    "optimizers.rules_title": {"en": "The update rule of each optimizer", "zh": "各优化器的更新规则"},
    "optimizers.rules_intro": {
        "en": "g is the gradient `p.grad` at this step, η the learning rate. The tests of this lab check that "
        "`torch.optim` follows exactly these rules.",
        "zh": "g 是这一步的梯度 `p.grad`，η 是学习率。本实验室的测试会检查 `torch.optim` 是否严格遵循这些规则。",
    },
    # Schedules
    "optimizers.err.epochs_too_few": {
        "en": "A schedule needs at least 2 epochs.",
        "zh": "学习率调度至少需要 2 轮。",
    },
    "optimizers.err.unknown_schedule": {
        "en": "There is no schedule called {name}.",
        "zh": "没有名为 {name} 的调度器。",
    },
    "optimizers.schedules.intro": {
        "en": "A scheduler changes the optimizer's learning rate once per epoch: call `optimizer.step()` for each "
        "batch, then `scheduler.step()` once at the end of the epoch. The chart is `scheduler.get_last_lr()` "
        "read at the start of each epoch, from the real `torch.optim.lr_scheduler` classes. The seed tutorial's "
        "`StepLR(step_size=30, gamma=0.1)` and `ReduceLROnPlateau(mode='min', factor=0.1, patience=10)` are the "
        "defaults here.",
        "zh": "调度器每轮（epoch）修改一次优化器的学习率：每个批次调用 `optimizer.step()`，每轮结束时调用一次 "
        "`scheduler.step()`。图中是每轮开始时读取的 `scheduler.get_last_lr()`，来自真实的 `torch.optim.lr_scheduler` "
        "类。种子教程中的 `StepLR(step_size=30, gamma=0.1)` 与 `ReduceLROnPlateau(mode='min', factor=0.1, patience=10)` "
        "就是这里的默认值。",
    },
    "optimizers.schedule": {"en": "Schedule", "zh": "调度器"},
    "optimizers.schedule.StepLR": {"en": "StepLR", "zh": "StepLR（阶梯衰减）"},
    "optimizers.schedule.MultiStepLR": {"en": "MultiStepLR", "zh": "MultiStepLR（多阶梯衰减）"},
    "optimizers.schedule.ExponentialLR": {"en": "ExponentialLR", "zh": "ExponentialLR（指数衰减）"},
    "optimizers.schedule.CosineAnnealingLR": {
        "en": "CosineAnnealingLR",
        "zh": "CosineAnnealingLR（余弦退火）",
    },
    "optimizers.schedule.OneCycleLR": {"en": "OneCycleLR", "zh": "OneCycleLR（单周期）"},
    "optimizers.schedule.ReduceLROnPlateau": {
        "en": "ReduceLROnPlateau",
        "zh": "ReduceLROnPlateau（平台期衰减）",
    },
    "optimizers.epochs": {"en": "Epochs", "zh": "轮数"},
    "optimizers.base_lr": {
        "en": "Initial learning rate (OneCycleLR: max_lr)",
        "zh": "初始学习率（OneCycleLR 中为 max_lr）",
    },
    "optimizers.plateau_noise": {"en": "Noise on the fed loss", "zh": "输入损失的噪声"},
    "optimizers.compare_all": {"en": "Overlay the other five schedules", "zh": "叠加显示其他五种调度"},
    "optimizers.log_y": {"en": "Logarithmic rate axis", "zh": "学习率轴使用对数坐标"},
    "optimizers.onecycle_note": {
        "en": "OneCycleLR ignores the optimizer's lr: it starts at max_lr/25, rises to max_lr during pct_start of "
        "the run, then falls to max_lr/250000. It is meant to be stepped after every batch; here one step is one epoch.",
        "zh": "OneCycleLR 不使用优化器自身的 lr：它从 max_lr/25 开始，在前 pct_start 比例的训练中升到 max_lr，"
        "然后降到 max_lr/250000。它本应在每个批次后调用 step；这里一步代表一轮。",
    },
    "optimizers.schedule_note.StepLR": {
        "en": "Multiply the rate by gamma every step_size epochs.",
        "zh": "每 step_size 轮把学习率乘以 gamma。",
    },
    "optimizers.schedule_note.MultiStepLR": {
        "en": "Multiply the rate by gamma at each listed milestone epoch.",
        "zh": "在每个列出的里程碑轮次把学习率乘以 gamma。",
    },
    "optimizers.schedule_note.ExponentialLR": {
        "en": "Multiply the rate by gamma after every epoch: lr = lr₀·gammaᵉ.",
        "zh": "每轮之后把学习率乘以 gamma：lr = lr₀·gammaᵉ。",
    },
    "optimizers.schedule_note.CosineAnnealingLR": {
        "en": "Follow half a cosine from lr₀ down to eta_min over T_max epochs (and back up if training goes on).",
        "zh": "在 T_max 轮内沿半个余弦曲线从 lr₀ 降到 eta_min（若继续训练则再升回去）。",
    },
    "optimizers.schedule_note.OneCycleLR": {
        "en": "Warm up, then anneal: one cycle over the whole run.",
        "zh": "先预热再退火：整个训练过程只有一个周期。",
    },
    "optimizers.schedule_note.ReduceLROnPlateau": {
        "en": "Watch a metric (here the grey loss, which falls and then flattens near 0.2). When it has not improved "
        "for more than `patience` epochs, multiply the rate by `factor`. It needs the metric: `scheduler.step(loss)`.",
        "zh": "监视一个指标（这里是灰色的损失曲线：先下降，然后在 0.2 附近趋于平坦）。如果超过 `patience` 轮没有改善，"
        "就把学习率乘以 `factor`。它需要传入指标：`scheduler.step(loss)`。",
    },
    "optimizers.sfig.epoch": {"en": "epoch", "zh": "轮次"},
    "optimizers.sfig.lr": {"en": "learning rate", "zh": "学习率"},
    "optimizers.sfig.loss": {"en": "loss fed to the scheduler", "zh": "传给调度器的损失"},
    "optimizers.sfig.reduced": {"en": "rate reduced", "zh": "学习率下调"},
    "optimizers.metric.first_lr": {"en": "Rate in epoch 0", "zh": "第 0 轮学习率"},
    "optimizers.metric.last_lr": {"en": "Rate in the last epoch", "zh": "最后一轮学习率"},
    "optimizers.metric.changes": {"en": "Epochs where the rate changed", "zh": "学习率发生变化的轮数"},
    "optimizers.plateau_epochs": {
        "en": "ReduceLROnPlateau lowered the rate at epochs: {epochs}",
        "zh": "ReduceLROnPlateau 在以下轮次降低了学习率：{epochs}",
    },
    # Hand-written update
    "optimizers.lr": {"en": "Learning rate", "zh": "学习率"},
    "optimizers.manual.intro": {
        "en": "Before `torch.optim`, the seed tutorials update weights by hand: compute the loss, call "
        "`loss.backward()`, move each parameter against its gradient, and zero the gradient (it accumulates). "
        "Three ways of writing that step run here on the same surface: `torch.optim.SGD`; "
        "`with torch.no_grad(): p -= lr * p.grad` (recommended); and the older `p.data -= lr * p.grad`. "
        'The fourth path is the seed\'s "dynamic learning rate" `learning_rate = p.grad ** 2`.',
        "zh": "在使用 `torch.optim` 之前，种子教程是手动更新权重的：计算损失，调用 `loss.backward()`，"
        "让每个参数沿梯度反方向移动，再把梯度清零（梯度会累加）。这里在同一个曲面上运行三种写法：`torch.optim.SGD`；"
        "`with torch.no_grad(): p -= lr * p.grad`（推荐）；以及较老的 `p.data -= lr * p.grad`。"
        "第四条路径是种子教程中的“动态学习率” `learning_rate = p.grad ** 2`。",
    },
    "optimizers.manual.hint": {
        "en": "Try a start close to the minimum: there the gradient is smaller than 1, grad³ is tiny and the "
        "dynamic rule barely moves. Far away, grad³ is huge and it jumps off the plot.",
        "zh": "试试把起点放在极小值附近：那里梯度小于 1，grad³ 非常小，动态规则几乎不动。离得远时，grad³ 巨大，"
        "它会一下子跳出图外。",
    },
    "optimizers.form.optim_sgd": {"en": "torch.optim.SGD", "zh": "torch.optim.SGD"},
    "optimizers.form.no_grad": {"en": "p -= lr·p.grad under no_grad", "zh": "no_grad 下的 p -= lr·p.grad"},
    "optimizers.form.data": {"en": "p.data -= lr·p.grad", "zh": "p.data -= lr·p.grad（旧写法）"},
    "optimizers.form.dynamic": {"en": "seed's lr = p.grad²", "zh": "种子教程的 lr = p.grad²"},
    "optimizers.metric.max_gap": {
        "en": "Largest gap, {form} vs torch.optim.SGD",
        "zh": "{form} 与 torch.optim.SGD 的最大差距",
    },
    "optimizers.metric.dynamic_end": {"en": "Dynamic rule's final loss", "zh": "动态规则的最终损失"},
    "optimizers.manual.same": {
        "en": "The three SGD paths lie on top of each other: `torch.optim.SGD` does exactly the hand-written loop. "
        "A gap of about 1e-16 can appear because `optimizer.step()` computes `p.add_(grad, alpha=-lr)` in one "
        "fused operation, while `p -= lr * p.grad` rounds `lr * p.grad` first — floating-point rounding, not a "
        "different rule. `no_grad` and `.data` give the same numbers; the difference is safety: `.data` hides the "
        "change from autograd, so if the old value was still needed for a backward pass you silently get wrong "
        "gradients instead of an error.",
        "zh": "三条 SGD 路径完全重叠：`torch.optim.SGD` 做的正是手写循环的那一步。可能出现约 1e-16 的差距，"
        "这是因为 `optimizer.step()` 用一次融合运算 `p.add_(grad, alpha=-lr)` 完成更新，而 `p -= lr * p.grad` "
        "会先对 `lr * p.grad` 取整——这是浮点舍入，不是不同的规则。`no_grad` 与 `.data` 的数值相同，区别在于安全性："
        "`.data` 的修改对 autograd 不可见，如果反向传播还需要旧值，你会悄无声息地得到错误的梯度，而不是报错。",
    },
    "optimizers.manual.dynamic_title": {
        "en": "Why the seed's “dynamic learning rate” misbehaves",
        "zh": "为什么种子教程的“动态学习率”行不通",
    },
    "optimizers.manual.dynamic_why": {
        "en": "With `learning_rate = p.grad ** 2` the step is `p.grad ** 3`. That is upside down: where the slope "
        "is steep (|grad| > 1) the rate grows with it and the cube blows the step up, so the path leaves the plot "
        "in one or two steps; where the slope is gentle (|grad| < 1, near a minimum) the rate shrinks towards "
        "zero and the path stalls. Adaptive optimizers do the opposite: Adagrad, RMSprop and Adam *divide* by "
        "the square root of a running average of grad², so steep directions get smaller steps and gentle ones "
        "larger. The chart shows the rate the rule picked per step and coordinate, next to a constant lr.",
        "zh": "令 `learning_rate = p.grad ** 2`，步长就成了 `p.grad ** 3`。这恰好弄反了：坡陡的地方（|grad| > 1），"
        "学习率随之变大，立方让步长爆炸，路径一两步就飞出图外；坡缓的地方（|grad| < 1，靠近极小值），学习率趋近于零，"
        "路径停滞不前。自适应优化器的做法正相反：Adagrad、RMSprop 和 Adam 是*除以* grad² 滑动平均的平方根，"
        "于是陡峭方向步子变小，平缓方向步子变大。下图显示该规则每一步、每个坐标选用的学习率，以及恒定的 lr。",
    },
    "optimizers.fig.dynamic_rate": {"en": "rate = grad²", "zh": "学习率 = grad²"},
    "optimizers.manual.seed_title": {
        "en": "The seed's own example, corrected and run",
        "zh": "种子教程自己的例子（已修正并运行）",
    },
    "optimizers.manual.seed_intro": {
        "en": "The seed's snippet does not run as printed. Corrected here: `torch.tensor([4.0]),requires_grad = True)` "
        "has an extra parenthesis (now `torch.tensor([4.0], requires_grad=True)`); `torch.functional.relu` does "
        "not exist (now `torch.relu`); `def model_predict()` and `class MyModel(torch.nn.Module)` lack their colons.",
        "zh": "种子教程的代码片段原样无法运行。这里已修正：`torch.tensor([4.0]),requires_grad = True)` 多了一个括号"
        "（改为 `torch.tensor([4.0], requires_grad=True)`）；`torch.functional.relu` 并不存在（改为 `torch.relu`）；"
        "`def model_predict()` 和 `class MyModel(torch.nn.Module)` 缺少冒号。",
    },
    "optimizers.manual.seed_fixed": {
        "en": "learning_rate = 0.01, as in the seed",
        "zh": "learning_rate = 0.01（与种子教程相同）",
    },
    "optimizers.manual.seed_dynamic": {
        "en": "learning_rate = p.grad ** 2, the seed's dynamic rate",
        "zh": "learning_rate = p.grad ** 2（种子教程的动态学习率）",
    },
    "optimizers.manual.seed_lesson": {
        "en": "Even the fixed rate 0.01 is far too large for this chain: the first gradient of w1 is 9520, so w1 "
        "jumps from 3 to −92.2 and the loss explodes to infinity within three steps. The seed's 100-step loop "
        "would end in `inf`/`nan`. Multiplying by grad² makes the first step about 10⁸ times larger still.",
        "zh": "即使是固定的 0.01，对这个链式模型也太大了：w1 的第一个梯度是 9520，于是 w1 从 3 跳到 −92.2，"
        "损失在三步之内爆炸到无穷大。种子教程中 100 步的循环最终只会得到 `inf`/`nan`。再乘以 grad²，第一步还要再大约 10⁸ 倍。",
    },
    # Batch size
    "optimizers.err.batch_size": {
        "en": "The batch size must be between 1 and {samples}, not {batch}.",
        "zh": "批大小必须在 1 到 {samples} 之间，而不是 {batch}。",
    },
    "optimizers.batch.intro": {
        "en": "Fit a line `pred = w·x + b` to {samples} noisy points with `torch.optim.SGD` and `nn.MSELoss()`. "
        "Each update uses one batch; the batch loss is the **mean** of the per-sample squared errors, so its "
        "gradient is the mean of per-sample gradients — an estimate of the full-data gradient. A seed tutorial says "
        'SGD "randomly picks batches": it does not. `torch.optim.SGD` only takes the step it is given; the '
        "`DataLoader(..., shuffle=True)` draws the random batches. The contour is the full-data loss over (w, b).",
        "zh": "用 `torch.optim.SGD` 和 `nn.MSELoss()` 把直线 `pred = w·x + b` 拟合到 {samples} 个带噪声的点上。"
        "每次更新使用一个批次；批次损失是各样本平方误差的**平均值**，所以它的梯度是各样本梯度的平均——是全数据梯度的一个估计。"
        "某个种子教程说 SGD “本身就是随机挑选 batch”：并非如此。`torch.optim.SGD` 只执行给它的那一步；"
        "随机批次是由 `DataLoader(..., shuffle=True)` 抽取的。等高线是 (w, b) 上的全数据损失。",
    },
    "optimizers.batch_size": {"en": "Batch size", "zh": "批大小"},
    "optimizers.batch.minibatch": {
        "en": "batch size {b} ({updates} updates per epoch)",
        "zh": "批大小 {b}（每轮更新 {updates} 次）",
    },
    "optimizers.batch.full": {
        "en": "full batch, {n} points (1 update per epoch)",
        "zh": "全批次，{n} 个点（每轮更新 1 次）",
    },
    "optimizers.batch.diverged": {
        "en": "Diverged: at this learning rate the steps overshoot and grow; the path left the plot and the loss "
        "is infinite. Lower the learning rate.",
        "zh": "发散：在这个学习率下，每一步都越过极小值并且越来越大；路径飞出图外，损失为无穷大。请调小学习率。",
    },
    "optimizers.batch.noise_title": {
        "en": "Gradient noise: batch gradients around the full gradient",
        "zh": "梯度噪声：批次梯度围绕全批次梯度的分布",
    },
    "optimizers.metric.full_norm": {"en": "‖full-batch gradient‖ at the start", "zh": "起点处 ‖全批次梯度‖"},
    "optimizers.metric.noise": {
        "en": "RMS ‖batch − full gradient‖, batch {b}",
        "zh": "批大小 {b} 时 ‖批次梯度 − 全梯度‖ 的均方根",
    },
    "optimizers.metric.noise_help": {
        "en": "Measured over 300 random batches. Sampling theory predicts {predicted}.",
        "zh": "基于 300 个随机批次测得。抽样理论的预测值为 {predicted}。",
    },
    "optimizers.metric.updates": {"en": "Updates per epoch", "zh": "每轮更新次数"},
    "optimizers.batch.noise_text": {
        "en": "Left: 300 mini-batch gradients at the start point (red) scatter around the full-batch gradient "
        "(star); each is an unbiased but noisy estimate. Right: the typical distance shrinks like "
        "1/√B (times √((N−B)/(N−1)) because a batch never repeats a sample), reaching 0 at the full batch. "
        "Small batches take many cheap, noisy steps per epoch; large batches take few, accurate ones.",
        "zh": "左图：起点处 300 个小批次梯度（红色）散布在全批次梯度（星号）周围；每个都是无偏但有噪声的估计。"
        "右图：典型距离按 1/√B 缩小（由于一个批次内样本不重复，还要乘以 √((N−B)/(N−1))），在全批次时为 0。"
        "小批次每轮走许多步，每步便宜但有噪声；大批次每轮步数少，但每步准确。",
    },
    "optimizers.batch.mean_title": {
        "en": "The batch loss is the mean of per-sample losses",
        "zh": "批次损失是各样本损失的平均值",
    },
    "optimizers.batch.mean_text": {
        "en": "For the first batch at the start point: averaging the per-sample squared errors by hand gives the "
        "same number as `nn.MSELoss()` (whose default `reduction='mean'`). With `reduction='sum'` the gradient, "
        "and so the right learning rate, would grow with the batch size.",
        "zh": "以起点处的第一个批次为例：手动对各样本平方误差求平均，与 `nn.MSELoss()`（默认 `reduction='mean'`）结果相同。"
        "若使用 `reduction='sum'`，梯度（以及合适的学习率）会随批大小成比例变化。",
    },
    "optimizers.metric.per_sample_mean": {
        "en": "mean of {b} per-sample losses",
        "zh": "{b} 个样本损失的平均值",
    },
    "optimizers.bfig.epoch": {"en": "epoch", "zh": "轮次"},
    "optimizers.bfig.loss_gap": {"en": "full-data loss − minimum", "zh": "全数据损失 − 极小值"},
    "optimizers.bfig.batch_grads": {"en": "gradients of batches of {b}", "zh": "大小为 {b} 的批次梯度"},
    "optimizers.bfig.full_grad": {"en": "full-batch gradient", "zh": "全批次梯度"},
    "optimizers.bfig.predicted": {"en": "sampling theory", "zh": "抽样理论"},
    "optimizers.bfig.measured": {"en": "measured (300 batches)", "zh": "实测（300 个批次）"},
    "optimizers.bfig.chosen": {"en": "your batch size", "zh": "当前批大小"},
    "optimizers.bfig.batch_size": {"en": "batch size", "zh": "批大小"},
    "optimizers.bfig.noise_axis": {"en": "RMS distance to full gradient", "zh": "到全梯度的均方根距离"},
}
