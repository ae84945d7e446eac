"""Strings of the Building blocks lab: anatomy, Sequential builder, layers, activations and losses — 简体中文."""

STRINGS = {
    # Sections and data
    "blocks.section": "板块",
    "blocks.section.anatomy": "🔬 模块解剖",
    "blocks.section.sequential": "🧱 Sequential 搭建器",
    "blocks.section.layers": "🪟 层的作用",
    "blocks.section.activations": "〰️ 激活函数",
    "blocks.section.losses": "🎯 损失函数",
    "blocks.source.mnist": "图像：真实的 MNIST 测试集手写数字。",
    "blocks.source.digits": "图像：scikit-learn 的 8×8 手写数字放大到 28×28（数据文件夹中没有 MNIST 文件）。",
    # Errors and limits
    "blocks.err.side_too_small": "图像边长至少为 1，而不是 {side}。",
    "blocks.err.stride": "步长（stride）至少为 1，而不是 {stride}。",
    "blocks.err.pool_padding": (
        "MaxPool2d 的填充最多为核大小的一半：kernel_size 为 {kernel} 时，padding {padding} 太大。"
        "请减小填充或增大池化核。"
    ),
    "blocks.err.kernel_too_big": (
        "{layer} 的卷积核（{kernel}×{kernel}）比输入还大：图像是 {size}×{size}，加上 padding {padding} "
        "也只有 {padded}×{padded}，窗口放不下。请减小核、增加填充或放大图像。"
    ),
    "blocks.err.dropout_p": "Dropout 的 p 必须在 [0, 1) 之间，而不是 {p}。",
    "blocks.err.url_layers": "无法读取链接中的层（在“{text}”处）；改为显示默认网络。",
    "blocks.err.unknown_layer": "未知的层类型“{kind}”。",
    "blocks.err.arg_count": "{kind} 在这里需要 {count} 个参数。",
    "blocks.err.param_range": "{kind}：{name} = {value} 超出了允许范围 {lo} … {hi}。",
    "blocks.err.input_shape": "不支持输入形状 {shape}：请使用 (N, F) 特征或 (N, C, H, W) 图像，每个维度都 ≥ 1。",
    "limits.max_layer_features": "每个样本的特征数",
    "limits.max_sequential_layers": "层数",
    "limits.max_blocks_batch": "批大小",
    "limits.max_conv_channels": "输出通道数",
    "limits.max_batchnorm_steps": "BatchNorm 步数",
    # Shape problems in the Sequential builder
    "blocks.shape.linear_in": (
        "{layer} 用权重乘以输入的**最后一个**维度，所以该维度必须是 {expected}；"
        "传进来的张量形状是 {shape}，最后一个维度是 {actual}。"
    ),
    "blocks.hint.flatten": "💡 张量仍是一批图像。在这一层前加 Flatten，并把 in_features 设为 {flat}（= {formula}）。",
    "blocks.hint.in_features": "💡 把 in_features 改为 {actual}，或者修改前一层使其输出的特征数与这里一致——取决于你的本意。",
    "blocks.shape.needs_image": "{layer} 处理的是图像批次 (N, C, H, W)，但传进来的张量形状是 {shape}（{ndim} 维）。",
    "blocks.hint.needs_image": "💡 卷积、池化和 BatchNorm2d 要放在 Flatten 之前；Flatten 之后空间结构已经没有了。",
    "blocks.shape.needs_features": "{layer} 需要 (N, C) 或 (N, C, L) 的输入，但传进来的张量形状是 {shape}（{ndim} 维）。",
    "blocks.hint.needs_features": "💡 图像批次请用 BatchNorm2d，或在 BatchNorm1d 前加 Flatten。",
    "blocks.shape.channels": "{layer} 要求第 1 维有 {expected} 个通道，但传进来的张量形状是 {shape}：只有 {actual} 个通道。",
    "blocks.hint.channels": "💡 把 {name} 设为 {actual}，或让前一层输出本层所需的通道数。",
    "blocks.shape.window": (
        "{layer} 的窗口宽为 {kernel}，但输入在 {axis} 方向上只有 {size}，加上 padding {padding} 也只有 "
        "{padded}：卷积核比输入还大。"
    ),
    "blocks.hint.window": "💡 减小核大小、增加填充，或去掉这一层之前的某个池化层。",
    "blocks.shape.pool_padding": "MaxPool2d 的填充最多为核大小的一半：kernel_size 为 {kernel} 时，padding {padding} 太大。",
    "blocks.hint.pool_padding": "💡 减小填充或增大池化核。",
    "blocks.shape.bn_batch": "训练模式下的 {layer} 要在批次上计算方差，但形状 {shape} 每个通道只有一个值。",
    "blocks.hint.bn_batch": "💡 使用 2 个以上样本的批次（N ≥ 2），或调用 model.eval() 改用滑动统计量归一化。",
    "blocks.shape.dim": "{layer}：形状为 {shape} 的 {ndim} 维张量没有 dim={dim}。",
    "blocks.hint.dim": "💡 请选择 0 到 {last} 之间的 dim（logits 的类别维是 dim=1）。",
    "blocks.shape.torch": "PyTorch 拒绝执行：{message}",
    # Sequential builder
    "blocks.seq.intro": (
        "`nn.Sequential` 让张量按顺序依次经过各层。先载入一个教程中的网络，再添加、删除、调整层的顺序："
        "每个箭头上都标着这一层输出的形状。默认预设按声明顺序串起《{tutorial_kitchen}》的 `CommonLayers`——它的 `forward` "
        "从未用到卷积和池化；串起来就能看到，没有 Flatten 它根本接不上。"
    ),
    "blocks.seq.preset": "从以下网络开始（替换当前的层）",
    "blocks.seq.preset.seed000_neural_network": "《{tutorial_quickstart}》· NeuralNetwork（MNIST 多层感知机）",
    "blocks.seq.preset.seed001_digit_recognizer": "《{tutorial_kitchen}》· DigitRecognizer（卷积网络）",
    "blocks.seq.preset.seed001_common_layers": "《{tutorial_kitchen}》· CommonLayers，所有层串联",
    "blocks.seq.preset.seed002_simple_net": "《{tutorial_graphs}》· SimpleNet 10 → 50 → 1",
    "blocks.seq.rank": "输入",
    "blocks.seq.rank.image": "图像批次 (N, C, H, W)",
    "blocks.seq.rank.features": "特征批次 (N, F)",
    "blocks.seq.layers_title": "**层**（{count} 个）",
    "blocks.seq.up": "上移",
    "blocks.seq.down": "下移",
    "blocks.seq.remove": "删除",
    "blocks.seq.kind": "添加一层",
    "blocks.seq.add": "插入",
    "blocks.seq.full": "本服务器最多允许 {cap} 层：请先删除一层再添加。",
    "blocks.seq.end": "（末尾）",
    "blocks.seq.position": "插入位置（原位置的层下移）",
    "blocks.seq.input": "输入",
    "blocks.seq.broken_at": "**形状在第 {index} 层 `{layer}` 处断开。**",
    "blocks.seq.ok": "形状一路匹配：输出形状为 {shape}（{elements} 个数）；网络共有 {total} 个参数。",
    # Layers at work
    "blocks.layers.pick": "层",
    "blocks.layers.name.conv": "Conv2d 卷积",
    "blocks.layers.name.pool": "MaxPool2d 最大池化",
    "blocks.layers.name.dropout": "Dropout 随机失活",
    "blocks.layers.name.batchnorm": "BatchNorm 批归一化",
    "blocks.layers.side": "图像边长 H = W",
    "blocks.layers.kernel": "核大小 k",
    "blocks.layers.stride": "步长 s",
    "blocks.layers.padding": "填充 p",
    "blocks.layers.channels": "输出通道数 out_channels",
    "blocks.layers.formula_title": "**输出尺寸**（膨胀 d = 1）：",
    "blocks.layers.formula_check": "实际输出形状为 `{shape}`；公式给出 {value}。{mark}",
    "blocks.layers.input": "输入 {shape}",
    "blocks.layers.kernel_n": "卷积核 {n}",
    "blocks.layers.map_n": "特征图 {n}",
    "blocks.layers.conv_note": (
        "每个卷积核（权重形状 {weight}，由 nn.Conv2d 按侧边栏的随机种子初始化）在图像上滑动，生成一张特征图："
        "红色表示局部图案与卷积核相符，蓝色表示相反。输出形状 {shape}。"
    ),
    "blocks.layers.pooled": "MaxPool2d 之后 {shape}",
    "blocks.layers.pool_note": (
        "每个输出像素是其 k×k 窗口中的最大值：图像变小，但笔画保留了下来。MaxPool2d 没有参数；"
        "步长默认等于 kernel_size。"
    ),
    "blocks.layers.p": "丢弃概率 p",
    "blocks.layers.train_mode": "训练模式 model.train()",
    "blocks.layers.eval_mode": "评估模式 model.eval()",
    "blocks.layers.zeroed": "被置零的笔画像素",
    "blocks.layers.zeroed_help": "非零像素中被 Dropout 置零的比例，接近 p。",
    "blocks.layers.scale": "保留像素 × 1/(1−p)",
    "blocks.layers.eval_equal": "评估模式输出 = 输入",
    "blocks.layers.dropout_note": (
        "训练时，Dropout 以概率 p 把每个值置零，其余的乘以 1/(1−p)，使期望值保持不变；评估模式下它什么也不做。"
        "这就是测试前要调用 model.eval() 的原因。"
    ),
    "blocks.layers.bn_batch": "批大小",
    "blocks.layers.bn_steps": "训练步数",
    "blocks.layers.bn_momentum": "动量 momentum",
    "blocks.layers.bn_mean": "均值",
    "blocks.layers.bn_var": "方差",
    "blocks.layers.bn_batch_stat": "当前批次",
    "blocks.layers.bn_running": "滑动统计量（本步之后）",
    "blocks.layers.bn_step": "步",
    "blocks.layers.bn_update": (
        "每次训练模式调用之后：running = (1 − {m}) · running + {m} · 当前批次统计量（方差为无偏估计）。"
        "滑动均值从 0 开始，滑动方差从 1 开始。"
    ),
    "blocks.layers.bn_train_mean": "训练模式输出均值",
    "blocks.layers.bn_train_std": "训练模式输出标准差",
    "blocks.layers.bn_eval_mean": "评估模式输出均值",
    "blocks.layers.bn_eval_std": "评估模式输出标准差",
    "blocks.layers.bn_note": (
        "训练模式用最后一批自身的均值和方差归一化（输出均值为 0，标准差约为 1）；评估模式使用滑动统计量，"
        "只有在它追上真实统计量后两者才一致——步数少或 momentum 小时它会落后。"
    ),
    # Activations
    "blocks.act.pick": "激活函数",
    "blocks.act.name.relu": "ReLU",
    "blocks.act.name.sigmoid": "Sigmoid",
    "blocks.act.name.tanh": "Tanh",
    "blocks.act.name.leaky_relu": "LeakyReLU",
    "blocks.act.name.gelu": "GELU",
    "blocks.act.name.softmax": "Softmax（3 个 logit 中的第一个）",
    "blocks.act.range": "x 范围",
    "blocks.act.slope": "负半轴斜率 negative_slope",
    "blocks.act.empty_range": "请选择起点小于终点的范围。",
    "blocks.act.value": "函数值 f(x)",
    "blocks.act.derivative": "自动求导得到的 f′(x)",
    "blocks.act.autograd_note": "虚线导数不是手写公式：它是对整条曲线做一次反向传播后得到的 x.grad。",
    "blocks.act.note.relu": (
        "**ReLU** = max(0, x)。x > 0 时斜率为 1，x < 0 时为 0：一直为负的神经元不再学习（“死亡 ReLU”）。"
        "在 0 处自动求导取斜率 0。"
    ),
    "blocks.act.note.sigmoid": (
        "**Sigmoid** = 1 / (1 + e^−x)，把值压到 (0, 1)。斜率最大只有 0.25（在 0 处），远离 0 时趋于零——"
        "这就是梯度消失问题。"
    ),
    "blocks.act.note.tanh": "**Tanh** 把值压到 (−1, 1)，以 0 为中心；在 0 处斜率为 1，远离 0 时趋于零。",
    "blocks.act.note.leaky_relu": "**LeakyReLU** 在 x < 0 时保留一个小斜率，因此神经元不会完全“死亡”。",
    "blocks.act.note.gelu": "**GELU** = x · Φ(x)，是 Transformer 中常用的平滑版 ReLU；在 0 略左侧取到小的负值。",
    "blocks.act.note.softmax": (
        "**Softmax** 不是逐元素函数：它把一整个 logit 向量沿 `dim` 变成和为 1 的概率。这里 logit 为 "
        "(x, 0, 1)，曲线是第一个概率；其导数为 p(1 − p)。"
    ),
    # Losses
    "blocks.loss.part": "部分",
    "blocks.loss.part.regression": "MSE · L1 · SmoothL1 回归损失",
    "blocks.loss.part.cross_entropy": "拆解交叉熵",
    "blocks.loss.part.seed_bug": "所有损失共用一个目标？",
    "blocks.loss.target": "目标值",
    "blocks.loss.beta": "SmoothL1 的 beta",
    "blocks.loss.show_grad": "显示 d 损失 / d 预测",
    "blocks.loss.regression_note": (
        "MSE 随误差的平方增长，梯度与误差成正比；L1 线性增长，梯度恒为 ±1；SmoothL1 在距离目标 beta 以内"
        "是二次的，之外是线性的，因此离群点的拉力更小。"
    ),
    "blocks.loss.target_mark": "目标",
    "blocks.loss.prediction": "预测值",
    "blocks.loss.loss_axis": "损失",
    "blocks.loss.grad_axis": "d 损失 / d 预测（自动求导）",
    "blocks.loss.count": "图像数",
    "blocks.loss.scale": "logit 缩放",
    "blocks.loss.logits_note": (
        "logits：《{tutorial_quickstart}》中未训练的 NeuralNetwork 在这些图像上的输出乘以 {scale}，让概率差别更明显；"
        "目标是真实的数字标签。"
    ),
    "blocks.loss.class": "类别",
    "blocks.loss.image": "图像",
    "blocks.loss.logits": "logits",
    "blocks.loss.log_softmax": "LogSoftmax(dim=1)(logits) 对数概率",
    "blocks.loss.label": "目标类别",
    "blocks.loss.picked": "log p[目标]",
    "blocks.loss.minus_picked": "−log p[目标]",
    "blocks.loss.nll_metric": "NLLLoss(LogSoftmax(logits)) 负对数似然",
    "blocks.loss.ce_metric": "CrossEntropyLoss(logits)",
    "blocks.loss.diff_metric": "差值",
    "blocks.loss.grad_title": "**对 logits 的梯度**：自动求导 vs (softmax − one-hot) / N",
    "blocks.loss.grad_autograd": "logits.grad（自动求导）",
    "blocks.loss.grad_formula": "(softmax − one-hot) / N 公式",
    "blocks.loss.grad_diff_metric": "最大差值",
    "blocks.loss.grad_note": (
        "CrossEntropyLoss 对 N = {n} 张图像取平均，所以要除以 N。梯度把目标类别往上推（负值），"
        "把其他类别按各自概率往下压。"
    ),
    "blocks.loss.seed_intro": (
        "《{tutorial_kitchen}》的 `loss_functions_demo(pred, target)` 把**同一个** `target` 传给 MSELoss、"
        "CrossEntropyLoss 和 L1Loss。但它们需要的目标不同：CrossEntropy 需要类别索引（int64，形状 (N,)）"
        "或概率分布；MSE 和 L1 需要与预测形状相同的浮点数。下面是用网络在三张图像上的 logits 运行教程代码的真实结果："
    ),
    "blocks.loss.seed_target": "传入的目标",
    "blocks.loss.seed_target.indices": "类别索引 (3,)",
    "blocks.loss.seed_target.float": "随机浮点数 (3, 10)",
    "blocks.loss.seed_loss": "损失函数",
    "blocks.loss.seed_result": "结果",
    "blocks.loss.seed_fix": (
        "传入类别索引时，MSE 和 L1 因形状不符而报错。传入浮点目标时什么都不报错，但 CrossEntropy 会悄悄把它"
        "当作类别概率——有负数、和也不为 1——得到一个毫无意义的数（甚至可能为负）。**修正：** 给 CrossEntropy "
        "传类别索引，给回归损失传与预测形状相同的 one-hot 浮点目标，见下方代码。"
    ),
    # Module anatomy
    "blocks.anat.network": "网络",
    "blocks.anat.network.neural_network": "《{tutorial_quickstart}》· NeuralNetwork（Flatten → 512 → 512 → 10）",
    "blocks.anat.network.simple_nn": "《{tutorial_kitchen}》· SimpleNN(784, 128, 10)",
    "blocks.anat.network.digit_recognizer": "《{tutorial_kitchen}》· DigitRecognizer（卷积网络）",
    "blocks.anat.intro.neural_network": (
        "《{tutorial_quickstart}》的 `NeuralNetwork`（Flatten → Linear(784, 512) → ReLU → Linear(512, 512) → ReLU → "
        "Linear(512, 10)），按侧边栏的随机种子初始化，输入一批三张 28×28 图像。每一层上的前向钩子记录它输出的张量。"
    ),
    "blocks.anat.intro.simple_nn": (
        "《{tutorial_kitchen}》训练示例中构建的 `SimpleNN`（784 → 128 → 10）。它的 `forward` 以函数形式调用 `F.relu`，"
        "而不是模块，所以没有钩子能看到 ReLU：只出现 `layer1` 和 `layer2`。（本应用的版本会自己展平图像；教程代码输入的是展平后的向量。）"
    ),
    "blocks.anat.intro.digit_recognizer": (
        "《{tutorial_kitchen}》的 MNIST 卷积网络 `DigitRecognizer`，处于评估模式（Dropout 关闭）。卷积输出显示为第一张图像的前几张特征图。"
        "它的 ReLU 和展平是函数调用，模块钩子看不到。"
    ),
    "blocks.anat.log_softmax_note": (
        "**先 log_softmax 再用 CrossEntropyLoss：多余，但没有错。** 教程的 `forward` 以 `log_softmax` 结尾，"
        "又用 `CrossEntropyLoss` 训练，而后者自己也会做一次 log-softmax。对已经是对数概率的值再做 log_softmax，"
        "结果不变，所以损失和梯度都一样。在这三张图像上：CrossEntropyLoss(logits) = {on_logits}，"
        "CrossEntropyLoss(log_softmax(logits)) = {on_log_softmax}；两者对 logits 的梯度最多相差 {grad_diff}。"
        "本应用的 `DigitRecognizer` 输出 logits，这是搭配 CrossEntropyLoss 的惯用写法；"
        "`DigitRecognizer(log_softmax=True)` 就是教程的写法。"
    ),
    "blocks.anat.channel": "通道 {n}",
    "blocks.anat.image_label": "标签 {label}",
    "blocks.anat.softmax_dim": "nn.Softmax 的维度",
    "blocks.anat.layers_title": "每一层的输出",
    "blocks.anat.feature": "特征",
    "blocks.anat.image": "图像",
    "blocks.anat.class": "类别",
    "blocks.anat.layers_note": (
        "每张图像占一行。Flatten 把每张 28×28 图像展开为 784 个数（条纹就是像素行）；每个 Linear 把它们混合成新的特征"
        "（红色为正，蓝色为负）；每个 ReLU 把负值置为 0。网络尚未训练，所以最后的 10 个 logit 仍然很接近。"
    ),
    "blocks.anat.softmax_title": "Softmax 概率（dim={dim}）",
    "blocks.anat.softmax_axes": "行：图像 · 列：类别 0–9",
    "blocks.anat.dim1_note": (
        "**dim=1** 时每一行——一张图像的 10 个类别分数——之和为 1：行和为 {sums}。这样每张图像得到各类别的概率，"
        "对形状为 (批次, 类别) 的 logits 这才是正确的选择。"
    ),
    "blocks.anat.dim0_note": (
        "**dim=0** 时每一列在三张图像之间求和为 1：列和为 {sums}。这是在比较图像而不是类别——"
        "对分类来说是错误的维度。"
    ),
    "blocks.anat.params_title": "named_parameters() 参数表",
    "blocks.anat.total": "可训练参数总数",
    "blocks.anat.device": "model.to(device) 设备变化",
    "blocks.anat.device_note": "层在 CPU 上创建；model.to(device) 把所有参数移到侧边栏选择的设备上，输入也必须移过去（images.to(device)）。",
    "blocks.anat.hooks_title": "用 model(x)，不要用 model.forward(x)",
    "blocks.anat.hooks_intro": (
        "在模型本身和每个子模块上注册前向钩子，然后让同一批数据分别经过 `model(x)` 和 `model.forward(x)`。"
        "每个钩子各触发了几次？"
    ),
    "blocks.anat.module": "模块",
    "blocks.anat.hooks_note": (
        "调用模型会执行 `nn.Module.__call__`，它在 `forward` 前后运行钩子：模型自身的钩子通过 `model(x)` 触发了 {call} 次，"
        "通过 `model.forward(x)` 触发了 {forward} 次。直接调用 `forward` 会跳过模型自身的钩子以及 `__call__` 做的其他事情；"
        "子模块仍会触发，因为 `forward` 是正常调用*它们*的。两篇教程在这一点上说法不同：《{tutorial_quickstart}》说把数据传给模型，"
        "不要直接调用 forward；《{tutorial_byhand}》则始终写 `my_model.forward(x1)`，还说预测时只需要 forward。"
        "两种写法算出的数值相同，但应优先写 `model(x)`，这样钩子才会运行。"
    ),
    "blocks.anat.registration_title": "《{tutorial_byhand}》的 MyModel：什么才算参数",
    "blocks.anat.registration_intro": (
        "《{tutorial_byhand}》先把 w1、w2、w3 存成 requires_grad=True 的普通张量，后来改用 nn.Parameter。两个模型在 x = 2 时"
        "都算出 120，但只有一个拥有优化器能看到的参数："
    ),
    "blocks.anat.registration_tensor": "**self.w1 = torch.tensor([3.0], requires_grad=True)**（普通张量）",
    "blocks.anat.registration_parameter": "**self.w1 = nn.Parameter(torch.tensor([3.0]))**（参数）",
    "blocks.anat.registration_count": "named_parameters() 找到 {count} 个；model(2.0) = {output}",
    "blocks.anat.registration_error": "torch.optim.SGD(model.parameters()) 报错：{message}",
    "blocks.anat.registration_ok": "torch.optim.SGD(model.parameters()) 拿到了全部三个参数。",
    "blocks.anat.registration_fixes": (
        "对教程代码的其他修正：`forward` 中必须写 `self.w1`——这段代码没有定义全局的 `w1`，只写 `w1` 会引发 "
        "`NameError: name 'w1' is not defined`；`torch.functional.relu` 并不存在（应使用 `torch.relu` 或 "
        "`torch.nn.functional.relu`）；`torch.tensor([4.0]),requires_grad = True)` 多了一个括号。另外，这里调用模型写成 "
        "`my_model(x1)`（这样会运行它的钩子），而不是教程中的 `my_model.forward(x1)`（数值相同）。"
    ),
}
