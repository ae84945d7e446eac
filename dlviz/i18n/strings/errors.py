"""Strings of the error net (why torch refused a value), the section guard and the memory and time budgets."""

STRINGS = {
    "errors.out_of_memory": {
        "en": "There is not enough memory for this ({detail}). Use smaller tensors.",
        "zh": "内存不足，无法完成（{detail}）。请使用更小的张量。",
    },
    "errors.overflow": {
        "en": "A number is too large for its type ({detail}). Use smaller numbers, or a type with a wider "
        "range such as float64.",
        "zh": "有数字超出了其类型的表示范围（{detail}）。请使用更小的数字，或选择范围更大的类型，例如 float64。",
    },
    "errors.complex": {
        "en": "The result would be a complex number ({detail}); this lab works with real numbers. Keep the "
        "base of a fractional power non-negative.",
        "zh": "结果会是复数（{detail}）；本实验室只处理实数。做分数次幂时请让底数不为负。",
    },
    "errors.unsupported_dtype": {
        "en": "PyTorch does not support this operation for these values' type ({detail}). Convert first, "
        "for example with .float().",
        "zh": "PyTorch 不支持对这种数据类型做这个运算（{detail}）。请先转换类型，例如使用 .float()。",
    },
    "errors.empty": {
        "en": "This operation needs at least one value, and the tensor is empty ({detail}).",
        "zh": "这个运算至少需要一个值，而张量是空的（{detail}）。",
    },
    "errors.division_by_zero": {
        "en": "Division by zero ({detail}). Change the divisor.",
        "zh": "除以零（{detail}）。请修改除数。",
    },
    "errors.too_deep": {
        "en": "The input is nested too deeply to read ({detail}). Use fewer brackets.",
        "zh": "输入嵌套太深，无法读取（{detail}）。请减少括号层数。",
    },
    "errors.index": {
        "en": "The index does not fit the tensor ({detail}). Check the sizes of its dimensions.",
        "zh": "索引与张量不匹配（{detail}）。请检查各维度的大小。",
    },
    "errors.invalid": {
        "en": "PyTorch refused these values: {detail}",
        "zh": "PyTorch 拒绝了这些值：{detail}",
    },
    "errors.unexpected": {
        "en": "This part could not be shown ({reason}). The rest of the page still works: try other values.",
        "zh": "这一部分无法显示（{reason}）。页面的其余部分仍可使用：请尝试其他值。",
    },
    "limits.memory_budget": {
        "en": "This would need {needed} of memory, above this server's budget of {cap} for one action, so "
        "nothing was computed. {hint}",
        "zh": "这需要 {needed} 内存，超过了本服务器单次操作 {cap} 的预算，因此没有进行计算。{hint}",
    },
    "limits.time_budget": {
        "en": "This computation ran past this server's time budget of {seconds} s and was stopped. {hint}",
        "zh": "这次计算超过了本服务器 {seconds} 秒的时间预算，已被停止。{hint}",
    },
    "limits.hint.tensors": {
        "en": "Use smaller tensors (fewer elements, or shapes that broadcast to fewer).",
        "zh": "请使用更小的张量（更少的元素，或广播后元素更少的形状）。",
    },
    "limits.hint.expression": {
        "en": "Use smaller variables or a shorter expression.",
        "zh": "请使用更小的变量或更短的表达式。",
    },
    "limits.hint.checkpoint": {
        "en": "Upload a plain state_dict saved with torch.save(model.state_dict(), path).",
        "zh": "请上传用 torch.save(model.state_dict(), path) 保存的普通 state_dict。",
    },
    "limits.max_expression_depth": {
        "en": "The nesting depth of the expression",
        "zh": "表达式的嵌套深度",
    },
    "limits.max_action_bytes": {"en": "The memory of one action in bytes", "zh": "单次操作的内存（字节）"},
    "limits.max_evaluation_seconds": {"en": "The seconds of one evaluation", "zh": "单次求值的秒数"},
    "limits.max_checkpoint_unpacked_bytes": {
        "en": "The unpacked size of a checkpoint in bytes",
        "zh": "检查点解压后的大小（字节）",
    },
}
