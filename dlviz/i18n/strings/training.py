"""Strings of the Training Lab: settings, live view, analysis, checkpoints and export."""

STRINGS = {
    "limits.max_training_images": {"en": "The number of training images", "zh": "训练图像数"},
    "limits.max_auto_run_epochs": {"en": "The number of auto-run epochs", "zh": "自动运行的训练轮数"},
    "limits.max_auto_run_seconds": {"en": "The auto-run time in seconds", "zh": "自动运行时长（秒）"},
    "limits.max_checkpoint_bytes": {"en": "The checkpoint size in bytes", "zh": "检查点文件大小（字节）"},
    "training.intro": {
        "en": "Pick data and a model, set the hyperparameters and press **Train**: the curves update "
        "live, **Stop** keeps what was learned, and each new run is drawn over the last few.",
        "zh": "选择数据和模型，设置超参数后点击**训练**：曲线实时更新，**停止**会保留已学到的结果，"
        "每次新的运行都会叠加在最近几次运行之上。",
    },
    "training.section.data": {"en": "Data", "zh": "数据"},
    "training.section.model": {"en": "Model", "zh": "模型"},
    "training.section.optim": {"en": "Loss and optimizer", "zh": "损失与优化器"},
    "training.dataset": {"en": "Dataset", "zh": "数据集"},
    "training.opt.dataset.spiral": {"en": "Spiral (2-D)", "zh": "螺旋（二维）"},
    "training.opt.dataset.moons": {"en": "Moons (2-D)", "zh": "双月（二维）"},
    "training.opt.dataset.circles": {"en": "Circles (2-D)", "zh": "同心圆（二维）"},
    "training.opt.dataset.xor": {"en": "XOR (2-D)", "zh": "异或（二维）"},
    "training.opt.dataset.gaussian": {"en": "Gaussian blobs (2-D)", "zh": "高斯团（二维）"},
    "training.opt.dataset.curve": {"en": "Curve (1-D regression)", "zh": "曲线（一维回归）"},
    "training.opt.dataset.digits": {
        "en": "Digits 8×8 (scikit-learn, offline)",
        "zh": "8×8 手写数字（scikit-learn，离线）",
    },
    "training.opt.dataset.mnist": {"en": "MNIST", "zh": "MNIST 手写数字"},
    "training.opt.dataset.fashion_mnist": {"en": "FashionMNIST", "zh": "FashionMNIST 服饰"},
    "training.samples": {"en": "Samples", "zh": "样本数"},
    "training.noise": {"en": "Noise", "zh": "噪声"},
    "training.classes": {"en": "Classes", "zh": "类别数"},
    "training.val_fraction": {"en": "Validation share", "zh": "验证集比例"},
    "training.normalize": {
        "en": "Normalize with the dataset's mean and std (transforms.Normalize)",
        "zh": "用数据集的均值和标准差归一化（transforms.Normalize）",
    },
    "training.data_dir_hosted": {
        "en": "Images are read from this server's data folder (set by whoever runs the server).",
        "zh": "图像从本服务器的数据文件夹读取（由服务器的管理者设置）。",
    },
    "training.data_dir": {"en": "Data folder", "zh": "数据文件夹"},
    "training.download": {"en": "Download if missing (needs network)", "zh": "缺失时下载（需要联网）"},
    "training.transforms": {"en": "Transforms: {steps}", "zh": "变换：{steps}"},
    "training.model": {"en": "Model", "zh": "模型"},
    "training.opt.model.mlp": {"en": "Configurable MLP", "zh": "可配置的多层感知机"},
    "training.opt.model.simple_nn": {"en": "SimpleNN (seed tutorial)", "zh": "SimpleNN（教程示例）"},
    "training.opt.model.neural_network": {
        "en": "NeuralNetwork (FashionMNIST tutorial)",
        "zh": "NeuralNetwork（FashionMNIST 教程）",
    },
    "training.opt.model.digit_recognizer": {
        "en": "DigitRecognizer CNN (seed tutorial)",
        "zh": "DigitRecognizer 卷积网络（教程示例）",
    },
    "training.depth": {"en": "Hidden layers", "zh": "隐藏层数"},
    "training.width": {"en": "Width (units per layer)", "zh": "宽度（每层单元数）"},
    "training.activation": {"en": "Activation", "zh": "激活函数"},
    "training.dropout": {"en": "Dropout", "zh": "Dropout 比例"},
    "training.batch_norm": {"en": "Batch norm", "zh": "批归一化"},
    "training.param_count": {"en": "Trainable parameters", "zh": "可训练参数"},
    "training.layers": {"en": "Layers and output shapes", "zh": "各层与输出形状"},
    "training.col.layer": {"en": "Layer", "zh": "层"},
    "training.col.kind": {"en": "Type", "zh": "类型"},
    "training.col.shape": {"en": "Output shape", "zh": "输出形状"},
    "training.col.params": {"en": "Parameters", "zh": "参数量"},
    "training.digit_fix": {
        "en": "Corrected from the tutorial: its DigitRecognizer returns log_softmax but trains with "
        "CrossEntropyLoss, which applies log-softmax again. Here it returns logits for CrossEntropy; "
        "choosing NLL adds the log-softmax.",
        "zh": "已修正教程中的错误：原 DigitRecognizer 输出 log_softmax，却用 CrossEntropyLoss 训练，"
        "后者会再做一次 log-softmax。这里它输出 logits 供交叉熵使用；选择 NLL 时会加上 log-softmax。",
    },
    "training.loss": {"en": "Loss", "zh": "损失函数"},
    "training.opt.loss.cross_entropy": {"en": "CrossEntropy", "zh": "交叉熵"},
    "training.opt.loss.nll": {"en": "NLL (with log-softmax)", "zh": "NLL（配合 log-softmax）"},
    "training.opt.loss.mse": {"en": "MSE", "zh": "均方误差 MSE"},
    "training.opt.loss.l1": {"en": "L1", "zh": "L1 绝对误差"},
    "training.nll_note": {
        "en": "NLLLoss expects log-probabilities, not raw logits, so a log_softmax is added after the "
        "model's last layer.",
        "zh": "NLLLoss 需要对数概率而不是原始 logits，因此在模型最后一层之后加上了 log_softmax。",
    },
    "training.optimizer": {"en": "Optimizer", "zh": "优化器"},
    "training.opt.optimizer.sgd": {"en": "SGD", "zh": "SGD 随机梯度下降"},
    "training.opt.optimizer.adam": {"en": "Adam", "zh": "Adam 优化器"},
    "training.opt.optimizer.adamw": {"en": "AdamW", "zh": "AdamW 优化器"},
    "training.opt.optimizer.rmsprop": {"en": "RMSprop", "zh": "RMSprop 优化器"},
    "training.opt.optimizer.adagrad": {"en": "Adagrad", "zh": "Adagrad 优化器"},
    "training.opt.optimizer.adadelta": {"en": "Adadelta", "zh": "Adadelta 优化器"},
    "training.lr": {"en": "Learning rate", "zh": "学习率"},
    "training.momentum": {"en": "Momentum", "zh": "动量"},
    "training.nesterov": {"en": "Nesterov", "zh": "Nesterov 动量"},
    "training.weight_decay": {"en": "Weight decay", "zh": "权重衰减"},
    "training.scheduler": {"en": "LR scheduler", "zh": "学习率调度器"},
    "training.opt.scheduler.none": {"en": "None", "zh": "无"},
    "training.opt.scheduler.step": {"en": "StepLR", "zh": "StepLR 阶梯衰减"},
    "training.opt.scheduler.plateau": {"en": "ReduceLROnPlateau", "zh": "ReduceLROnPlateau 平台衰减"},
    "training.opt.scheduler.cosine": {"en": "CosineAnnealingLR", "zh": "CosineAnnealingLR 余弦退火"},
    "training.step_size": {"en": "Step size (epochs)", "zh": "步长（轮）"},
    "training.gamma": {"en": "Decay factor", "zh": "衰减系数"},
    "training.epochs": {"en": "Epochs", "zh": "训练轮数"},
    "training.batch_size": {"en": "Batch size", "zh": "批大小"},
    "training.shuffle": {"en": "Shuffle each epoch", "zh": "每轮打乱数据"},
    "training.train": {"en": "Train", "zh": "训练"},
    "training.stop": {"en": "Stop", "zh": "停止"},
    "training.auto_run": {"en": "Auto-run on every change", "zh": "修改设置后自动运行"},
    "training.auto_run_help": {
        "en": "Auto-run trains at most {epochs} epochs or {seconds} s; press Train for the full run.",
        "zh": "自动运行最多训练 {epochs} 轮或 {seconds} 秒；点击“训练”进行完整训练。",
    },
    "training.progress": {
        "en": "Epoch {epoch}/{epochs} · step {step} · {speed} samples/s · about {left} s left",
        "zh": "第 {epoch}/{epochs} 轮 · 第 {step} 步 · 每秒 {speed} 个样本 · 约剩 {left} 秒",
    },
    "training.press_train": {
        "en": "Press **Train** to start (or turn on auto-run).",
        "zh": "点击**训练**开始（或打开自动运行）。",
    },
    "training.status.finished": {
        "en": "Finished {epochs} epochs in {seconds} s on {device}.",
        "zh": "在 {device} 上用 {seconds} 秒完成了 {epochs} 轮训练。",
    },
    "training.status.stopped": {
        "en": "Stopped after {epochs} epochs ({steps} steps); the weights learned so far are kept.",
        "zh": "在 {epochs} 轮（{steps} 步）后停止；已学到的权重被保留。",
    },
    "training.status.time_limit": {
        "en": "Stopped at the time limit of {seconds} s after {epochs} epochs; the weights are kept.",
        "zh": "达到 {seconds} 秒的时间上限，在 {epochs} 轮后停止；权重被保留。",
    },
    "training.chart.loss": {"en": "Loss", "zh": "损失"},
    "training.chart.accuracy": {"en": "Validation accuracy", "zh": "验证集准确率"},
    "training.chart.lr": {"en": "Learning rate", "zh": "学习率"},
    "training.chart.train": {"en": "train", "zh": "训练"},
    "training.chart.val": {"en": "validation", "zh": "验证"},
    "training.chart.step": {"en": "each step", "zh": "每一步"},
    "training.chart.best": {"en": "best epoch", "zh": "最佳轮次"},
    "training.chart.epoch": {"en": "epoch", "zh": "轮次"},
    "training.chart.grad_norms": {
        "en": "Gradient norm per parameter (epoch mean)",
        "zh": "各参数的梯度范数（每轮平均）",
    },
    "training.chart.weight_norms": {"en": "Weight norm per parameter", "zh": "各参数的权重范数"},
    "training.analysis": {"en": "After the run", "zh": "训练之后"},
    "training.metric.train_loss": {"en": "Train loss", "zh": "训练损失"},
    "training.metric.val_loss": {"en": "Validation loss", "zh": "验证损失"},
    "training.metric.accuracy": {"en": "Accuracy", "zh": "准确率"},
    "training.metric.precision": {"en": "Precision (weighted)", "zh": "精确率（加权）"},
    "training.metric.recall": {"en": "Recall (weighted)", "zh": "召回率（加权）"},
    "training.metric.f1": {"en": "F1 (weighted)", "zh": "F1 分数（加权）"},
    "training.metric.best_epoch": {"en": "Best epoch", "zh": "最佳轮次"},
    "training.col.metric": {"en": "Metric", "zh": "指标"},
    "training.col.ours": {"en": "dlviz (torch)", "zh": "dlviz（torch 计算）"},
    "training.col.sklearn": {"en": "scikit-learn", "zh": "scikit-learn 计算"},
    "training.metrics_caption": {
        "en": "On the validation set with the final weights; scikit-learn computes the same numbers as a check.",
        "zh": "在验证集上用最终权重计算；scikit-learn 计算的相同指标作为核对。",
    },
    "training.tab.metrics": {"en": "Metrics", "zh": "指标"},
    "training.tab.confusion": {"en": "Confusion matrix", "zh": "混淆矩阵"},
    "training.tab.mistakes": {"en": "Misclassified", "zh": "分错的样本"},
    "training.tab.norms": {"en": "Gradients and weights", "zh": "梯度与权重"},
    "training.tab.save": {"en": "Save / load", "zh": "保存 / 加载"},
    "training.tab.export": {"en": "Export script", "zh": "导出脚本"},
    "training.actual": {"en": "actual", "zh": "真实类别"},
    "training.predicted": {"en": "predicted", "zh": "预测类别"},
    "training.no_mistakes": {"en": "No validation image is misclassified.", "zh": "验证集中没有分错的图像。"},
    "training.mistakes_caption": {
        "en": "{count} of {total} validation images are misclassified; the first {shown} are shown as actual → predicted.",
        "zh": "{total} 张验证图像中有 {count} 张分错；下面显示前 {shown} 张（真实 → 预测）。",
    },
    "training.images_only": {
        "en": "Misclassified examples are shown for image datasets.",
        "zh": "分错的样本只针对图像数据集显示。",
    },
    "training.classification_only": {
        "en": "Regression has no classes: the loss curves are the metrics here.",
        "zh": "回归任务没有类别：这里的指标就是损失曲线。",
    },
    "training.overfitting": {
        "en": "Overfitting: validation loss has risen since epoch {since} (best: epoch {best}) while training loss kept falling.",
        "zh": "出现过拟合：自第 {since} 轮起验证损失上升（最佳为第 {best} 轮），而训练损失仍在下降。",
    },
    "training.no_overfitting": {
        "en": "No overfitting detected: the best validation loss is at epoch {best}.",
        "zh": "未发现过拟合：验证损失最低出现在第 {best} 轮。",
    },
    "training.norms_caption": {
        "en": "The tutorial's debug_gradients, over time: vanishing gradients sink towards zero, exploding ones shoot up. "
        "Each point is the mean of up to {steps} evenly spread steps of that epoch.",
        "zh": "教程中 debug_gradients 的随时间版本：梯度消失时趋近于零，梯度爆炸时急剧上升。"
        "每个点是该轮中均匀选取的至多 {steps} 步的平均值。",
    },
    "training.download_last": {"en": "Download last weights (.pt)", "zh": "下载最后的权重（.pt）"},
    "training.download_best": {"en": "Download best weights (.pt)", "zh": "下载最佳权重（.pt）"},
    "training.upload": {
        "en": "Load a state_dict (.pt) into this model",
        "zh": "把 state_dict（.pt）加载到当前模型",
    },
    "training.loaded": {
        "en": "Loaded {count} tensors; validation loss with these weights: {loss}.",
        "zh": "已加载 {count} 个张量；用这些权重得到的验证损失：{loss}。",
    },
    "training.safe_load_note": {
        "en": "Uploads are read with torch.load(weights_only=True): only tensors are accepted, and keys and shapes must match the model.",
        "zh": "上传文件通过 torch.load(weights_only=True) 读取：只接受张量，且键名和形状必须与模型一致。",
    },
    "training.export_caption": {
        "en": "A standalone script with plain torch and torchvision that reproduces this run: same data, model, hyperparameters and seed.",
        "zh": "一个只用 torch 和 torchvision 的独立脚本，可复现本次运行：相同的数据、模型、超参数和随机种子。",
    },
    "training.download_script": {"en": "Download the script", "zh": "下载脚本"},
    "training.err.needs_images": {
        "en": "This network expects 1×28×28 images with 10 classes, but the data has inputs of shape {shape}. "
        "Pick MNIST, FashionMNIST or digits, or the configurable MLP.",
        "zh": "该网络需要 10 个类别的 1×28×28 图像，但当前数据的输入形状是 {shape}。"
        "请选择 MNIST、FashionMNIST 或 digits，或使用可配置的多层感知机。",
    },
    "training.err.class_loss_on_values": {
        "en": "{loss} compares class scores with class labels, but this dataset has real-valued targets. Use MSE or L1 for regression.",
        "zh": "{loss} 用于比较类别得分与类别标签，而这个数据集的目标是实数值。回归任务请使用 MSE 或 L1。",
    },
    "training.err.value_loss_on_classes": {
        "en": "{loss} measures distances between numbers, but these targets are class labels (0, 1, 2 …), "
        "whose order means nothing. Use CrossEntropy (or NLL) for classification.",
        "zh": "{loss} 衡量数值之间的距离，而这里的目标是类别标签（0、1、2…），其大小顺序没有意义。"
        "分类任务请使用交叉熵（或 NLL）。",
    },
    "training.err.nesterov_needs_momentum": {
        "en": "Nesterov momentum needs a momentum above 0.",
        "zh": "Nesterov 动量要求动量大于 0。",
    },
    "training.err.not_weights": {
        "en": "This file is not plain weights: it contains pickled objects that could run code, so it was refused "
        "({reason}). Upload a state_dict saved with torch.save(model.state_dict(), path).",
        "zh": "该文件不是纯权重：其中包含可能执行代码的 pickle 对象，因此被拒绝（{reason}）。"
        "请上传用 torch.save(model.state_dict(), path) 保存的 state_dict。",
    },
    "training.err.whole_model": {
        "en": "This file holds a whole pickled model (torch.save(model)): loading it would run the code of the "
        "class {name}, so it was refused. Save only the weights instead, torch.save(model.state_dict(), "
        "'weights.pt'), and upload that file. If you trust the file, you can open it in your own Python with "
        "torch.load(path, weights_only=False) and save its state_dict() from there.",
        "zh": "该文件保存的是整个 pickle 模型（torch.save(model)）：加载它需要运行类 {name} 的代码，因此被拒绝。"
        "请只保存权重：torch.save(model.state_dict(), 'weights.pt')，然后上传该文件。如果你信任这个文件，"
        "可以在自己的 Python 中用 torch.load(path, weights_only=False) 打开它，再从中保存 state_dict()。",
    },
    "training.err.unpacks_too_large": {
        "en": "This {upload} file unpacks to {size} ({name}), above this server's cap of {cap} for a checkpoint, "
        "so nothing was loaded. A state_dict saved with torch.save(model.state_dict(), path) is not "
        "compressed and unpacks to about its own size.",
        "zh": "这个 {upload} 的文件解压后有 {size}（{name}），超过了本服务器对检查点 {cap} 的上限，因此没有加载任何内容。"
        "用 torch.save(model.state_dict(), path) 保存的 state_dict 不会压缩，解压后大小与文件本身相当。",
    },
    "training.err.not_checkpoint": {
        "en": "This file is not a PyTorch checkpoint ({reason}).",
        "zh": "该文件不是 PyTorch 检查点（{reason}）。",
    },
    "training.err.not_state_dict": {
        "en": "The file holds a {kind}, not a state_dict (a dict of parameter name → tensor).",
        "zh": "文件里是 {kind}，而不是 state_dict（参数名 → 张量的字典）。",
    },
    "training.err.keys_mismatch": {
        "en": "The checkpoint is for a different architecture. Missing keys: {missing}. Unexpected keys: {unexpected}.",
        "zh": "该检查点属于不同的网络结构。缺少的键：{missing}。多余的键：{unexpected}。",
    },
    "training.err.shape_mismatch": {
        "en": "The checkpoint's {name} has shape {got}, but this model needs {expected}.",
        "zh": "检查点中 {name} 的形状是 {got}，而当前模型需要 {expected}。",
    },
    "training.err.no_run": {"en": "Train a model first.", "zh": "请先训练一个模型。"},
    "training.url_rejected": {
        "en": "These link parameters were not understood and kept their defaults: {names}",
        "zh": "这些链接参数无法识别，已使用默认值：{names}",
    },
    "training.short.data.name": {"en": "dataset", "zh": "数据集"},
    "training.short.data.samples": {"en": "samples", "zh": "样本数"},
    "training.short.data.noise": {"en": "noise", "zh": "噪声"},
    "training.short.data.classes": {"en": "classes", "zh": "类别数"},
    "training.short.data.val_fraction": {"en": "validation share", "zh": "验证集比例"},
    "training.short.data.normalize": {"en": "normalize", "zh": "标准化"},
    "training.short.data.resize_to_28": {"en": "28×28", "zh": "放大到 28×28"},
    "training.short.data.root": {"en": "data folder", "zh": "数据文件夹"},
    "training.short.data.download": {"en": "download", "zh": "下载"},
    "training.short.model.name": {"en": "model", "zh": "模型"},
    "training.short.model.depth": {"en": "hidden layers", "zh": "隐藏层数"},
    "training.short.model.width": {"en": "width", "zh": "宽度"},
    "training.short.model.activation": {"en": "activation", "zh": "激活函数"},
    "training.short.model.dropout": {"en": "dropout", "zh": "Dropout"},
    "training.short.model.batch_norm": {"en": "batch norm", "zh": "批归一化"},
    "training.short.optimizer.name": {"en": "optimizer", "zh": "优化器"},
    "training.short.optimizer.lr": {"en": "lr", "zh": "学习率"},
    "training.short.optimizer.momentum": {"en": "momentum", "zh": "动量"},
    "training.short.optimizer.nesterov": {"en": "Nesterov", "zh": "Nesterov"},
    "training.short.optimizer.weight_decay": {"en": "weight decay", "zh": "权重衰减"},
    "training.short.optimizer.scheduler": {"en": "scheduler", "zh": "调度器"},
    "training.short.optimizer.step_size": {"en": "step size", "zh": "步长"},
    "training.short.optimizer.gamma": {"en": "decay factor", "zh": "衰减系数"},
    "training.short.loss": {"en": "loss", "zh": "损失"},
    "training.short.epochs": {"en": "epochs", "zh": "轮数"},
    "training.short.batch_size": {"en": "batch", "zh": "批大小"},
    "training.short.shuffle": {"en": "shuffle", "zh": "打乱"},
    "training.short.seed": {"en": "seed", "zh": "种子"},
    "training.short.on": {"en": "on", "zh": "开"},
    "training.short.off": {"en": "off", "zh": "关"},
    "training.short.separator": {"en": ", ", "zh": "，"},
}
