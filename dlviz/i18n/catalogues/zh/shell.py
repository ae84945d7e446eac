"""Strings of the app shell: navigation, home page, sidebar, limits and common labels — 简体中文."""

STRINGS = {
    "nav.start": "开始",
    "nav.labs": "实验室",
    "home.nav": "首页",
    "home.title": "dlviz — 看见 PyTorch 在做什么",
    "home.intro": (
        "教程只会打印张量、梯度和损失；在这里你可以**看见**它们。每个实验室都是一个实时实验："
        "拖动滑块，张量、计算图或训练曲线随之变化，并附有能复现屏幕上结果的纯 PyTorch 代码。"
    ),
    "home.path_title": "建议的学习路线",
    "home.footer": "语言、设备和随机种子位于侧边栏，对所有实验室生效。",
    "lab.tensors.title": "张量实验室",
    "lab.tensors.summary": "创建张量，观察索引、拼接、算术、广播、变形和原地操作如何作用于它们——形状、步长和共享内存始终可见。",
    "lab.autograd.title": "自动求导实验室",
    "lab.autograd.summary": "输入一个计算式，查看自动微分（自动求导）为它记录的计算图——一张有向无环图，逐个节点走完反向传播，每个梯度都与有限差分对照。",
    "lab.graphs.title": "动态图与静态图",
    "lab.graphs.summary": (
        "同一段控制流在 eager 模式、torch.jit.script、torch.jit.trace 与 torch.export 下的对比，"
        "以及编译到底带来多少加速的真实计时。"
    ),
    "lab.blocks.title": "网络构件",
    "lab.blocks.summary": "nn.Module 的结构，以及层、激活函数和损失函数在真实数据上的表现：每一层对图像做了什么，形状与数值一目了然。",
    "lab.data.title": "数据实验室",
    "lab.data.summary": "看得见的 Dataset、DataLoader 和变换：真实图像上的批次、打乱与归一化。",
    "lab.optimizers.title": "优化器竞技场",
    "lab.optimizers.summary": "SGD、动量、Adam 与 RMSprop 在损失曲面上同场竞技，以及学习率调度如何改变学习率。",
    "lab.training.title": "训练实验室",
    "lab.training.summary": "选择数据集和模型，点击训练，在 GPU 或 CPU 上实时观察损失与准确率曲线；然后深入查看训练结果。",
    "lab.playground.title": "神经网络游乐场",
    "lab.playground.summary": "PyTorch 版的 TensorFlow Playground：二维数据集、小型网络，以及训练中实时变化的决策边界。",
    "sidebar.language": "语言",
    "sidebar.device": "设备",
    "sidebar.device_auto": "自动（CUDA → MPS → CPU）",
    "sidebar.device_in_use": "当前使用：{name}",
    "sidebar.cpu_only": "本机没有 CUDA GPU：所有计算都在 CPU 上运行。",
    "sidebar.seed": "随机种子",
    "common.show_code": "显示 PyTorch 代码",
    "common.coming_soon": "这个实验室正在建设中，很快就会在这里上线。",
    "limits.exceeded": "{what}为 {requested}，超过了本服务器的上限 {cap}。请选择更小的值。",
    "limits.max_tensor_elements": "张量元素个数",
    "limits.max_tensor_dims": "维度数",
    "limits.max_heatmap_cells": "热力图单元格数",
    "limits.max_text_input_chars": "文本长度",
    "limits.max_exponent": "指数",
    "limits.max_graph_nodes": "计算图节点数",
    "limits.max_samples": "样本数",
    "limits.max_toy_samples": "生成的数据点数",
    "limits.max_epochs": "训练轮数",
    "limits.max_playground_epochs": "游乐场训练轮数",
    "limits.max_train_seconds": "训练时长（秒）",
    "limits.max_layer_width": "层宽度",
    "limits.max_depth": "层数",
    "limits.max_batch_size": "批大小",
    "limits.max_optimizer_steps": "优化步数",
    "limits.max_loop_iterations": "循环次数",
    "limits.max_image_side": "图像边长（像素）",
    "tutorials.heading": "各实验室依据的教程",
    "tutorials.intro": (
        "各实验室运行、核对（有时也更正）四篇 PyTorch 中文教程里的示例。全站都用下面的名称称呼它们："
    ),
    "tutorials.used_in": "用于：{labs}。",
    "tutorials.lab_separator": "、",
    "tutorials.quickstart.title": "PyTorch 快速入门",
    "tutorials.quickstart.summary": "张量、数据集与数据加载器、数据变换，以及一个给 FashionMNIST 图像分类的网络。",
    "tutorials.kitchen.title": "厨房里的深度学习",
    "tutorials.kitchen.summary": (
        "用做菜打比方讲深度学习基础：张量、层、激活函数、损失函数、优化器，SimpleNN 网络，"
        "以及识别 MNIST 手写数字的卷积网络 DigitRecognizer。"
    ),
    "tutorials.graphs.title": "自动微分与计算图",
    "tutorials.graphs.summary": (
        "自动微分（自动求导）如何记录一张有向无环图、自定义 autograd Function、动态图与静态图，"
        "以及一个手动训练的两层网络。"
    ),
    "tutorials.byhand.title": "亲手写 PyTorch",
    "tutorials.byhand.summary": (
        "基本张量运算、手动求梯度、先手写权重更新再交给优化器、MyModel 模块，以及 GPU。"
    ),
}
