"""Strings of the Training Lab's presets and of its hint when a run diverges or is stuck — 简体中文."""

STRINGS = {
    "presets.picker": "从教程的设置开始",
    "presets.placeholder": "选择一个预设…",
    "presets.picker_help": (
        "把下面的所有设置换成某篇教程自己的选择：数据、模型、损失函数、优化器、学习率、批大小和轮数。"
        "教程用全部 60,000 张图片训练；这些预设只取其中一部分，几秒钟就能跑完一次。"
    ),
    "presets.name.spiral": "实验室默认：螺旋数据 · MLP · Adam 0.03",
    "presets.name.simple_nn": "《{tutorial_kitchen}》：SimpleNN（784→128→10）识别 MNIST · Adam 0.001",
    "presets.name.neural_network": "《{tutorial_quickstart}》：NeuralNetwork 识别 FashionMNIST · SGD 0.001",
    "presets.name.digit_recognizer": "《{tutorial_kitchen}》：DigitRecognizer 卷积网络识别 MNIST · Adam 0.001",
    "presets.matches": "当前设置就是预设“{name}”。",
    "presets.rejected": "本服务器的限制不允许预设中的某些取值，以下设置保持原值：{names}",
    "presets.known_bad": (
        "已知 {model} 用 {optimizer}、学习率 {lr} 训练不起来：学习率高于 {limit} 时，损失在最初几步就猛然飙升，"
        "验证准确率一直停在随机猜测的水平。它的教程用的学习率是 {recipe_lr}。"
    ),
    "presets.fix.use_recipe": "使用“{preset}”的训练设置",
    "presets.fix.lower_lr": "把学习率降到 {lr}",
    "presets.fix.raise_lr": "把学习率提高到 {lr}",
    "presets.fix.applied": "设置已经改好：按 **训练** 试试看。",
    "presets.hint.diverging": "**这次训练发散了。**",
    "presets.hint.stuck": "**这次训练卡住了。**",
    "presets.hint.cause.not_finite": "损失变成了 NaN 或无穷大：参数更新越来越大，失去了控制。",
    "presets.hint.cause.rising": "损失从第一步的 {start} 上升到了最后一轮的 {last}。",
    "presets.hint.cause.spike": "损失在第 {step} 步从 {start} 猛增到 {peak}，网络再也没有恢复过来（最后一轮：{last}）。",
    "presets.hint.cause.chance": "训练了 {epochs} 轮，网络仍然只是在瞎猜。",
    "presets.hint.cause.flat": "损失没有下降：从第一步的 {start} 到 {epochs} 轮后的 {last}。",
    "presets.hint.accuracy": "验证准确率是 {accuracy}，随机猜测也能得到 {chance}。",
    "presets.hint.lr.lower": "学习率（{lr}）多半太高了：每一步都迈得太远，越过了最低点。",
    "presets.hint.lr.raise": "学习率（{lr}）可能太低了，这么几轮走不了多远。",
    "presets.hint.lr.other": "可以试试更多轮数、更宽的模型，或换一个激活函数。",
}
