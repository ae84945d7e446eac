"""Texts of the Playground lab — 简体中文."""

STRINGS = {
    "playground.intro": (
        "选择数据集和网络，按下 **播放**，观察决策边界如何形成。任何改动都会重新建立网络；"
        "地址栏里始终是指向当前这个实验的链接。"
    ),
    "playground.play": "▶ 播放",
    "playground.pause": "⏸ 暂停",
    "playground.step": "⏭ 单步",
    "playground.reset": "↺ 重置",
    "playground.step_size": "每步训练轮数",
    "playground.data": "数据",
    "playground.dataset": "数据集",
    "playground.opt.dataset.spiral": "螺旋",
    "playground.opt.dataset.moons": "双月",
    "playground.opt.dataset.circles": "同心圆",
    "playground.opt.dataset.xor": "异或（XOR）",
    "playground.opt.dataset.gaussian": "高斯团",
    "playground.opt.dataset.plane": "平面（回归）",
    "playground.classes": "类别数",
    "playground.classes_help": "只有螺旋和高斯团支持两个以上的类别。",
    "playground.noise": "噪声",
    "playground.train_percent": "训练集比例（%）",
    "playground.samples": "数据点数",
    "playground.features": "输入特征",
    "playground.features_help": "每个勾选的特征是一个输入神经元，由数据点的坐标计算得到。",
    "playground.network": "网络",
    "playground.hidden_layers": "隐藏层数",
    "playground.neurons_in_layer": "第 {n} 层",
    "playground.neurons_help": "该隐藏层的神经元个数",
    "playground.activation": "激活函数",
    "playground.opt.activation.relu": "ReLU",
    "playground.opt.activation.tanh": "Tanh",
    "playground.opt.activation.sigmoid": "Sigmoid",
    "playground.opt.activation.leaky_relu": "LeakyReLU（0.1）",
    "playground.opt.activation.gelu": "GELU",
    "playground.optimizer": "优化器",
    "playground.opt.optimizer.sgd": "SGD",
    "playground.opt.optimizer.momentum": "SGD + 动量 0.9",
    "playground.opt.optimizer.adam": "Adam",
    "playground.opt.optimizer.rmsprop": "RMSprop",
    "playground.opt.optimizer.adamw": "AdamW",
    "playground.learning_rate": "学习率",
    "playground.regularization": "正则化",
    "playground.opt.reg.none": "无",
    "playground.opt.reg.l1": "L1",
    "playground.opt.reg.l2": "L2",
    "playground.reg_rate": "正则化系数",
    "playground.reg_rate_help": "L1 或 L2 惩罚项的系数；正则化为“无”时不起作用。",
    "playground.batch_size": "批大小",
    "playground.batch_full": "全批量",
    "playground.dropout": "Dropout 比例",
    "playground.epoch": "训练轮数",
    "playground.train_loss": "训练损失",
    "playground.test_loss": "测试损失",
    "playground.test_accuracy": "测试准确率",
    "playground.show_test": "显示测试点",
    "playground.output": "输出",
    "playground.boundary_caption_2": "背景：平面上每一点的 p(蓝) − p(橙)。白边的点是训练数据，黑边的点是测试数据。",
    "playground.boundary_caption_k": "背景：每一点的预测类别，网络越不确定颜色越浅。白边：训练数据；黑边：测试数据。",
    "playground.boundary_caption_regression": "背景：网络的预测值（橙色 −1 … 蓝色 +1）；数据点按目标值着色。",
    "playground.legend_train": "训练",
    "playground.legend_test": "测试",
    "playground.diagram": "逐个神经元看网络",
    "playground.diagram_caption": (
        "每个方块是一个神经元：它在输入平面上的输出（橙色为负，蓝色为正）。连线是权重：蓝色为正，"
        "橙色为负，越粗绝对值越大。把鼠标停在连线上可看到数值。"
    ),
    "playground.column_inputs": "输入",
    "playground.column_layer": "第 {n} 层（{width}）",
    "playground.column_output": "输出",
    "playground.neuron_name": "第 {layer} 层，第 {index} 个神经元",
    "playground.input_name": "输入 {name}",
    "playground.output_name": "输出 {index}",
    "playground.enlarge": "放大一个神经元",
    "playground.enlarge_none": "（不放大）",
    "playground.loss_axis": "损失",
    "playground.epoch_axis": "轮数",
    "playground.grad_title": "每层的梯度范数",
    "playground.grad_caption": (
        "每个 Linear 层梯度（权重和偏置）的 L2 范数：播放时在画面显示的每一轮测量，单步时在最后一轮测量。"
        "若前面的层远低于最后一层，就是梯度消失。"
    ),
    "playground.grad_layer": "Linear {n}",
    "playground.grad_norm_axis": "‖梯度‖",
    "playground.grad_empty": "先训练几轮，才能看到梯度范数。",
    "playground.url_rejected": "这些链接参数无法识别，已使用默认值：{names}",
    "playground.seed_from_url": "种子 {seed} 来自链接；修改侧边栏的种子会替换它。",
    "playground.at_cap": "训练在 {cap} 轮时停止，这是本服务器的上限。按“重置”重新开始。",
    "playground.err.no_features": "请至少勾选一个输入特征：网络需要输入。",
    "playground.details_when_paused": "暂停后，这里会显示本次训练的梯度范数和代码。",
    "playground.code_note": (
        "这段脚本按当前已完成的轮数训练屏幕上的网络，并打印与上方相同的损失。"
        "它使用应用中的数据生成函数（已粘贴进来）和相同的随机种子。"
    ),
    "playground.waiting": (
        "正在等待这台共享服务器空出位置：你排在第 {place} 位（当前有 {running} 个在训练），"
        "预计等待约 {seconds} 秒。点击“暂停”即可退出排队。"
    ),
    "playground.step_budget": (
        "单步在本服务器每步 {seconds} 秒的上限处停止：{asked} 轮中完成了 {ran} 轮。"
        "再按“单步”可继续，或减少每步轮数、使用更小的网络。"
    ),
    "playground.play_budget": "播放在训练 {seconds} 秒后停止，这是这台共享服务器每次按下“播放”的上限。按“播放”可继续。",
    "limits.max_playground_step_seconds": "游乐场每次单步的训练秒数",
    "limits.max_playground_play_seconds": "每次按下“播放”的训练秒数",
    "limits.max_playground_turn_seconds": "他人等待时每位玩家占用共享位置的秒数",
}
