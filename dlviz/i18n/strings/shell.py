"""Strings of the app shell: navigation, home page, sidebar, limits and common labels."""

STRINGS = {
    "nav.start": {"en": "Start", "zh": "开始"},
    "nav.labs": {"en": "Labs", "zh": "实验室"},
    "home.nav": {"en": "Home", "zh": "首页"},
    "home.title": {"en": "dlviz — see what PyTorch does", "zh": "dlviz — 看见 PyTorch 在做什么"},
    "home.intro": {
        "en": "Tutorials print tensors, gradients and losses; here you **see** them. Every lab is a "
        "live experiment: move a slider and the tensor, the graph or the training curve changes, "
        "with the plain PyTorch code that reproduces what is on screen.",
        "zh": "教程只会打印张量、梯度和损失；在这里你可以**看见**它们。每个实验室都是一个实时实验："
        "拖动滑块，张量、计算图或训练曲线随之变化，并附有能复现屏幕上结果的纯 PyTorch 代码。",
    },
    "home.path_title": {"en": "A suggested path", "zh": "建议的学习路线"},
    "home.footer": {
        "en": "Language, device and random seed are in the sidebar and apply to every lab.",
        "zh": "语言、设备和随机种子位于侧边栏，对所有实验室生效。",
    },
    "lab.tensors.title": {"en": "Tensor Lab", "zh": "张量实验室"},
    "lab.tensors.summary": {
        "en": "Create tensors and watch indexing, joining, arithmetic, broadcasting, reshaping and "
        "in-place operations act on them — with shapes, strides and shared memory always visible.",
        "zh": "创建张量，观察索引、拼接、算术、广播、变形和就地操作如何作用于它们——形状、步长和共享内存始终可见。",
    },
    "lab.autograd.title": {"en": "Autograd Lab", "zh": "自动求导实验室"},
    "lab.autograd.summary": {
        "en": "Type a computation, see its autograd graph, and walk the backward pass node by node, "
        "with every gradient checked against finite differences.",
        "zh": "输入一个计算式，查看它的自动求导计算图，逐个节点走完反向传播，每个梯度都与有限差分对照。",
    },
    "lab.graphs.title": {"en": "Dynamic vs static graphs", "zh": "动态图与静态图"},
    "lab.graphs.summary": {
        "en": "The same control flow in eager mode, torch.jit.script, torch.jit.trace and torch.export, "
        "side by side — and honest timings of what compiling buys.",
        "zh": "同一段控制流在 eager 模式、torch.jit.script、torch.jit.trace 与 torch.export 下的对比，"
        "以及编译到底带来多少加速的真实计时。",
    },
    "lab.blocks.title": {"en": "Building blocks", "zh": "网络构件"},
    "lab.blocks.summary": {
        "en": "nn.Module anatomy, layers, activations and losses on real data: what each layer does to "
        "an image, with shapes and numbers.",
        "zh": "nn.Module 的结构，以及层、激活函数和损失函数在真实数据上的表现：每一层对图像做了什么，形状与数值一目了然。",
    },
    "lab.data.title": {"en": "Data lab", "zh": "数据实验室"},
    "lab.data.summary": {
        "en": "Dataset, DataLoader and transforms you can see: batches, shuffling and normalization on "
        "real images.",
        "zh": "看得见的 Dataset、DataLoader 和变换：真实图像上的批次、打乱与归一化。",
    },
    "lab.optimizers.title": {"en": "Optimizer arena", "zh": "优化器竞技场"},
    "lab.optimizers.summary": {
        "en": "SGD, momentum, Adam and RMSprop racing on loss surfaces, and how learning-rate schedules "
        "shape the rate.",
        "zh": "SGD、动量、Adam 与 RMSprop 在损失曲面上同场竞技，以及学习率调度如何改变学习率。",
    },
    "lab.training.title": {"en": "Training Lab", "zh": "训练实验室"},
    "lab.training.summary": {
        "en": "Pick a dataset and a model, press Train and watch live loss and accuracy curves on GPU or "
        "CPU; then look inside the result.",
        "zh": "选择数据集和模型，点击训练，在 GPU 或 CPU 上实时观察损失与准确率曲线；然后深入查看训练结果。",
    },
    "lab.playground.title": {"en": "Playground", "zh": "神经网络游乐场"},
    "lab.playground.summary": {
        "en": "The TensorFlow Playground experience in PyTorch: a 2-D dataset, a small network and the "
        "decision boundary changing live as it trains.",
        "zh": "PyTorch 版的 TensorFlow Playground：二维数据集、小型网络，以及训练中实时变化的决策边界。",
    },
    "sidebar.device": {"en": "Device", "zh": "设备"},
    "sidebar.device_auto": {"en": "auto (CUDA → MPS → CPU)", "zh": "自动（CUDA → MPS → CPU）"},
    "sidebar.device_in_use": {"en": "In use: {name}", "zh": "当前使用：{name}"},
    "sidebar.cpu_only": {
        "en": "No CUDA GPU on this machine: everything runs on the CPU.",
        "zh": "本机没有 CUDA GPU：所有计算都在 CPU 上运行。",
    },
    "sidebar.seed": {"en": "Random seed", "zh": "随机种子"},
    "common.show_code": {"en": "Show the PyTorch code", "zh": "显示 PyTorch 代码"},
    "common.coming_soon": {
        "en": "This lab is being built. It will appear here soon.",
        "zh": "这个实验室正在建设中，很快就会在这里上线。",
    },
    "limits.exceeded": {
        "en": "{what} is {requested}, above this server's cap of {cap}. Choose a smaller value.",
        "zh": "{what}为 {requested}，超过了本服务器的上限 {cap}。请选择更小的值。",
    },
    "limits.max_tensor_elements": {"en": "The number of tensor elements", "zh": "张量元素个数"},
    "limits.max_tensor_dims": {"en": "The number of dimensions", "zh": "维度数"},
    "limits.max_heatmap_cells": {"en": "The number of heatmap cells", "zh": "热力图单元格数"},
    "limits.max_text_input_chars": {"en": "The length of the text", "zh": "文本长度"},
    "limits.max_exponent": {"en": "The exponent", "zh": "指数"},
    "limits.max_graph_nodes": {"en": "The number of graph nodes", "zh": "计算图节点数"},
    "limits.max_samples": {"en": "The number of samples", "zh": "样本数"},
    "limits.max_toy_samples": {"en": "The number of generated points", "zh": "生成的数据点数"},
    "limits.max_epochs": {"en": "The number of epochs", "zh": "训练轮数"},
    "limits.max_playground_epochs": {"en": "The number of playground epochs", "zh": "游乐场训练轮数"},
    "limits.max_train_seconds": {"en": "The training time in seconds", "zh": "训练时长（秒）"},
    "limits.max_layer_width": {"en": "The layer width", "zh": "层宽度"},
    "limits.max_depth": {"en": "The number of layers", "zh": "层数"},
    "limits.max_batch_size": {"en": "The batch size", "zh": "批大小"},
    "limits.max_optimizer_steps": {"en": "The number of optimizer steps", "zh": "优化步数"},
    "limits.max_loop_iterations": {"en": "The number of loop iterations", "zh": "循环次数"},
    "limits.max_image_side": {"en": "The image side in pixels", "zh": "图像边长（像素）"},
}
