"""Texts of the Playground lab."""

STRINGS = {
    "playground.intro": {
        "en": "Pick a dataset and a network, press **Play**, and watch the decision boundary form. "
        "Every change starts a fresh network; the address bar always holds a link to this exact experiment.",
        "zh": "选择数据集和网络，按下 **播放**，观察决策边界如何形成。任何改动都会重新建立网络；"
        "地址栏里始终是指向当前这个实验的链接。",
    },
    "playground.play": {"en": "▶ Play", "zh": "▶ 播放"},
    "playground.pause": {"en": "⏸ Pause", "zh": "⏸ 暂停"},
    "playground.step": {"en": "⏭ Step", "zh": "⏭ 单步"},
    "playground.reset": {"en": "↺ Reset", "zh": "↺ 重置"},
    "playground.step_size": {"en": "Epochs per step", "zh": "每步训练轮数"},
    "playground.data": {"en": "Data", "zh": "数据"},
    "playground.dataset": {"en": "Dataset", "zh": "数据集"},
    "playground.opt.dataset.spiral": {"en": "Spiral", "zh": "螺旋"},
    "playground.opt.dataset.moons": {"en": "Moons", "zh": "双月"},
    "playground.opt.dataset.circles": {"en": "Circles", "zh": "同心圆"},
    "playground.opt.dataset.xor": {"en": "XOR", "zh": "异或（XOR）"},
    "playground.opt.dataset.gaussian": {"en": "Gaussian blobs", "zh": "高斯团"},
    "playground.opt.dataset.plane": {"en": "Plane (regression)", "zh": "平面（回归）"},
    "playground.classes": {"en": "Classes", "zh": "类别数"},
    "playground.classes_help": {
        "en": "Only spiral and Gaussian blobs take more than two classes.",
        "zh": "只有螺旋和高斯团支持两个以上的类别。",
    },
    "playground.noise": {"en": "Noise", "zh": "噪声"},
    "playground.train_percent": {"en": "Training data (%)", "zh": "训练集比例（%）"},
    "playground.samples": {"en": "Points", "zh": "数据点数"},
    "playground.features": {"en": "Input features", "zh": "输入特征"},
    "playground.features_help": {
        "en": "Each ticked feature is one input neuron, computed from the point's coordinates.",
        "zh": "每个勾选的特征是一个输入神经元，由数据点的坐标计算得到。",
    },
    "playground.network": {"en": "Network", "zh": "网络"},
    "playground.hidden_layers": {"en": "Hidden layers", "zh": "隐藏层数"},
    "playground.neurons_in_layer": {"en": "Layer {n}", "zh": "第 {n} 层"},
    "playground.neurons_help": {"en": "Neurons in this hidden layer", "zh": "该隐藏层的神经元个数"},
    "playground.activation": {"en": "Activation", "zh": "激活函数"},
    "playground.opt.activation.relu": {"en": "ReLU", "zh": "ReLU"},
    "playground.opt.activation.tanh": {"en": "Tanh", "zh": "Tanh"},
    "playground.opt.activation.sigmoid": {"en": "Sigmoid", "zh": "Sigmoid"},
    "playground.opt.activation.leaky_relu": {"en": "LeakyReLU (0.1)", "zh": "LeakyReLU（0.1）"},
    "playground.opt.activation.gelu": {"en": "GELU", "zh": "GELU"},
    "playground.optimizer": {"en": "Optimizer", "zh": "优化器"},
    "playground.opt.optimizer.sgd": {"en": "SGD", "zh": "SGD"},
    "playground.opt.optimizer.momentum": {"en": "SGD + momentum 0.9", "zh": "SGD + 动量 0.9"},
    "playground.opt.optimizer.adam": {"en": "Adam", "zh": "Adam"},
    "playground.opt.optimizer.rmsprop": {"en": "RMSprop", "zh": "RMSprop"},
    "playground.opt.optimizer.adamw": {"en": "AdamW", "zh": "AdamW"},
    "playground.learning_rate": {"en": "Learning rate", "zh": "学习率"},
    "playground.regularization": {"en": "Regularization", "zh": "正则化"},
    "playground.opt.reg.none": {"en": "None", "zh": "无"},
    "playground.opt.reg.l1": {"en": "L1", "zh": "L1"},
    "playground.opt.reg.l2": {"en": "L2", "zh": "L2"},
    "playground.reg_rate": {"en": "Regularization rate", "zh": "正则化系数"},
    "playground.reg_rate_help": {
        "en": "Multiplies the L1 or L2 penalty; no effect while regularization is None.",
        "zh": "L1 或 L2 惩罚项的系数；正则化为“无”时不起作用。",
    },
    "playground.batch_size": {"en": "Batch size", "zh": "批大小"},
    "playground.batch_full": {"en": "full batch", "zh": "全批量"},
    "playground.dropout": {"en": "Dropout", "zh": "Dropout 比例"},
    "playground.epoch": {"en": "Epoch", "zh": "训练轮数"},
    "playground.train_loss": {"en": "Train loss", "zh": "训练损失"},
    "playground.test_loss": {"en": "Test loss", "zh": "测试损失"},
    "playground.test_accuracy": {"en": "Test accuracy", "zh": "测试准确率"},
    "playground.show_test": {"en": "Show test points", "zh": "显示测试点"},
    "playground.output": {"en": "Output", "zh": "输出"},
    "playground.boundary_caption_2": {
        "en": "Background: p(blue) − p(orange) at each point of the plane. Points with a white rim are "
        "training data, black rim test data.",
        "zh": "背景：平面上每一点的 p(蓝) − p(橙)。白边的点是训练数据，黑边的点是测试数据。",
    },
    "playground.boundary_caption_k": {
        "en": "Background: the predicted class at each point, paler where the network is less sure. "
        "White rim: training data; black rim: test data.",
        "zh": "背景：每一点的预测类别，网络越不确定颜色越浅。白边：训练数据；黑边：测试数据。",
    },
    "playground.boundary_caption_regression": {
        "en": "Background: the network's predicted value (orange −1 … blue +1); points are coloured by their target.",
        "zh": "背景：网络的预测值（橙色 −1 … 蓝色 +1）；数据点按目标值着色。",
    },
    "playground.legend_train": {"en": "train", "zh": "训练"},
    "playground.legend_test": {"en": "test", "zh": "测试"},
    "playground.diagram": {"en": "The network, neuron by neuron", "zh": "逐个神经元看网络"},
    "playground.diagram_caption": {
        "en": "Each square is one neuron: its output over the input plane (orange negative, blue positive). "
        "Lines are weights: blue positive, orange negative, thicker is larger. Hover a line for its value.",
        "zh": "每个方块是一个神经元：它在输入平面上的输出（橙色为负，蓝色为正）。连线是权重：蓝色为正，"
        "橙色为负，越粗绝对值越大。把鼠标停在连线上可看到数值。",
    },
    "playground.column_inputs": {"en": "inputs", "zh": "输入"},
    "playground.column_layer": {"en": "layer {n} ({width})", "zh": "第 {n} 层（{width}）"},
    "playground.column_output": {"en": "output", "zh": "输出"},
    "playground.neuron_name": {
        "en": "layer {layer}, neuron {index}",
        "zh": "第 {layer} 层，第 {index} 个神经元",
    },
    "playground.input_name": {"en": "input {name}", "zh": "输入 {name}"},
    "playground.output_name": {"en": "output {index}", "zh": "输出 {index}"},
    "playground.enlarge": {"en": "Enlarge a neuron", "zh": "放大一个神经元"},
    "playground.enlarge_none": {"en": "(none)", "zh": "（不放大）"},
    "playground.loss_axis": {"en": "loss", "zh": "损失"},
    "playground.epoch_axis": {"en": "epoch", "zh": "轮数"},
    "playground.grad_title": {"en": "Gradient norm per layer", "zh": "每层的梯度范数"},
    "playground.grad_caption": {
        "en": "The L2 norm of each Linear layer's gradient (weights and bias), measured on every epoch the "
        "picture shows while playing and on the last epoch of each step. Vanishing gradients show as early "
        "layers far below the last one.",
        "zh": "每个 Linear 层梯度（权重和偏置）的 L2 范数：播放时在画面显示的每一轮测量，单步时在最后一轮测量。"
        "若前面的层远低于最后一层，就是梯度消失。",
    },
    "playground.grad_layer": {"en": "Linear {n}", "zh": "Linear {n}"},
    "playground.grad_norm_axis": {"en": "‖gradient‖", "zh": "‖梯度‖"},
    "playground.grad_empty": {
        "en": "Train for a few epochs to see the gradient norms.",
        "zh": "先训练几轮，才能看到梯度范数。",
    },
    "playground.url_rejected": {
        "en": "These link parameters were not understood and kept their defaults: {names}",
        "zh": "这些链接参数无法识别，已使用默认值：{names}",
    },
    "playground.seed_from_url": {
        "en": "Seed {seed} comes from the link; changing the sidebar's seed replaces it.",
        "zh": "种子 {seed} 来自链接；修改侧边栏的种子会替换它。",
    },
    "playground.at_cap": {
        "en": "Training stopped at {cap} epochs, the cap on this server. Press Reset to start again.",
        "zh": "训练在 {cap} 轮时停止，这是本服务器的上限。按“重置”重新开始。",
    },
    "playground.err.no_features": {
        "en": "Tick at least one input feature: the network needs an input.",
        "zh": "请至少勾选一个输入特征：网络需要输入。",
    },
    "playground.details_when_paused": {
        "en": "The gradient norms and the code of this run appear here when it is paused.",
        "zh": "暂停后，这里会显示本次训练的梯度范数和代码。",
    },
    "playground.code_note": {
        "en": "This script trains the network on screen for the epochs done so far and prints the "
        "same losses as above. It uses the app's data generator (pasted in) and the same seeds.",
        "zh": "这段脚本按当前已完成的轮数训练屏幕上的网络，并打印与上方相同的损失。"
        "它使用应用中的数据生成函数（已粘贴进来）和相同的随机种子。",
    },
    "playground.waiting": {
        "en": "Waiting for a free place on this shared server: you are number {place} in line ({running} "
        "training now), about {seconds} s to wait. Pause leaves the line.",
        "zh": "正在等待这台共享服务器空出位置：你排在第 {place} 位（当前有 {running} 个在训练），"
        "预计等待约 {seconds} 秒。点击“暂停”即可退出排队。",
    },
    "playground.step_budget": {
        "en": "Step stopped at this server's limit of {seconds} s per step: {ran} of {asked} epochs ran. "
        "Press Step again to go on, or choose fewer epochs per step or a smaller network.",
        "zh": "单步在本服务器每步 {seconds} 秒的上限处停止：{asked} 轮中完成了 {ran} 轮。"
        "再按“单步”可继续，或减少每步轮数、使用更小的网络。",
    },
    "playground.play_budget": {
        "en": "Play stopped after {seconds} s of training, this shared server's limit per press of Play. "
        "Press Play to go on.",
        "zh": "播放在训练 {seconds} 秒后停止，这是这台共享服务器每次按下“播放”的上限。按“播放”可继续。",
    },
    "limits.max_playground_step_seconds": {
        "en": "The seconds of training per playground step",
        "zh": "游乐场每次单步的训练秒数",
    },
    "limits.max_playground_play_seconds": {
        "en": "The seconds of training per press of Play",
        "zh": "每次按下“播放”的训练秒数",
    },
    "limits.max_playground_turn_seconds": {
        "en": "The seconds a player keeps a shared place while others wait",
        "zh": "他人等待时每位玩家占用共享位置的秒数",
    },
}
