"""Strings of the error net (why torch refused a value), the section guard and the memory and time budgets — English."""

STRINGS = {
    "errors.out_of_memory": "There is not enough memory for this ({detail}). Use smaller tensors.",
    "errors.overflow": (
        "A number is too large for its type ({detail}). Use smaller numbers, or a type with a wider "
        "range such as float64."
    ),
    "errors.complex": (
        "The result would be a complex number ({detail}); this lab works with real numbers. Keep the "
        "base of a fractional power non-negative."
    ),
    "errors.unsupported_dtype": (
        "PyTorch does not support this operation for these values' type ({detail}). Convert first, "
        "for example with .float()."
    ),
    "errors.empty": "This operation needs at least one value, and the tensor is empty ({detail}).",
    "errors.division_by_zero": "Division by zero ({detail}). Change the divisor.",
    "errors.too_deep": "The input is nested too deeply to read ({detail}). Use fewer brackets.",
    "errors.index": "The index does not fit the tensor ({detail}). Check the sizes of its dimensions.",
    "errors.invalid": "PyTorch refused these values: {detail}",
    "errors.unexpected": "This part could not be shown ({reason}). The rest of the page still works: try other values.",
    "limits.memory_budget": (
        "This would need {needed} of memory, above this server's budget of {cap} for one action, so "
        "nothing was computed. {hint}"
    ),
    "limits.time_budget": "This computation ran past this server's time budget of {seconds} s and was stopped. {hint}",
    "limits.hint.tensors": "Use smaller tensors (fewer elements, or shapes that broadcast to fewer).",
    "limits.hint.expression": "Use smaller variables or a shorter expression.",
    "limits.hint.checkpoint": "Upload a plain state_dict saved with torch.save(model.state_dict(), path).",
    "limits.max_expression_depth": "The nesting depth of the expression",
    "limits.max_action_bytes": "The memory of one action in bytes",
    "limits.max_evaluation_seconds": "The seconds of one evaluation",
    "limits.max_checkpoint_unpacked_bytes": "The unpacked size of a checkpoint in bytes",
}
