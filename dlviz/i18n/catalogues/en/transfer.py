"""Strings of the Training Lab's transfer-learning section — English."""

STRINGS = {
    "training.section": "Section",
    "training.section.train": "📈 Train a model",
    "training.section.transfer": "🔁 Transfer learning",
    "limits.max_transfer_base_images": "The number of images the base model learns from",
    "limits.max_transfer_shots": "The number of images of the new classes",
    "limits.max_transfer_epochs": "The number of transfer-learning epochs",
    "transfer.intro": (
        "**Transfer learning** reuses what a network has learned. A small CNN first learns classes **0–4**. "
        "Then its feature extractor (the two conv blocks) is frozen with `requires_grad_(False)` and only a "
        "new linear head learns classes **5–9**, from a few hundred images. The same CNN, trained from "
        "scratch on those same few images, is the comparison: both are scored on held-out images of 5–9 "
        "after every epoch."
    ),
    "transfer.base_images": "Images of classes 0–4 (base model)",
    "transfer.shots": "Images of classes 5–9 (new task)",
    "transfer.epochs": "Epochs on the new task",
    "transfer.run": "Run",
    "transfer.stop": "Stop",
    "transfer.press_run": "Press **Run**: the base model trains first, then both curves appear epoch by epoch.",
    "transfer.progress": "Running: {phase}",
    "transfer.phase.base": "the base model learns classes 0–4",
    "transfer.phase.transfer": "the new head learns classes 5–9 on frozen features",
    "transfer.phase.scratch": "the same CNN learns classes 5–9 from scratch",
    "transfer.curve.transfer": "frozen features + new head",
    "transfer.curve.scratch": "from scratch",
    "transfer.axis.epoch": "epoch (0 = before training on 5–9)",
    "transfer.axis.accuracy": "validation accuracy on held-out 5–9",
    "transfer.status.finished": "Finished.",
    "transfer.status.stopped": "Stopped: the curves show what was measured until then.",
    "transfer.status.time_limit": "Stopped at this server's time limit: the curves show what was measured until then.",
    "transfer.status.running": "The run did not answer in time; the curves show what arrived.",
    "transfer.base_accuracy": "Base model on held-out 0–4",
    "transfer.final.transfer": "Transfer, last epoch",
    "transfer.final.scratch": "From scratch, last epoch",
    "transfer.trainable.transfer": "Trainable parameters (transfer)",
    "transfer.trainable.scratch": "Trainable parameters (from scratch)",
    "transfer.counts_note": (
        "With transfer, the optimizer changes only the head's {head} numbers; the {frozen} numbers of the "
        "frozen feature extractor stay exactly as the base model learned them. From scratch, all {whole} "
        "numbers must be learned from the few images."
    ),
}
