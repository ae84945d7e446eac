"""Strings of the Building blocks lab: anatomy, Sequential builder, layers, activations and losses."""

STRINGS = {
    # Sections and data
    "blocks.section": {"en": "Section", "zh": "板块"},
    "blocks.section.anatomy": {"en": "🔬 Module anatomy", "zh": "🔬 模块解剖"},
    "blocks.section.sequential": {"en": "🧱 Sequential builder", "zh": "🧱 Sequential 搭建器"},
    "blocks.section.layers": {"en": "🪟 Layers at work", "zh": "🪟 层的作用"},
    "blocks.section.activations": {"en": "〰️ Activations", "zh": "〰️ 激活函数"},
    "blocks.section.losses": {"en": "🎯 Losses", "zh": "🎯 损失函数"},
    "blocks.source.mnist": {
        "en": "Images: real MNIST test digits.",
        "zh": "图像：真实的 MNIST 测试集手写数字。",
    },
    "blocks.source.digits": {
        "en": "Images: scikit-learn's 8×8 digits scaled up to 28×28 (the MNIST files are not in the data folder).",
        "zh": "图像：scikit-learn 的 8×8 手写数字放大到 28×28（数据文件夹中没有 MNIST 文件）。",
    },
    # Errors and limits
    "blocks.err.side_too_small": {
        "en": "The image side must be at least 1, not {side}.",
        "zh": "图像边长至少为 1，而不是 {side}。",
    },
    "blocks.err.stride": {
        "en": "The stride must be at least 1, not {stride}.",
        "zh": "步长（stride）至少为 1，而不是 {stride}。",
    },
    "blocks.err.pool_padding": {
        "en": "MaxPool2d allows padding of at most half the kernel size: padding {padding} is too large for "
        "kernel_size {kernel}. Lower the padding or enlarge the kernel.",
        "zh": "MaxPool2d 的填充最多为核大小的一半：kernel_size 为 {kernel} 时，padding {padding} 太大。"
        "请减小填充或增大池化核。",
    },
    "blocks.err.kernel_too_big": {
        "en": "The {layer} kernel ({kernel}×{kernel}) is larger than the input: the image is {size}×{size} "
        "and with padding {padding} only {padded}×{padded}, so the window fits nowhere. Use a smaller "
        "kernel, more padding or a larger image.",
        "zh": "{layer} 的卷积核（{kernel}×{kernel}）比输入还大：图像是 {size}×{size}，加上 padding {padding} "
        "也只有 {padded}×{padded}，窗口放不下。请减小核、增加填充或放大图像。",
    },
    "blocks.err.dropout_p": {
        "en": "Dropout's p must be in [0, 1), not {p}.",
        "zh": "Dropout 的 p 必须在 [0, 1) 之间，而不是 {p}。",
    },
    "blocks.err.url_layers": {
        "en": "The layers in the link could not be read (at “{text}”); the default network is shown instead.",
        "zh": "无法读取链接中的层（在“{text}”处）；改为显示默认网络。",
    },
    "blocks.err.unknown_layer": {"en": "Unknown layer type “{kind}”.", "zh": "未知的层类型“{kind}”。"},
    "blocks.err.arg_count": {
        "en": "{kind} takes {count} arguments here.",
        "zh": "{kind} 在这里需要 {count} 个参数。",
    },
    "blocks.err.param_range": {
        "en": "{kind}: {name} = {value} is outside the allowed range {lo} … {hi}.",
        "zh": "{kind}：{name} = {value} 超出了允许范围 {lo} … {hi}。",
    },
    "blocks.err.input_shape": {
        "en": "The input shape {shape} is not supported: use (N, F) features or (N, C, H, W) images, every size ≥ 1.",
        "zh": "不支持输入形状 {shape}：请使用 (N, F) 特征或 (N, C, H, W) 图像，每个维度都 ≥ 1。",
    },
    "limits.max_layer_features": {"en": "The number of features per sample", "zh": "每个样本的特征数"},
    "limits.max_sequential_layers": {"en": "The number of layers", "zh": "层数"},
    "limits.max_blocks_batch": {"en": "The batch size", "zh": "批大小"},
    "limits.max_conv_channels": {"en": "The number of output channels", "zh": "输出通道数"},
    "limits.max_batchnorm_steps": {"en": "The number of BatchNorm steps", "zh": "BatchNorm 步数"},
    # Shape problems in the Sequential builder
    "blocks.shape.linear_in": {
        "en": "{layer} multiplies the **last** dimension by its weight, so that dimension must be {expected}; "
        "the tensor arriving has shape {shape}, whose last dimension is {actual}.",
        "zh": "{layer} 用权重乘以输入的**最后一个**维度，所以该维度必须是 {expected}；"
        "传进来的张量形状是 {shape}，最后一个维度是 {actual}。",
    },
    "blocks.hint.flatten": {
        "en": "💡 The tensor is still an image batch. Put a Flatten before this layer and set in_features to "
        "{flat} (= {formula}).",
        "zh": "💡 张量仍是一批图像。在这一层前加 Flatten，并把 in_features 设为 {flat}（= {formula}）。",
    },
    "blocks.hint.in_features": {
        "en": "💡 Set in_features to {actual}, or change the layer before so that it hands on {actual}… "
        "features — whichever you meant.",
        "zh": "💡 把 in_features 改为 {actual}，或者修改前一层使其输出的特征数与这里一致——取决于你的本意。",
    },
    "blocks.shape.needs_image": {
        "en": "{layer} works on image batches (N, C, H, W), but the tensor arriving has shape {shape} "
        "({ndim}-D).",
        "zh": "{layer} 处理的是图像批次 (N, C, H, W)，但传进来的张量形状是 {shape}（{ndim} 维）。",
    },
    "blocks.hint.needs_image": {
        "en": "💡 Convolution, pooling and BatchNorm2d go before Flatten; after Flatten the spatial layout is gone.",
        "zh": "💡 卷积、池化和 BatchNorm2d 要放在 Flatten 之前；Flatten 之后空间结构已经没有了。",
    },
    "blocks.shape.needs_features": {
        "en": "{layer} expects (N, C) or (N, C, L), but the tensor arriving has shape {shape} ({ndim}-D).",
        "zh": "{layer} 需要 (N, C) 或 (N, C, L) 的输入，但传进来的张量形状是 {shape}（{ndim} 维）。",
    },
    "blocks.hint.needs_features": {
        "en": "💡 For image batches use BatchNorm2d, or put a Flatten before BatchNorm1d.",
        "zh": "💡 图像批次请用 BatchNorm2d，或在 BatchNorm1d 前加 Flatten。",
    },
    "blocks.shape.channels": {
        "en": "{layer} expects {expected} channels in dimension 1, but the tensor arriving has shape {shape}: "
        "{actual} channels.",
        "zh": "{layer} 要求第 1 维有 {expected} 个通道，但传进来的张量形状是 {shape}：只有 {actual} 个通道。",
    },
    "blocks.hint.channels": {
        "en": "💡 Set {name} to {actual}, or make the layer before hand on as many channels as this one expects.",
        "zh": "💡 把 {name} 设为 {actual}，或让前一层输出本层所需的通道数。",
    },
    "blocks.shape.window": {
        "en": "The {layer} window is {kernel} wide, but along {axis} the input is {size} and with padding "
        "{padding} only {padded}: the kernel is larger than the input.",
        "zh": "{layer} 的窗口宽为 {kernel}，但输入在 {axis} 方向上只有 {size}，加上 padding {padding} 也只有 "
        "{padded}：卷积核比输入还大。",
    },
    "blocks.hint.window": {
        "en": "💡 Use a smaller kernel, add padding, or remove a pooling layer before this one.",
        "zh": "💡 减小核大小、增加填充，或去掉这一层之前的某个池化层。",
    },
    "blocks.shape.pool_padding": {
        "en": "MaxPool2d allows padding of at most half the kernel size: padding {padding} is too large for "
        "kernel_size {kernel}.",
        "zh": "MaxPool2d 的填充最多为核大小的一半：kernel_size 为 {kernel} 时，padding {padding} 太大。",
    },
    "blocks.hint.pool_padding": {
        "en": "💡 Lower the padding or enlarge the kernel.",
        "zh": "💡 减小填充或增大池化核。",
    },
    "blocks.shape.bn_batch": {
        "en": "{layer} in training mode computes a variance over the batch, but shape {shape} gives only one "
        "value per channel.",
        "zh": "训练模式下的 {layer} 要在批次上计算方差，但形状 {shape} 每个通道只有一个值。",
    },
    "blocks.hint.bn_batch": {
        "en": "💡 Use a batch of 2 or more (N ≥ 2), or call model.eval() to normalise with the running statistics.",
        "zh": "💡 使用 2 个以上样本的批次（N ≥ 2），或调用 model.eval() 改用滑动统计量归一化。",
    },
    "blocks.shape.dim": {
        "en": "{layer}: dim={dim} does not exist in a {ndim}-D tensor of shape {shape}.",
        "zh": "{layer}：形状为 {shape} 的 {ndim} 维张量没有 dim={dim}。",
    },
    "blocks.hint.dim": {
        "en": "💡 Choose a dim between 0 and {last} (dim=1 is the class dimension of logits).",
        "zh": "💡 请选择 0 到 {last} 之间的 dim（logits 的类别维是 dim=1）。",
    },
    "blocks.shape.torch": {"en": "PyTorch refused it: {message}", "zh": "PyTorch 拒绝执行：{message}"},
    # Sequential builder
    "blocks.seq.intro": {
        "en": "An `nn.Sequential` passes the tensor through its layers in order. Load a seed network, then add, "
        "remove and reorder layers: every arrow carries the shape a layer hands on. The default preset "
        "chains seed 001's `CommonLayers` in the order they are declared — its `forward` never uses the "
        "convolution and pooling, and chaining them shows why it could not without a Flatten.",
        "zh": "`nn.Sequential` 让张量按顺序依次经过各层。先载入一个教程中的网络，再添加、删除、调整层的顺序："
        "每个箭头上都标着这一层输出的形状。默认预设按声明顺序串起种子 001 的 `CommonLayers`——它的 `forward` "
        "从未用到卷积和池化；串起来就能看到，没有 Flatten 它根本接不上。",
    },
    "blocks.seq.preset": {"en": "Start from (replaces the layers)", "zh": "从以下网络开始（替换当前的层）"},
    "blocks.seq.preset.seed000_neural_network": {
        "en": "Seed 000 · NeuralNetwork (MNIST MLP)",
        "zh": "种子 000 · NeuralNetwork（MNIST 多层感知机）",
    },
    "blocks.seq.preset.seed001_digit_recognizer": {
        "en": "Seed 001 · DigitRecognizer (CNN)",
        "zh": "种子 001 · DigitRecognizer（卷积网络）",
    },
    "blocks.seq.preset.seed001_common_layers": {
        "en": "Seed 001 · CommonLayers, all layers chained",
        "zh": "种子 001 · CommonLayers，所有层串联",
    },
    "blocks.seq.preset.seed002_simple_net": {
        "en": "Seed 002 · SimpleNet 10 → 50 → 1",
        "zh": "种子 002 · SimpleNet 10 → 50 → 1",
    },
    "blocks.seq.rank": {"en": "Input", "zh": "输入"},
    "blocks.seq.rank.image": {"en": "image batch (N, C, H, W)", "zh": "图像批次 (N, C, H, W)"},
    "blocks.seq.rank.features": {"en": "feature batch (N, F)", "zh": "特征批次 (N, F)"},
    "blocks.seq.layers_title": {"en": "**Layers** ({count})", "zh": "**层**（{count} 个）"},
    "blocks.seq.up": {"en": "Move up", "zh": "上移"},
    "blocks.seq.down": {"en": "Move down", "zh": "下移"},
    "blocks.seq.remove": {"en": "Remove", "zh": "删除"},
    "blocks.seq.kind": {"en": "Add a layer", "zh": "添加一层"},
    "blocks.seq.add": {"en": "Insert", "zh": "插入"},
    "blocks.seq.full": {
        "en": "This server allows at most {cap} layers: remove one to add another.",
        "zh": "本服务器最多允许 {cap} 层：请先删除一层再添加。",
    },
    "blocks.seq.end": {"en": "(at the end)", "zh": "（末尾）"},
    "blocks.seq.position": {
        "en": "at position (the layer there moves down)",
        "zh": "插入位置（原位置的层下移）",
    },
    "blocks.seq.input": {"en": "input", "zh": "输入"},
    "blocks.seq.broken_at": {
        "en": "**The shapes break at layer {index}, `{layer}`.**",
        "zh": "**形状在第 {index} 层 `{layer}` 处断开。**",
    },
    "blocks.seq.ok": {
        "en": "The shapes fit all the way: the output has shape {shape} ({elements} numbers); the network has "
        "{total} parameters.",
        "zh": "形状一路匹配：输出形状为 {shape}（{elements} 个数）；网络共有 {total} 个参数。",
    },
    # Layers at work
    "blocks.layers.pick": {"en": "Layer", "zh": "层"},
    "blocks.layers.name.conv": {"en": "Conv2d", "zh": "Conv2d 卷积"},
    "blocks.layers.name.pool": {"en": "MaxPool2d", "zh": "MaxPool2d 最大池化"},
    "blocks.layers.name.dropout": {"en": "Dropout", "zh": "Dropout 随机失活"},
    "blocks.layers.name.batchnorm": {"en": "BatchNorm", "zh": "BatchNorm 批归一化"},
    "blocks.layers.side": {"en": "Image side H = W", "zh": "图像边长 H = W"},
    "blocks.layers.kernel": {"en": "kernel_size k", "zh": "核大小 k"},
    "blocks.layers.stride": {"en": "stride s", "zh": "步长 s"},
    "blocks.layers.padding": {"en": "padding p", "zh": "填充 p"},
    "blocks.layers.channels": {"en": "out_channels", "zh": "输出通道数 out_channels"},
    "blocks.layers.formula_title": {
        "en": "**Output size** (dilation d = 1):",
        "zh": "**输出尺寸**（膨胀 d = 1）：",
    },
    "blocks.layers.formula_check": {
        "en": "The real output has shape `{shape}`; the formula gives {value}. {mark}",
        "zh": "实际输出形状为 `{shape}`；公式给出 {value}。{mark}",
    },
    "blocks.layers.input": {"en": "input {shape}", "zh": "输入 {shape}"},
    "blocks.layers.kernel_n": {"en": "kernel {n}", "zh": "卷积核 {n}"},
    "blocks.layers.map_n": {"en": "feature map {n}", "zh": "特征图 {n}"},
    "blocks.layers.conv_note": {
        "en": "Each kernel (weight shape {weight}, initialised by nn.Conv2d with the sidebar's seed) slides over "
        "the image and gives one feature map: red where the patch matches the kernel's pattern, blue where it is "
        "its opposite. Output shape {shape}.",
        "zh": "每个卷积核（权重形状 {weight}，由 nn.Conv2d 按侧边栏的随机种子初始化）在图像上滑动，生成一张特征图："
        "红色表示局部图案与卷积核相符，蓝色表示相反。输出形状 {shape}。",
    },
    "blocks.layers.pooled": {"en": "after MaxPool2d {shape}", "zh": "MaxPool2d 之后 {shape}"},
    "blocks.layers.pool_note": {
        "en": "Each output pixel is the largest value in its k×k window: the image shrinks but the strokes "
        "survive. MaxPool2d has no parameters; its stride defaults to kernel_size.",
        "zh": "每个输出像素是其 k×k 窗口中的最大值：图像变小，但笔画保留了下来。MaxPool2d 没有参数；"
        "步长默认等于 kernel_size。",
    },
    "blocks.layers.p": {"en": "Drop probability p", "zh": "丢弃概率 p"},
    "blocks.layers.train_mode": {"en": "model.train()", "zh": "训练模式 model.train()"},
    "blocks.layers.eval_mode": {"en": "model.eval()", "zh": "评估模式 model.eval()"},
    "blocks.layers.zeroed": {"en": "Ink pixels zeroed", "zh": "被置零的笔画像素"},
    "blocks.layers.zeroed_help": {
        "en": "Share of the non-zero pixels that dropout set to zero; close to p.",
        "zh": "非零像素中被 Dropout 置零的比例，接近 p。",
    },
    "blocks.layers.scale": {"en": "Survivors × 1/(1−p)", "zh": "保留像素 × 1/(1−p)"},
    "blocks.layers.eval_equal": {"en": "eval output = input", "zh": "评估模式输出 = 输入"},
    "blocks.layers.dropout_note": {
        "en": "In training, Dropout zeroes each value with probability p and multiplies the rest by 1/(1−p), so "
        "the expected value stays the same; in eval mode it does nothing. That is why you call model.eval() "
        "before testing.",
        "zh": "训练时，Dropout 以概率 p 把每个值置零，其余的乘以 1/(1−p)，使期望值保持不变；评估模式下它什么也不做。"
        "这就是测试前要调用 model.eval() 的原因。",
    },
    "blocks.layers.bn_batch": {"en": "Batch size", "zh": "批大小"},
    "blocks.layers.bn_steps": {"en": "Training steps", "zh": "训练步数"},
    "blocks.layers.bn_momentum": {"en": "momentum", "zh": "动量 momentum"},
    "blocks.layers.bn_mean": {"en": "mean", "zh": "均值"},
    "blocks.layers.bn_var": {"en": "variance", "zh": "方差"},
    "blocks.layers.bn_batch_stat": {"en": "this batch", "zh": "当前批次"},
    "blocks.layers.bn_running": {"en": "running (after the step)", "zh": "滑动统计量（本步之后）"},
    "blocks.layers.bn_step": {"en": "step", "zh": "步"},
    "blocks.layers.bn_update": {
        "en": "After each training-mode call: running = (1 − {m}) · running + {m} · batch statistic "
        "(the variance unbiased). The running mean starts at 0 and the running variance at 1.",
        "zh": "每次训练模式调用之后：running = (1 − {m}) · running + {m} · 当前批次统计量（方差为无偏估计）。"
        "滑动均值从 0 开始，滑动方差从 1 开始。",
    },
    "blocks.layers.bn_train_mean": {"en": "train output mean", "zh": "训练模式输出均值"},
    "blocks.layers.bn_train_std": {"en": "train output std", "zh": "训练模式输出标准差"},
    "blocks.layers.bn_eval_mean": {"en": "eval output mean", "zh": "评估模式输出均值"},
    "blocks.layers.bn_eval_std": {"en": "eval output std", "zh": "评估模式输出标准差"},
    "blocks.layers.bn_note": {
        "en": "Train mode normalises the last batch with its own mean and variance (output mean 0, std ≈ 1); eval "
        "mode uses the running statistics, which match only once they have caught up — few steps or a small "
        "momentum leave them behind.",
        "zh": "训练模式用最后一批自身的均值和方差归一化（输出均值为 0，标准差约为 1）；评估模式使用滑动统计量，"
        "只有在它追上真实统计量后两者才一致——步数少或 momentum 小时它会落后。",
    },
    # Activations
    "blocks.act.pick": {"en": "Activation", "zh": "激活函数"},
    "blocks.act.name.relu": {"en": "ReLU", "zh": "ReLU"},
    "blocks.act.name.sigmoid": {"en": "Sigmoid", "zh": "Sigmoid"},
    "blocks.act.name.tanh": {"en": "Tanh", "zh": "Tanh"},
    "blocks.act.name.leaky_relu": {"en": "LeakyReLU", "zh": "LeakyReLU"},
    "blocks.act.name.gelu": {"en": "GELU", "zh": "GELU"},
    "blocks.act.name.softmax": {
        "en": "Softmax (first of 3 logits)",
        "zh": "Softmax（3 个 logit 中的第一个）",
    },
    "blocks.act.range": {"en": "x range", "zh": "x 范围"},
    "blocks.act.slope": {"en": "negative_slope", "zh": "负半轴斜率 negative_slope"},
    "blocks.act.empty_range": {
        "en": "Pick a range with a start below its end.",
        "zh": "请选择起点小于终点的范围。",
    },
    "blocks.act.value": {"en": "f(x)", "zh": "函数值 f(x)"},
    "blocks.act.derivative": {"en": "f′(x) by autograd", "zh": "自动求导得到的 f′(x)"},
    "blocks.act.autograd_note": {
        "en": "The dashed derivative is not a formula: it is x.grad after one backward pass through the curve.",
        "zh": "虚线导数不是手写公式：它是对整条曲线做一次反向传播后得到的 x.grad。",
    },
    "blocks.act.note.relu": {
        "en": "**ReLU** = max(0, x). Slope 1 for x > 0 and 0 below: units that stay negative stop learning "
        "(“dead ReLU”). At 0 autograd uses slope 0.",
        "zh": "**ReLU** = max(0, x)。x > 0 时斜率为 1，x < 0 时为 0：一直为负的神经元不再学习（“死亡 ReLU”）。"
        "在 0 处自动求导取斜率 0。",
    },
    "blocks.act.note.sigmoid": {
        "en": "**Sigmoid** = 1 / (1 + e^−x), squashing into (0, 1). Its slope is at most 0.25 (at 0) and vanishes "
        "far from 0 — the vanishing-gradient problem.",
        "zh": "**Sigmoid** = 1 / (1 + e^−x)，把值压到 (0, 1)。斜率最大只有 0.25（在 0 处），远离 0 时趋于零——"
        "这就是梯度消失问题。",
    },
    "blocks.act.note.tanh": {
        "en": "**Tanh** squashes into (−1, 1) and is centred at 0; slope 1 at 0, vanishing far away.",
        "zh": "**Tanh** 把值压到 (−1, 1)，以 0 为中心；在 0 处斜率为 1，远离 0 时趋于零。",
    },
    "blocks.act.note.leaky_relu": {
        "en": "**LeakyReLU** keeps a small slope for x < 0, so no unit is ever completely dead.",
        "zh": "**LeakyReLU** 在 x < 0 时保留一个小斜率，因此神经元不会完全“死亡”。",
    },
    "blocks.act.note.gelu": {
        "en": "**GELU** = x · Φ(x), a smooth ReLU used in Transformers; slightly negative just below 0.",
        "zh": "**GELU** = x · Φ(x)，是 Transformer 中常用的平滑版 ReLU；在 0 略左侧取到小的负值。",
    },
    "blocks.act.note.softmax": {
        "en": "**Softmax** is not element-wise: it turns a whole vector of logits into probabilities that sum to "
        "1 along `dim`. Here the logits are (x, 0, 1) and the curve is the first probability; its derivative is "
        "p(1 − p).",
        "zh": "**Softmax** 不是逐元素函数：它把一整个 logit 向量沿 `dim` 变成和为 1 的概率。这里 logit 为 "
        "(x, 0, 1)，曲线是第一个概率；其导数为 p(1 − p)。",
    },
    # Losses
    "blocks.loss.part": {"en": "Part", "zh": "部分"},
    "blocks.loss.part.regression": {"en": "MSE · L1 · SmoothL1", "zh": "MSE · L1 · SmoothL1 回归损失"},
    "blocks.loss.part.cross_entropy": {"en": "CrossEntropy taken apart", "zh": "拆解交叉熵"},
    "blocks.loss.part.seed_bug": {"en": "One target for every loss?", "zh": "所有损失共用一个目标？"},
    "blocks.loss.target": {"en": "Target", "zh": "目标值"},
    "blocks.loss.beta": {"en": "SmoothL1 beta", "zh": "SmoothL1 的 beta"},
    "blocks.loss.show_grad": {"en": "Show d loss / d prediction", "zh": "显示 d 损失 / d 预测"},
    "blocks.loss.regression_note": {
        "en": "MSE grows with the square of the error and its gradient with the error; L1 grows linearly, its "
        "gradient is always ±1; SmoothL1 is quadratic within beta of the target and linear outside, so "
        "outliers pull less.",
        "zh": "MSE 随误差的平方增长，梯度与误差成正比；L1 线性增长，梯度恒为 ±1；SmoothL1 在距离目标 beta 以内"
        "是二次的，之外是线性的，因此离群点的拉力更小。",
    },
    "blocks.loss.target_mark": {"en": "target", "zh": "目标"},
    "blocks.loss.prediction": {"en": "prediction", "zh": "预测值"},
    "blocks.loss.loss_axis": {"en": "loss", "zh": "损失"},
    "blocks.loss.grad_axis": {"en": "d loss / d prediction (autograd)", "zh": "d 损失 / d 预测（自动求导）"},
    "blocks.loss.count": {"en": "Images", "zh": "图像数"},
    "blocks.loss.scale": {"en": "Logit scale", "zh": "logit 缩放"},
    "blocks.loss.logits_note": {
        "en": "Logits: the untrained seed-000 NeuralNetwork on these images, multiplied by {scale} so the "
        "probabilities differ visibly; targets are the true digits.",
        "zh": "logits：未训练的种子 000 NeuralNetwork 在这些图像上的输出乘以 {scale}，让概率差别更明显；"
        "目标是真实的数字标签。",
    },
    "blocks.loss.class": {"en": "class", "zh": "类别"},
    "blocks.loss.image": {"en": "image", "zh": "图像"},
    "blocks.loss.logits": {"en": "logits", "zh": "logits"},
    "blocks.loss.log_softmax": {
        "en": "LogSoftmax(dim=1)(logits)",
        "zh": "LogSoftmax(dim=1)(logits) 对数概率",
    },
    "blocks.loss.label": {"en": "target class", "zh": "目标类别"},
    "blocks.loss.picked": {"en": "log p[target]", "zh": "log p[目标]"},
    "blocks.loss.minus_picked": {"en": "−log p[target]", "zh": "−log p[目标]"},
    "blocks.loss.nll_metric": {
        "en": "NLLLoss(LogSoftmax(logits))",
        "zh": "NLLLoss(LogSoftmax(logits)) 负对数似然",
    },
    "blocks.loss.ce_metric": {"en": "CrossEntropyLoss(logits)", "zh": "CrossEntropyLoss(logits)"},
    "blocks.loss.diff_metric": {"en": "difference", "zh": "差值"},
    "blocks.loss.grad_title": {
        "en": "**Gradient with respect to the logits**: autograd vs (softmax − one-hot) / N",
        "zh": "**对 logits 的梯度**：自动求导 vs (softmax − one-hot) / N",
    },
    "blocks.loss.grad_autograd": {"en": "logits.grad (autograd)", "zh": "logits.grad（自动求导）"},
    "blocks.loss.grad_formula": {"en": "(softmax − one-hot) / N", "zh": "(softmax − one-hot) / N 公式"},
    "blocks.loss.grad_diff_metric": {"en": "largest difference", "zh": "最大差值"},
    "blocks.loss.grad_note": {
        "en": "CrossEntropyLoss averages over the N = {n} images, hence the division by N. The gradient pushes "
        "the target class up (negative entry) and every other class down in proportion to its probability.",
        "zh": "CrossEntropyLoss 对 N = {n} 张图像取平均，所以要除以 N。梯度把目标类别往上推（负值），"
        "把其他类别按各自概率往下压。",
    },
    "blocks.loss.seed_intro": {
        "en": "Seed 001's `loss_functions_demo(pred, target)` hands the **same** `target` to MSELoss, "
        "CrossEntropyLoss and L1Loss. They need different targets: CrossEntropy wants class indices (int64, "
        "shape (N,)) or probabilities; MSE and L1 want floats of the prediction's shape. Here is what the "
        "seed's call really does with the network's logits on three images:",
        "zh": "种子 001 的 `loss_functions_demo(pred, target)` 把**同一个** `target` 传给 MSELoss、"
        "CrossEntropyLoss 和 L1Loss。但它们需要的目标不同：CrossEntropy 需要类别索引（int64，形状 (N,)）"
        "或概率分布；MSE 和 L1 需要与预测形状相同的浮点数。下面是用网络在三张图像上的 logits 运行种子代码的真实结果：",
    },
    "blocks.loss.seed_target": {"en": "target passed", "zh": "传入的目标"},
    "blocks.loss.seed_target.indices": {"en": "class indices (3,)", "zh": "类别索引 (3,)"},
    "blocks.loss.seed_target.float": {"en": "random floats (3, 10)", "zh": "随机浮点数 (3, 10)"},
    "blocks.loss.seed_loss": {"en": "loss", "zh": "损失函数"},
    "blocks.loss.seed_result": {"en": "result", "zh": "结果"},
    "blocks.loss.seed_fix": {
        "en": "With class indices, MSE and L1 fail on the shapes. With float targets nothing fails, yet "
        "CrossEntropy silently reads them as class probabilities — negative, not summing to 1 — and returns "
        "a meaningless number (it can even be negative). **Corrected:** give CrossEntropy the indices and "
        "the regression losses a one-hot (float) target of the prediction's shape, as in the code below.",
        "zh": "传入类别索引时，MSE 和 L1 因形状不符而报错。传入浮点目标时什么都不报错，但 CrossEntropy 会悄悄把它"
        "当作类别概率——有负数、和也不为 1——得到一个毫无意义的数（甚至可能为负）。**修正：** 给 CrossEntropy "
        "传类别索引，给回归损失传与预测形状相同的 one-hot 浮点目标，见下方代码。",
    },
    # Module anatomy
    "blocks.anat.network": {"en": "Network", "zh": "网络"},
    "blocks.anat.network.neural_network": {
        "en": "Seed 000 · NeuralNetwork (Flatten → 512 → 512 → 10)",
        "zh": "种子 000 · NeuralNetwork（Flatten → 512 → 512 → 10）",
    },
    "blocks.anat.network.simple_nn": {
        "en": "Seed 001 · SimpleNN(784, 128, 10)",
        "zh": "种子 001 · SimpleNN(784, 128, 10)",
    },
    "blocks.anat.network.digit_recognizer": {
        "en": "Seed 001 · DigitRecognizer (CNN)",
        "zh": "种子 001 · DigitRecognizer（卷积网络）",
    },
    "blocks.anat.intro.neural_network": {
        "en": "Seed 000's `NeuralNetwork` (Flatten → Linear(784, 512) → ReLU → Linear(512, 512) → ReLU → "
        "Linear(512, 10)), freshly initialised with the sidebar's seed, on a batch of three 28×28 images. "
        "A forward hook on every layer records what it hands on.",
        "zh": "种子 000 的 `NeuralNetwork`（Flatten → Linear(784, 512) → ReLU → Linear(512, 512) → ReLU → "
        "Linear(512, 10)），按侧边栏的随机种子初始化，输入一批三张 28×28 图像。每一层上的前向钩子记录它输出的张量。",
    },
    "blocks.anat.intro.simple_nn": {
        "en": "Seed 001's `SimpleNN` as its training example builds it (784 → 128 → 10). Its `forward` applies "
        "`F.relu` as a function, not a module, so no hook sees the ReLU: only `layer1` and `layer2` appear. "
        "(The app's version flattens the images itself; the seed fed flat vectors.)",
        "zh": "种子 001 训练示例中构建的 `SimpleNN`（784 → 128 → 10）。它的 `forward` 以函数形式调用 `F.relu`，"
        "而不是模块，所以没有钩子能看到 ReLU：只出现 `layer1` 和 `layer2`。（本应用的版本会自己展平图像；种子代码输入的是展平后的向量。）",
    },
    "blocks.anat.intro.digit_recognizer": {
        "en": "Seed 001's MNIST CNN `DigitRecognizer`, in eval mode (Dropout off). Convolution outputs are "
        "shown as the first feature maps of the first image. Its ReLUs and flatten are function calls, "
        "invisible to module hooks. Corrected: the seed's `forward` ended in `log_softmax` yet trained with "
        "CrossEntropyLoss (which applies log-softmax again); here it returns logits.",
        "zh": "种子 001 的 MNIST 卷积网络 `DigitRecognizer`，处于评估模式（Dropout 关闭）。卷积输出显示为第一张图像的前几张特征图。"
        "它的 ReLU 和展平是函数调用，模块钩子看不到。修正：种子代码的 `forward` 以 `log_softmax` 结尾，却用 "
        "CrossEntropyLoss 训练（它会再做一次 log-softmax）；这里返回 logits。",
    },
    "blocks.anat.channel": {"en": "channel {n}", "zh": "通道 {n}"},
    "blocks.anat.image_label": {"en": "label {label}", "zh": "标签 {label}"},
    "blocks.anat.softmax_dim": {"en": "nn.Softmax over", "zh": "nn.Softmax 的维度"},
    "blocks.anat.layers_title": {"en": "Every layer's output", "zh": "每一层的输出"},
    "blocks.anat.feature": {"en": "feature", "zh": "特征"},
    "blocks.anat.image": {"en": "image", "zh": "图像"},
    "blocks.anat.class": {"en": "class", "zh": "类别"},
    "blocks.anat.layers_note": {
        "en": "One row per image. Flatten turns each 28×28 image into 784 numbers (the stripes are its pixel "
        "rows); each Linear mixes all of them into new features (red positive, blue negative); each ReLU "
        "sets the negative ones to 0. The network is untrained, so the last 10 logits are still close together.",
        "zh": "每张图像占一行。Flatten 把每张 28×28 图像展开为 784 个数（条纹就是像素行）；每个 Linear 把它们混合成新的特征"
        "（红色为正，蓝色为负）；每个 ReLU 把负值置为 0。网络尚未训练，所以最后的 10 个 logit 仍然很接近。",
    },
    "blocks.anat.softmax_title": {
        "en": "Softmax probabilities (dim={dim})",
        "zh": "Softmax 概率（dim={dim}）",
    },
    "blocks.anat.softmax_axes": {
        "en": "rows: images · columns: classes 0–9",
        "zh": "行：图像 · 列：类别 0–9",
    },
    "blocks.anat.dim1_note": {
        "en": "With **dim=1** each row — one image's 10 class scores — sums to 1: row sums {sums}. That is a "
        "probability per class for each image, the right choice for logits of shape (batch, classes).",
        "zh": "**dim=1** 时每一行——一张图像的 10 个类别分数——之和为 1：行和为 {sums}。这样每张图像得到各类别的概率，"
        "对形状为 (批次, 类别) 的 logits 这才是正确的选择。",
    },
    "blocks.anat.dim0_note": {
        "en": "With **dim=0** each column sums to 1 across the three images: column sums {sums}. That compares "
        "images with each other, not classes — the wrong dim for classification.",
        "zh": "**dim=0** 时每一列在三张图像之间求和为 1：列和为 {sums}。这是在比较图像而不是类别——"
        "对分类来说是错误的维度。",
    },
    "blocks.anat.params_title": {"en": "named_parameters()", "zh": "named_parameters() 参数表"},
    "blocks.anat.total": {"en": "Trainable numbers", "zh": "可训练参数总数"},
    "blocks.anat.device": {"en": "model.to(device)", "zh": "model.to(device) 设备变化"},
    "blocks.anat.device_note": {
        "en": "Layers are created on the CPU; model.to(device) moves every parameter to the sidebar's device, "
        "and the input must be moved there too (images.to(device)).",
        "zh": "层在 CPU 上创建；model.to(device) 把所有参数移到侧边栏选择的设备上，输入也必须移过去（images.to(device)）。",
    },
    "blocks.anat.hooks_title": {
        "en": "model(x), not model.forward(x)",
        "zh": "用 model(x)，不要用 model.forward(x)",
    },
    "blocks.anat.hooks_intro": {
        "en": "A forward hook is registered on the model and on each submodule, then the same batch goes through "
        "`model(x)` and through `model.forward(x)`. How many times did each hook fire?",
        "zh": "在模型本身和每个子模块上注册前向钩子，然后让同一批数据分别经过 `model(x)` 和 `model.forward(x)`。"
        "每个钩子各触发了几次？",
    },
    "blocks.anat.module": {"en": "module", "zh": "模块"},
    "blocks.anat.hooks_note": {
        "en": "Calling the model runs `nn.Module.__call__`, which runs the hooks around `forward`. Calling "
        "`forward` directly skips the model's own hooks (0 above) — and anything else `__call__` does — "
        "while the submodules still fire because `forward` calls *them* properly. Seeds 000 and 003 say "
        "the same: pass data to the model, don't call forward.",
        "zh": "调用模型会执行 `nn.Module.__call__`，它在 `forward` 前后运行钩子。直接调用 `forward` 会跳过模型自身的钩子"
        "（上表中的 0）以及 `__call__` 做的其他事情；子模块仍会触发，因为 `forward` 是正常调用*它们*的。"
        "种子 000 和 003 说的也是这个：把数据传给模型，不要直接调用 forward。",
    },
    "blocks.anat.registration_title": {
        "en": "Seed 003's MyModel: what counts as a parameter",
        "zh": "种子 003 的 MyModel：什么才算参数",
    },
    "blocks.anat.registration_intro": {
        "en": "Seed 003 first stores w1, w2, w3 as plain tensors with requires_grad=True, then switches to "
        "nn.Parameter. Both models compute 120 for x = 2, but only one of them has parameters an optimizer can see:",
        "zh": "种子 003 先把 w1、w2、w3 存成 requires_grad=True 的普通张量，后来改用 nn.Parameter。两个模型在 x = 2 时"
        "都算出 120，但只有一个拥有优化器能看到的参数：",
    },
    "blocks.anat.registration_tensor": {
        "en": "**self.w1 = torch.tensor([3.0], requires_grad=True)**",
        "zh": "**self.w1 = torch.tensor([3.0], requires_grad=True)**（普通张量）",
    },
    "blocks.anat.registration_parameter": {
        "en": "**self.w1 = nn.Parameter(torch.tensor([3.0]))**",
        "zh": "**self.w1 = nn.Parameter(torch.tensor([3.0]))**（参数）",
    },
    "blocks.anat.registration_count": {
        "en": "named_parameters() finds {count}; model(2.0) = {output}",
        "zh": "named_parameters() 找到 {count} 个；model(2.0) = {output}",
    },
    "blocks.anat.registration_error": {
        "en": "torch.optim.SGD(model.parameters()) raises: {message}",
        "zh": "torch.optim.SGD(model.parameters()) 报错：{message}",
    },
    "blocks.anat.registration_ok": {
        "en": "torch.optim.SGD(model.parameters()) receives all three.",
        "zh": "torch.optim.SGD(model.parameters()) 拿到了全部三个参数。",
    },
    "blocks.anat.registration_fixes": {
        "en": "Also corrected from the seed: `forward` must use `self.w1` (a bare `w1` is a NameError), "
        "`torch.functional.relu` does not exist (use `torch.relu` or `torch.nn.functional.relu`), "
        "`torch.tensor([4.0]),requires_grad = True)` has a stray parenthesis, and the model is called as "
        "`my_model(x1)`, not `my_model.forward(x1)`.",
        "zh": "对种子代码的其他修正：`forward` 中必须写 `self.w1`（只写 `w1` 会引发 NameError）；"
        "`torch.functional.relu` 并不存在（应使用 `torch.relu` 或 `torch.nn.functional.relu`）；"
        "`torch.tensor([4.0]),requires_grad = True)` 多了一个括号；调用模型应写 `my_model(x1)`，"
        "而不是 `my_model.forward(x1)`。",
    },
}
