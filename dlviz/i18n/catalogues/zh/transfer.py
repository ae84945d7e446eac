"""Strings of the Training Lab's transfer-learning section — 简体中文."""

STRINGS = {
    "training.section": "部分",
    "training.section.train": "📈 训练模型",
    "training.section.transfer": "🔁 迁移学习",
    "limits.max_transfer_base_images": "基础模型的训练图像数",
    "limits.max_transfer_shots": "新类别的图像数",
    "limits.max_transfer_epochs": "迁移学习的轮数",
    "transfer.intro": (
        "**迁移学习**（transfer learning）复用网络已经学到的知识。一个小型 CNN 先学习类别 **0–4**；"
        "随后用 `requires_grad_(False)` 冻结它的特征提取器（两个卷积块），只让一个新的线性输出层（head）"
        "用几百张图像学习类别 **5–9**。作为对照，同样的 CNN 在这几张图像上从头训练。每一轮之后，"
        "两者都在留出的 5–9 图像上评估。"
    ),
    "transfer.base_images": "类别 0–4 的图像数（基础模型）",
    "transfer.shots": "类别 5–9 的图像数（新任务）",
    "transfer.epochs": "新任务的训练轮数",
    "transfer.run": "运行",
    "transfer.stop": "停止",
    "transfer.press_run": "点击 **运行**：先训练基础模型，随后两条曲线逐轮出现。",
    "transfer.progress": "运行中：{phase}",
    "transfer.phase.base": "基础模型正在学习类别 0–4",
    "transfer.phase.transfer": "新的输出层在冻结的特征上学习类别 5–9",
    "transfer.phase.scratch": "同样的 CNN 从头学习类别 5–9",
    "transfer.curve.transfer": "冻结特征 + 新输出层",
    "transfer.curve.scratch": "从头训练",
    "transfer.axis.epoch": "轮次（0 = 在 5–9 上训练之前）",
    "transfer.axis.accuracy": "留出的 5–9 图像上的验证准确率",
    "transfer.status.finished": "已完成。",
    "transfer.status.stopped": "已停止：曲线显示停止前测得的结果。",
    "transfer.status.time_limit": "已达到本服务器的时间上限而停止：曲线显示此前测得的结果。",
    "transfer.status.running": "运行没有及时响应；曲线显示已收到的结果。",
    "transfer.base_accuracy": "基础模型在留出的 0–4 上",
    "transfer.final.transfer": "迁移学习，最后一轮",
    "transfer.final.scratch": "从头训练，最后一轮",
    "transfer.trainable.transfer": "可训练参数（迁移学习）",
    "transfer.trainable.scratch": "可训练参数（从头训练）",
    "transfer.counts_note": (
        "迁移学习时，优化器只改变输出层的 {head} 个数；冻结的特征提取器的 {frozen} 个数保持基础模型学到的样子，"
        "一个也不变。从头训练时，全部 {whole} 个数都要从这几张图像中学出来。"
    ),
}
