"""Strings of the shared server: the line for heavy work, and how a worker's budgets end a job — English."""

STRINGS = {
    "limits.max_concurrent_jobs": "The number of jobs running at once",
    "limits.max_job_memory_mb": "A job's memory in MB",
    "jobs.waiting": (
        "Waiting for a free place on this shared server: you are number {place} in line "
        "({running} running now), about {seconds} s to wait. Stop leaves the line."
    ),
    "jobs.err.memory_estimate": (
        "This run would need about {needed} MB of memory, above this server's budget of {budget} MB "
        "per run. Use fewer images, a smaller batch, or a narrower or shallower network."
    ),
    "jobs.err.memory": (
        "The run used more memory than this server allows one run ({megabytes} MB) and was stopped. "
        "Use fewer images, a smaller batch, or a smaller network."
    ),
    "jobs.err.time_killed": "The run did not stop at its time limit and was ended by the server; nothing could be kept.",
    "jobs.err.stopped_hard": "The run did not answer Stop in time and was ended; its weights could not be kept.",
    "jobs.err.died": "The worker running this job ended unexpectedly (exit code {code}). Try again, or with smaller settings.",
}
