"""Strings of the Optimizer arena — English."""

STRINGS = {
    "limits.max_arena_learning_rate": "The learning rate",
    "limits.max_arena_schedule_epochs": "The number of schedule epochs",
    "optimizers.section": "Section",
    "optimizers.section.arena": "⛰️ Loss surfaces",
    "optimizers.section.manual": "✍️ Hand-written update",
    "optimizers.section.schedules": "📉 Learning-rate schedules",
    "optimizers.section.batch": "🎲 Batch size",
    "optimizers.cpu_note": (
        "Every run here has two parameters, so it stays on the CPU whatever the sidebar's device: launching a "
        "GPU kernel would cost more than the whole step. The sidebar's random seed sets the data and batches."
    ),
    "optimizers.err.unknown_surface": "There is no surface called {name}.",
    "optimizers.err.steps_positive": "The number of steps must be at least 1.",
    "optimizers.err.lr_positive": "The learning rate must be a positive number, not {lr}.",
    # Arena
    "optimizers.arena.intro": (
        "Seven real `torch.optim` optimizers start from the same point on a 2-D loss surface; each steps "
        "a two-parameter tensor `p = (x, y)` with `zero_grad()`, `backward()`, `step()`. Press **Play** to watch "
        "them move. SGD, momentum and Nesterov share one learning rate; the adaptive ones (Adagrad, RMSprop, "
        "Adam, AdamW) divide by a running size of the gradient, so they get their own."
    ),
    "optimizers.surface": "Loss surface",
    "optimizers.surface.bowl": "Quadratic bowl",
    "optimizers.surface.rosenbrock": "Rosenbrock (banana valley)",
    "optimizers.surface.beale": "Beale",
    "optimizers.surface.saddle": "Saddle point",
    "optimizers.surface.himmelblau": "Himmelblau (four minima)",
    "optimizers.condition": "Condition number",
    "optimizers.condition_help": (
        "The bowl is (x² + κ·y²)/2: κ is how much steeper y is than x. SGD must keep lr < 2/κ or it diverges "
        "along y, and then crawls along x."
    ),
    "optimizers.steps": "Steps",
    "optimizers.start_x": "Start x",
    "optimizers.start_y": "Start y",
    "optimizers.sgd_lr": "Learning rate: SGD, momentum, Nesterov",
    "optimizers.adaptive_lr": "Learning rate: Adagrad, RMSprop, Adam, AdamW",
    "optimizers.momentum": "Momentum μ (momentum, Nesterov)",
    "optimizers.beta1": "Adam β₁",
    "optimizers.beta2": "Adam β₂",
    "optimizers.alpha": "RMSprop α",
    "optimizers.weight_decay": "AdamW weight decay λ",
    "optimizers.more_settings": "More: Adam β₂, RMSprop α, AdamW weight decay",
    "optimizers.chosen": "Optimizers",
    "optimizers.nesterov_needs_momentum": (
        "Nesterov is left out: with momentum 0 there is nothing to look ahead with, and "
        "`torch.optim.SGD(nesterov=True)` raises a ValueError. Momentum 0 makes the momentum path equal plain SGD."
    ),
    "optimizers.pick_one": "Pick at least one optimizer.",
    "optimizers.legend_diverged": "{name} (diverged)",
    "optimizers.fig.minimum": "minimum",
    "optimizers.fig.start": "start",
    "optimizers.fig.play": "▶ Play",
    "optimizers.fig.pause": "⏸ Pause",
    "optimizers.fig.step": "step",
    "optimizers.fig.diverged": "diverged: loss is infinite",
    "optimizers.fig.loss_axis": "loss − minimum (log scale)",
    "optimizers.diverged_note": (
        "Diverged: {names}. The step overshot, each overshoot was larger than the last, and the path left "
        "the plot; from there on the loss counts as infinite (∞ on the loss chart). Lower that learning rate."
    ),
    "optimizers.col.step": "step",
    "optimizers.col.loss": "loss",
    "optimizers.col.optimizer": "Optimizer",
    "optimizers.col.final_loss": "Final loss",
    "optimizers.col.final_x": "Final x",
    "optimizers.col.final_y": "Final y",
    "optimizers.col.status": "How it ended",
    "optimizers.status.diverged": "diverged at step {step}",
    "optimizers.status.converged": "within 0.001 of the minimum at step {step}",
    "optimizers.status.moving": "still on its way",
    "optimizers.rules_title": "The update rule of each optimizer",
    "optimizers.rules_intro": (
        "g is the gradient `p.grad` at this step, η the learning rate. The tests of this lab check that "
        "`torch.optim` follows exactly these rules."
    ),
    # Schedules
    "optimizers.err.epochs_too_few": "A schedule needs at least 2 epochs.",
    "optimizers.err.unknown_schedule": "There is no schedule called {name}.",
    "optimizers.schedules.intro": (
        "A scheduler changes the optimizer's learning rate once per epoch: call `optimizer.step()` for each "
        "batch, then `scheduler.step()` once at the end of the epoch. The chart is `scheduler.get_last_lr()` "
        "read at the start of each epoch, from the real `torch.optim.lr_scheduler` classes. The "
        "`StepLR(step_size=30, gamma=0.1)` and `ReduceLROnPlateau(mode='min', factor=0.1, patience=10)` of "
        "“{tutorial_kitchen}” are the defaults here."
    ),
    "optimizers.schedule": "Schedule",
    "optimizers.schedule.StepLR": "StepLR",
    "optimizers.schedule.MultiStepLR": "MultiStepLR",
    "optimizers.schedule.ExponentialLR": "ExponentialLR",
    "optimizers.schedule.CosineAnnealingLR": "CosineAnnealingLR",
    "optimizers.schedule.OneCycleLR": "OneCycleLR",
    "optimizers.schedule.ReduceLROnPlateau": "ReduceLROnPlateau",
    "optimizers.epochs": "Epochs",
    "optimizers.base_lr": "Initial learning rate (OneCycleLR: max_lr)",
    "optimizers.plateau_noise": "Noise on the fed loss",
    "optimizers.compare_all": "Overlay the other five schedules",
    "optimizers.log_y": "Logarithmic rate axis",
    "optimizers.onecycle_note": (
        "OneCycleLR ignores the optimizer's lr: it starts at max_lr/25, rises to max_lr during pct_start of "
        "the run, then falls to max_lr/250000. It is meant to be stepped after every batch; here one step is one epoch."
    ),
    "optimizers.schedule_note.StepLR": "Multiply the rate by gamma every step_size epochs.",
    "optimizers.schedule_note.MultiStepLR": "Multiply the rate by gamma at each listed milestone epoch.",
    "optimizers.schedule_note.ExponentialLR": "Multiply the rate by gamma after every epoch: lr = lr₀·gammaᵉ.",
    "optimizers.schedule_note.CosineAnnealingLR": "Follow half a cosine from lr₀ down to eta_min over T_max epochs (and back up if training goes on).",
    "optimizers.schedule_note.OneCycleLR": "Warm up, then anneal: one cycle over the whole run.",
    "optimizers.schedule_note.ReduceLROnPlateau": (
        "Watch a metric (here the grey loss, which falls and then flattens near 0.2). When it has not improved "
        "for more than `patience` epochs, multiply the rate by `factor`. It needs the metric: `scheduler.step(loss)`."
    ),
    "optimizers.sfig.epoch": "epoch",
    "optimizers.sfig.lr": "learning rate",
    "optimizers.sfig.loss": "loss fed to the scheduler",
    "optimizers.sfig.reduced": "rate reduced",
    "optimizers.metric.first_lr": "Rate in epoch 0",
    "optimizers.metric.last_lr": "Rate in the last epoch",
    "optimizers.metric.changes": "Epochs where the rate changed",
    "optimizers.plateau_epochs": "ReduceLROnPlateau lowered the rate at epochs: {epochs}",
    # Hand-written update
    "optimizers.lr": "Learning rate",
    "optimizers.manual.intro": (
        "Before `torch.optim`, “{tutorial_byhand}” updates weights by hand: compute the loss, call "
        "`loss.backward()`, move each parameter against its gradient, and zero the gradient (it accumulates). "
        "Three ways of writing that step run here on the same surface: `torch.optim.SGD`; "
        "`with torch.no_grad(): p -= lr * p.grad` (recommended); and the older `p.data -= lr * p.grad`. "
        'The fourth path is the tutorial\'s "dynamic learning rate" `learning_rate = p.grad ** 2`.'
    ),
    "optimizers.manual.hint": (
        "Try a start close to the minimum: there the gradient is smaller than 1, grad³ is tiny and the "
        "dynamic rule barely moves. Far away, grad³ is huge and it jumps off the plot."
    ),
    "optimizers.form.optim_sgd": "torch.optim.SGD",
    "optimizers.form.no_grad": "p -= lr·p.grad under no_grad",
    "optimizers.form.data": "p.data -= lr·p.grad",
    "optimizers.form.dynamic": "the tutorial's lr = p.grad²",
    "optimizers.metric.max_gap": "Largest gap, {form} vs torch.optim.SGD",
    "optimizers.metric.dynamic_end": "Dynamic rule's final loss",
    "optimizers.manual.same": (
        "The three SGD paths lie on top of each other: `torch.optim.SGD` does exactly the hand-written loop. "
        "A gap of about 1e-16 can appear because `optimizer.step()` computes `p.add_(grad, alpha=-lr)` in one "
        "fused operation, while `p -= lr * p.grad` rounds `lr * p.grad` first — floating-point rounding, not a "
        "different rule. `no_grad` and `.data` give the same numbers; the difference is safety: `.data` hides the "
        "change from autograd, so if the old value was still needed for a backward pass you silently get wrong "
        "gradients instead of an error."
    ),
    "optimizers.manual.dynamic_title": "Why the “dynamic learning rate” of “{tutorial_byhand}” misbehaves",
    "optimizers.manual.dynamic_why": (
        "With `learning_rate = p.grad ** 2` the step is `p.grad ** 3`. That is upside down: where the slope "
        "is steep (|grad| > 1) the rate grows with it and the cube blows the step up, so the path leaves the plot "
        "in one or two steps; where the slope is gentle (|grad| < 1, near a minimum) the rate shrinks towards "
        "zero and the path stalls. Adaptive optimizers do the opposite: Adagrad *divides* by the square root of a "
        "running sum of grad², RMSprop and Adam by the square root of a running average of grad², so steep directions get smaller steps and gentle ones "
        "larger. The chart shows the rate the rule picked per step and coordinate, next to a constant lr."
    ),
    "optimizers.fig.dynamic_rate": "rate = grad²",
    "optimizers.manual.seed_title": "The example of “{tutorial_byhand}”, corrected and run",
    "optimizers.manual.seed_intro": (
        "The tutorial's snippet does not run as printed. Corrected here: `torch.tensor([4.0]),requires_grad = True)` "
        "has an extra parenthesis (now `torch.tensor([4.0], requires_grad=True)`); `torch.functional.relu` does "
        "not exist (now `torch.relu`); `def model_predict()` and `class MyModel(torch.nn.Module)` lack their colons."
    ),
    "optimizers.manual.seed_fixed": "learning_rate = 0.01, as in the tutorial",
    "optimizers.manual.seed_dynamic": "learning_rate = p.grad ** 2, the tutorial's dynamic rate",
    "optimizers.manual.seed_lesson": (
        "Even the fixed rate 0.01 is far too large for this chain: the first gradient of w1 is 9520, so w1 "
        "jumps from 3 to −92.2 and the loss explodes to infinity within three steps. The tutorial's 100-step loop "
        "would end in `inf`/`nan`. The tutorial's rate grad² is itself huge here ({rates}), and the step "
        "it takes, grad³, is grad²/0.01 times the step with 0.01: {ratios} times larger on the first step."
    ),
    "optimizers.manual.list_separator": ", ",
    # Batch size
    "optimizers.err.batch_size": "The batch size must be between 1 and {samples}, not {batch}.",
    "optimizers.batch.intro": (
        "Fit a line `pred = w·x + b` to {samples} noisy points with `torch.optim.SGD` and `nn.MSELoss()`. "
        "Each update uses one batch; the batch loss is the **mean** of the per-sample squared errors, so its "
        "gradient is the mean of per-sample gradients — an estimate of the full-data gradient. “{tutorial_byhand}” says "
        'SGD "randomly picks batches": it does not. `torch.optim.SGD` only takes the step it is given; the '
        "`DataLoader(..., shuffle=True)` draws the random batches. The contour is the full-data loss over (w, b)."
    ),
    "optimizers.batch_size": "Batch size",
    "optimizers.batch.minibatch": "batch size {b} ({updates} updates per epoch)",
    "optimizers.batch.full": "full batch, {n} points (1 update per epoch)",
    "optimizers.batch.diverged": (
        "Diverged: at this learning rate the steps overshoot and grow; the path left the plot and the loss "
        "is infinite. Lower the learning rate."
    ),
    "optimizers.batch.noise_title": "Gradient noise: batch gradients around the full gradient",
    "optimizers.metric.full_norm": "‖full-batch gradient‖ at the start",
    "optimizers.metric.noise": "RMS ‖batch − full gradient‖, batch {b}",
    "optimizers.metric.noise_help": "Measured over 300 random batches. Sampling theory predicts {predicted}.",
    "optimizers.metric.updates": "Updates per epoch",
    "optimizers.batch.noise_text": (
        "Left: 300 mini-batch gradients at the start point (red) scatter around the full-batch gradient "
        "(star); each is an unbiased but noisy estimate. Right: the typical distance shrinks like "
        "1/√B (times √((N−B)/(N−1)) because a batch never repeats a sample), reaching 0 at the full batch. "
        "Small batches take many cheap, noisy steps per epoch; large batches take few, accurate ones."
    ),
    "optimizers.batch.mean_title": "The batch loss is the mean of per-sample losses",
    "optimizers.batch.mean_text": (
        "For the first batch at the start point: averaging the per-sample squared errors by hand gives the "
        "same number as `nn.MSELoss()` (whose default `reduction='mean'`). With `reduction='sum'` the gradient, "
        "and so the right learning rate, would grow with the batch size."
    ),
    "optimizers.metric.per_sample_mean": "mean of {b} per-sample losses",
    "optimizers.bfig.epoch": "epoch",
    "optimizers.bfig.loss_gap": "full-data loss − minimum",
    "optimizers.bfig.batch_grads": "gradients of batches of {b}",
    "optimizers.bfig.full_grad": "full-batch gradient",
    "optimizers.bfig.predicted": "sampling theory",
    "optimizers.bfig.measured": "measured (300 batches)",
    "optimizers.bfig.chosen": "your batch size",
    "optimizers.bfig.batch_size": "batch size",
    "optimizers.bfig.noise_axis": "RMS distance to full gradient",
}
