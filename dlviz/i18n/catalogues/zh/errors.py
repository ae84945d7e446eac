"""Strings of the error net (why torch refused a value), the section guard and the memory and time budgets — 简体中文."""

STRINGS = {
    "errors.out_of_memory": "内存不足，无法完成（{detail}）。请使用更小的张量。",
    "errors.overflow": "有数字超出了其类型的表示范围（{detail}）。请使用更小的数字，或选择范围更大的类型，例如 float64。",
    "errors.complex": "结果会是复数（{detail}）；本实验室只处理实数。做分数次幂时请让底数不为负。",
    "errors.unsupported_dtype": "PyTorch 不支持对这种数据类型做这个运算（{detail}）。请先转换类型，例如使用 .float()。",
    "errors.empty": "这个运算至少需要一个值，而张量是空的（{detail}）。",
    "errors.division_by_zero": "除以零（{detail}）。请修改除数。",
    "errors.too_deep": "输入嵌套太深，无法读取（{detail}）。请减少括号层数。",
    "errors.index": "索引与张量不匹配（{detail}）。请检查各维度的大小。",
    "errors.invalid": "PyTorch 拒绝了这些值：{detail}",
    "errors.unexpected": "这一部分无法显示（{reason}）。页面的其余部分仍可使用：请尝试其他值。",
    "limits.memory_budget": "这需要 {needed} 内存，超过了本服务器单次操作 {cap} 的预算，因此没有进行计算。{hint}",
    "limits.time_budget": "这次计算超过了本服务器 {seconds} 秒的时间预算，已被停止。{hint}",
    "limits.hint.tensors": "请使用更小的张量（更少的元素，或广播后元素更少的形状）。",
    "limits.hint.expression": "请使用更小的变量或更短的表达式。",
    "limits.hint.checkpoint": "请上传用 torch.save(model.state_dict(), path) 保存的普通 state_dict。",
    "limits.max_expression_depth": "表达式的嵌套深度",
    "limits.max_action_bytes": "单次操作的内存（字节）",
    "limits.max_evaluation_seconds": "单次求值的秒数",
    "limits.max_checkpoint_unpacked_bytes": "检查点解压后的大小（字节）",
}
