"""Strings of the shared server: the line for heavy work, and how a worker's budgets end a job — 简体中文."""

STRINGS = {
    "limits.max_concurrent_jobs": "同时运行的任务数",
    "limits.max_job_memory_mb": "单个任务的内存（MB）",
    "jobs.waiting": (
        "正在等待这台共享服务器空出位置：你排在第 {place} 位（当前有 {running} 个在运行），"
        "预计等待约 {seconds} 秒。点击“停止”即可退出排队。"
    ),
    "jobs.err.memory_estimate": (
        "这次训练大约需要 {needed} MB 内存，超过了本服务器每次训练 {budget} MB 的预算。"
        "请减少图像数量、减小批大小，或使用更窄或更浅的网络。"
    ),
    "jobs.err.memory": (
        "这次训练使用的内存超过了本服务器允许单次训练使用的上限（{megabytes} MB），已被停止。"
        "请减少图像数量、减小批大小或使用更小的网络。"
    ),
    "jobs.err.time_killed": "这次训练在时间上限到达时没有停下，已被服务器终止；没能保留任何结果。",
    "jobs.err.stopped_hard": "这次训练没有及时响应“停止”，已被终止；未能保留它的权重。",
    "jobs.err.died": "运行此任务的工作进程意外结束（退出码 {code}）。请重试，或使用更小的设置。",
}
