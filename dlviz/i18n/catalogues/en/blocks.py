"""Strings of the Building blocks lab: anatomy, Sequential builder, layers, activations and losses — English."""

STRINGS = {
    # Sections and data
    "blocks.section": "Section",
    "blocks.section.anatomy": "🔬 Module anatomy",
    "blocks.section.sequential": "🧱 Sequential builder",
    "blocks.section.layers": "🪟 Layers at work",
    "blocks.section.activations": "〰️ Activations",
    "blocks.section.losses": "🎯 Losses",
    "blocks.source.mnist": "Images: real MNIST test digits.",
    "blocks.source.digits": "Images: scikit-learn's 8×8 digits scaled up to 28×28 (the MNIST files are not in the data folder).",
    # Errors and limits
    "blocks.err.side_too_small": "The image side must be at least 1, not {side}.",
    "blocks.err.stride": "The stride must be at least 1, not {stride}.",
    "blocks.err.pool_padding": (
        "MaxPool2d allows padding of at most half the kernel size: padding {padding} is too large for "
        "kernel_size {kernel}. Lower the padding or enlarge the kernel."
    ),
    "blocks.err.kernel_too_big": (
        "The {layer} kernel ({kernel}×{kernel}) is larger than the input: the image is {size}×{size} "
        "and with padding {padding} only {padded}×{padded}, so the window fits nowhere. Use a smaller "
        "kernel, more padding or a larger image."
    ),
    "blocks.err.dropout_p": "Dropout's p must be in [0, 1), not {p}.",
    "blocks.err.url_layers": "The layers in the link could not be read (at “{text}”); the default network is shown instead.",
    "blocks.err.unknown_layer": "Unknown layer type “{kind}”.",
    "blocks.err.arg_count": "{kind} takes {count} arguments here.",
    "blocks.err.param_range": "{kind}: {name} = {value} is outside the allowed range {lo} … {hi}.",
    "blocks.err.input_shape": "The input shape {shape} is not supported: use (N, F) features or (N, C, H, W) images, every size ≥ 1.",
    "limits.max_layer_features": "The number of features per sample",
    "limits.max_sequential_layers": "The number of layers",
    "limits.max_blocks_batch": "The batch size",
    "limits.max_conv_channels": "The number of output channels",
    "limits.max_batchnorm_steps": "The number of BatchNorm steps",
    # Shape problems in the Sequential builder
    "blocks.shape.linear_in": (
        "{layer} multiplies the **last** dimension by its weight, so that dimension must be {expected}; "
        "the tensor arriving has shape {shape}, whose last dimension is {actual}."
    ),
    "blocks.hint.flatten": (
        "💡 The tensor is still an image batch. Put a Flatten before this layer and set in_features to "
        "{flat} (= {formula})."
    ),
    "blocks.hint.in_features": (
        "💡 Set in_features to {actual}, or change the layer before so that it hands on {actual}… "
        "features — whichever you meant."
    ),
    "blocks.shape.needs_image": (
        "{layer} works on image batches (N, C, H, W), but the tensor arriving has shape {shape} ({ndim}-D)."
    ),
    "blocks.hint.needs_image": "💡 Convolution, pooling and BatchNorm2d go before Flatten; after Flatten the spatial layout is gone.",
    "blocks.shape.needs_features": "{layer} expects (N, C) or (N, C, L), but the tensor arriving has shape {shape} ({ndim}-D).",
    "blocks.hint.needs_features": "💡 For image batches use BatchNorm2d, or put a Flatten before BatchNorm1d.",
    "blocks.shape.channels": (
        "{layer} expects {expected} channels in dimension 1, but the tensor arriving has shape {shape}: "
        "{actual} channels."
    ),
    "blocks.hint.channels": "💡 Set {name} to {actual}, or make the layer before hand on as many channels as this one expects.",
    "blocks.shape.window": (
        "The {layer} window is {kernel} wide, but along {axis} the input is {size} and with padding "
        "{padding} only {padded}: the kernel is larger than the input."
    ),
    "blocks.hint.window": "💡 Use a smaller kernel, add padding, or remove a pooling layer before this one.",
    "blocks.shape.pool_padding": (
        "MaxPool2d allows padding of at most half the kernel size: padding {padding} is too large for "
        "kernel_size {kernel}."
    ),
    "blocks.hint.pool_padding": "💡 Lower the padding or enlarge the kernel.",
    "blocks.shape.bn_batch": (
        "{layer} in training mode computes a variance over the batch, but shape {shape} gives only one "
        "value per channel."
    ),
    "blocks.hint.bn_batch": "💡 Use a batch of 2 or more (N ≥ 2), or call model.eval() to normalise with the running statistics.",
    "blocks.shape.dim": "{layer}: dim={dim} does not exist in a {ndim}-D tensor of shape {shape}.",
    "blocks.hint.dim": "💡 Choose a dim between 0 and {last} (dim=1 is the class dimension of logits).",
    "blocks.shape.torch": "PyTorch refused it: {message}",
    # Sequential builder
    "blocks.seq.intro": (
        "An `nn.Sequential` passes the tensor through its layers in order. Load a network from the tutorials, then add, "
        "remove and reorder layers: every arrow carries the shape a layer hands on. The default preset "
        "chains the `CommonLayers` of “{tutorial_kitchen}” in the order they are declared — its `forward` never uses the "
        "convolution and pooling, and chaining them shows why it could not without a Flatten."
    ),
    "blocks.seq.preset": "Start from (replaces the layers)",
    "blocks.seq.preset.seed000_neural_network": "{tutorial_quickstart} · NeuralNetwork (MNIST MLP)",
    "blocks.seq.preset.seed001_digit_recognizer": "{tutorial_kitchen} · DigitRecognizer (CNN)",
    "blocks.seq.preset.seed001_common_layers": "{tutorial_kitchen} · CommonLayers, all layers chained",
    "blocks.seq.preset.seed002_simple_net": "{tutorial_graphs} · SimpleNet 10 → 50 → 1",
    "blocks.seq.rank": "Input",
    "blocks.seq.rank.image": "image batch (N, C, H, W)",
    "blocks.seq.rank.features": "feature batch (N, F)",
    "blocks.seq.layers_title": "**Layers** ({count})",
    "blocks.seq.up": "Move up",
    "blocks.seq.down": "Move down",
    "blocks.seq.remove": "Remove",
    "blocks.seq.kind": "Add a layer",
    "blocks.seq.add": "Insert",
    "blocks.seq.full": "This server allows at most {cap} layers: remove one to add another.",
    "blocks.seq.end": "(at the end)",
    "blocks.seq.position": "at position (the layer there moves down)",
    "blocks.seq.input": "input",
    "blocks.seq.broken_at": "**The shapes break at layer {index}, `{layer}`.**",
    "blocks.seq.ok": (
        "The shapes fit all the way: the output has shape {shape} ({elements} numbers); the network has "
        "{total} parameters."
    ),
    # Layers at work
    "blocks.layers.pick": "Layer",
    "blocks.layers.name.conv": "Conv2d",
    "blocks.layers.name.pool": "MaxPool2d",
    "blocks.layers.name.dropout": "Dropout",
    "blocks.layers.name.batchnorm": "BatchNorm",
    "blocks.layers.side": "Image side H = W",
    "blocks.layers.kernel": "kernel_size k",
    "blocks.layers.stride": "stride s",
    "blocks.layers.padding": "padding p",
    "blocks.layers.channels": "out_channels",
    "blocks.layers.formula_title": "**Output size** (dilation d = 1):",
    "blocks.layers.formula_check": "The real output has shape `{shape}`; the formula gives {value}. {mark}",
    "blocks.layers.input": "input {shape}",
    "blocks.layers.kernel_n": "kernel {n}",
    "blocks.layers.map_n": "feature map {n}",
    "blocks.layers.conv_note": (
        "Each kernel (weight shape {weight}, initialised by nn.Conv2d with the sidebar's seed) slides over "
        "the image and gives one feature map: red where the patch matches the kernel's pattern, blue where it is "
        "its opposite. Output shape {shape}."
    ),
    "blocks.layers.pooled": "after MaxPool2d {shape}",
    "blocks.layers.pool_note": (
        "Each output pixel is the largest value in its k×k window: the image shrinks but the strokes "
        "survive. MaxPool2d has no parameters; its stride defaults to kernel_size."
    ),
    "blocks.layers.p": "Drop probability p",
    "blocks.layers.train_mode": "model.train()",
    "blocks.layers.eval_mode": "model.eval()",
    "blocks.layers.zeroed": "Ink pixels zeroed",
    "blocks.layers.zeroed_help": "Share of the non-zero pixels that dropout set to zero; close to p.",
    "blocks.layers.scale": "Survivors × 1/(1−p)",
    "blocks.layers.eval_equal": "eval output = input",
    "blocks.layers.dropout_note": (
        "In training, Dropout zeroes each value with probability p and multiplies the rest by 1/(1−p), so "
        "the expected value stays the same; in eval mode it does nothing. That is why you call model.eval() "
        "before testing."
    ),
    "blocks.layers.bn_batch": "Batch size",
    "blocks.layers.bn_steps": "Training steps",
    "blocks.layers.bn_momentum": "momentum",
    "blocks.layers.bn_mean": "mean",
    "blocks.layers.bn_var": "variance",
    "blocks.layers.bn_batch_stat": "this batch",
    "blocks.layers.bn_running": "running (after the step)",
    "blocks.layers.bn_step": "step",
    "blocks.layers.bn_update": (
        "After each training-mode call: running = (1 − {m}) · running + {m} · batch statistic "
        "(the variance unbiased). The running mean starts at 0 and the running variance at 1."
    ),
    "blocks.layers.bn_train_mean": "train output mean",
    "blocks.layers.bn_train_std": "train output std",
    "blocks.layers.bn_eval_mean": "eval output mean",
    "blocks.layers.bn_eval_std": "eval output std",
    "blocks.layers.bn_note": (
        "Train mode normalises the last batch with its own mean and variance (output mean 0, std ≈ 1); eval "
        "mode uses the running statistics, which match only once they have caught up — few steps or a small "
        "momentum leave them behind."
    ),
    # Activations
    "blocks.act.pick": "Activation",
    "blocks.act.name.relu": "ReLU",
    "blocks.act.name.sigmoid": "Sigmoid",
    "blocks.act.name.tanh": "Tanh",
    "blocks.act.name.leaky_relu": "LeakyReLU",
    "blocks.act.name.gelu": "GELU",
    "blocks.act.name.softmax": "Softmax (first of 3 logits)",
    "blocks.act.range": "x range",
    "blocks.act.slope": "negative_slope",
    "blocks.act.empty_range": "Pick a range with a start below its end.",
    "blocks.act.value": "f(x)",
    "blocks.act.derivative": "f′(x) by autograd",
    "blocks.act.autograd_note": "The dashed derivative is not a formula: it is x.grad after one backward pass through the curve.",
    "blocks.act.note.relu": (
        "**ReLU** = max(0, x). Slope 1 for x > 0 and 0 below: units that stay negative stop learning "
        "(“dead ReLU”). At 0 autograd uses slope 0."
    ),
    "blocks.act.note.sigmoid": (
        "**Sigmoid** = 1 / (1 + e^−x), squashing into (0, 1). Its slope is at most 0.25 (at 0) and vanishes "
        "far from 0 — the vanishing-gradient problem."
    ),
    "blocks.act.note.tanh": "**Tanh** squashes into (−1, 1) and is centred at 0; slope 1 at 0, vanishing far away.",
    "blocks.act.note.leaky_relu": "**LeakyReLU** keeps a small slope for x < 0, so no unit is ever completely dead.",
    "blocks.act.note.gelu": "**GELU** = x · Φ(x), a smooth ReLU used in Transformers; slightly negative just below 0.",
    "blocks.act.note.softmax": (
        "**Softmax** is not element-wise: it turns a whole vector of logits into probabilities that sum to "
        "1 along `dim`. Here the logits are (x, 0, 1) and the curve is the first probability; its derivative is "
        "p(1 − p)."
    ),
    # Losses
    "blocks.loss.part": "Part",
    "blocks.loss.part.regression": "MSE · L1 · SmoothL1",
    "blocks.loss.part.cross_entropy": "CrossEntropy taken apart",
    "blocks.loss.part.seed_bug": "One target for every loss?",
    "blocks.loss.target": "Target",
    "blocks.loss.beta": "SmoothL1 beta",
    "blocks.loss.show_grad": "Show d loss / d prediction",
    "blocks.loss.regression_note": (
        "MSE grows with the square of the error and its gradient with the error; L1 grows linearly, its "
        "gradient is always ±1; SmoothL1 is quadratic within beta of the target and linear outside, so "
        "outliers pull less."
    ),
    "blocks.loss.target_mark": "target",
    "blocks.loss.prediction": "prediction",
    "blocks.loss.loss_axis": "loss",
    "blocks.loss.grad_axis": "d loss / d prediction (autograd)",
    "blocks.loss.count": "Images",
    "blocks.loss.scale": "Logit scale",
    "blocks.loss.logits_note": (
        "Logits: the untrained NeuralNetwork of “{tutorial_quickstart}” on these images, multiplied by {scale} so the "
        "probabilities differ visibly; targets are the true digits."
    ),
    "blocks.loss.class": "class",
    "blocks.loss.image": "image",
    "blocks.loss.logits": "logits",
    "blocks.loss.log_softmax": "LogSoftmax(dim=1)(logits)",
    "blocks.loss.label": "target class",
    "blocks.loss.picked": "log p[target]",
    "blocks.loss.minus_picked": "−log p[target]",
    "blocks.loss.nll_metric": "NLLLoss(LogSoftmax(logits))",
    "blocks.loss.ce_metric": "CrossEntropyLoss(logits)",
    "blocks.loss.diff_metric": "difference",
    "blocks.loss.grad_title": "**Gradient with respect to the logits**: autograd vs (softmax − one-hot) / N",
    "blocks.loss.grad_autograd": "logits.grad (autograd)",
    "blocks.loss.grad_formula": "(softmax − one-hot) / N",
    "blocks.loss.grad_diff_metric": "largest difference",
    "blocks.loss.grad_note": (
        "CrossEntropyLoss averages over the N = {n} images, hence the division by N. The gradient pushes "
        "the target class up (negative entry) and every other class down in proportion to its probability."
    ),
    "blocks.loss.seed_intro": (
        "The `loss_functions_demo(pred, target)` of “{tutorial_kitchen}” hands the **same** `target` to MSELoss, "
        "CrossEntropyLoss and L1Loss. They need different targets: CrossEntropy wants class indices (int64, "
        "shape (N,)) or probabilities; MSE and L1 want floats of the prediction's shape. Here is what the "
        "tutorial's call really does with the network's logits on three images:"
    ),
    "blocks.loss.seed_target": "target passed",
    "blocks.loss.seed_target.indices": "class indices (3,)",
    "blocks.loss.seed_target.float": "random floats (3, 10)",
    "blocks.loss.seed_loss": "loss",
    "blocks.loss.seed_result": "result",
    "blocks.loss.seed_fix": (
        "With class indices, MSE and L1 fail on the shapes. With float targets nothing fails, yet "
        "CrossEntropy silently reads them as class probabilities — negative, not summing to 1 — and returns "
        "a meaningless number (it can even be negative). **Corrected:** give CrossEntropy the indices and "
        "the regression losses a one-hot (float) target of the prediction's shape, as in the code below."
    ),
    # Module anatomy
    "blocks.anat.network": "Network",
    "blocks.anat.network.neural_network": "{tutorial_quickstart} · NeuralNetwork (Flatten → 512 → 512 → 10)",
    "blocks.anat.network.simple_nn": "{tutorial_kitchen} · SimpleNN(784, 128, 10)",
    "blocks.anat.network.digit_recognizer": "{tutorial_kitchen} · DigitRecognizer (CNN)",
    "blocks.anat.intro.neural_network": (
        "The `NeuralNetwork` of “{tutorial_quickstart}” (Flatten → Linear(784, 512) → ReLU → Linear(512, 512) → ReLU → "
        "Linear(512, 10)), freshly initialised with the sidebar's seed, on a batch of three 28×28 images. "
        "A forward hook on every layer records what it hands on."
    ),
    "blocks.anat.intro.simple_nn": (
        "The `SimpleNN` of “{tutorial_kitchen}”, as its training example builds it (784 → 128 → 10). Its `forward` applies "
        "`F.relu` as a function, not a module, so no hook sees the ReLU: only `layer1` and `layer2` appear. "
        "(The app's version flattens the images itself; the tutorial fed flat vectors.)"
    ),
    "blocks.anat.intro.digit_recognizer": (
        "The MNIST CNN `DigitRecognizer` of “{tutorial_kitchen}”, in eval mode (Dropout off). Convolution outputs are "
        "shown as the first feature maps of the first image. Its ReLUs and flatten are function calls, "
        "invisible to module hooks."
    ),
    "blocks.anat.log_softmax_note": (
        "**log_softmax, then CrossEntropyLoss: redundant, not wrong.** The tutorial's `forward` ends in "
        "`log_softmax` and is trained with `CrossEntropyLoss`, which applies log-softmax itself. Log-softmax of "
        "log-probabilities gives them back unchanged, so the loss and its gradients are the same. On these three "
        "images: CrossEntropyLoss(logits) = {on_logits}, CrossEntropyLoss(log_softmax(logits)) = {on_log_softmax}; "
        "the gradients with respect to the logits differ by at most {grad_diff}. The app's `DigitRecognizer` "
        "returns the logits, the usual convention with CrossEntropyLoss; `DigitRecognizer(log_softmax=True)` is "
        "the tutorial's form."
    ),
    "blocks.anat.channel": "channel {n}",
    "blocks.anat.image_label": "label {label}",
    "blocks.anat.softmax_dim": "nn.Softmax over",
    "blocks.anat.layers_title": "Every layer's output",
    "blocks.anat.feature": "feature",
    "blocks.anat.image": "image",
    "blocks.anat.class": "class",
    "blocks.anat.layers_note": (
        "One row per image. Flatten turns each 28×28 image into 784 numbers (the stripes are its pixel "
        "rows); each Linear mixes all of them into new features (red positive, blue negative); each ReLU "
        "sets the negative ones to 0. The network is untrained, so the last 10 logits are still close together."
    ),
    "blocks.anat.softmax_title": "Softmax probabilities (dim={dim})",
    "blocks.anat.softmax_axes": "rows: images · columns: classes 0–9",
    "blocks.anat.dim1_note": (
        "With **dim=1** each row — one image's 10 class scores — sums to 1: row sums {sums}. That is a "
        "probability per class for each image, the right choice for logits of shape (batch, classes)."
    ),
    "blocks.anat.dim0_note": (
        "With **dim=0** each column sums to 1 across the three images: column sums {sums}. That compares "
        "images with each other, not classes — the wrong dim for classification."
    ),
    "blocks.anat.params_title": "named_parameters()",
    "blocks.anat.total": "Trainable numbers",
    "blocks.anat.device": "model.to(device)",
    "blocks.anat.device_note": (
        "Layers are created on the CPU; model.to(device) moves every parameter to the sidebar's device, "
        "and the input must be moved there too (images.to(device))."
    ),
    "blocks.anat.hooks_title": "model(x), not model.forward(x)",
    "blocks.anat.hooks_intro": (
        "A forward hook is registered on the model and on each submodule, then the same batch goes through "
        "`model(x)` and through `model.forward(x)`. How many times did each hook fire?"
    ),
    "blocks.anat.module": "module",
    "blocks.anat.hooks_note": (
        "Calling the model runs `nn.Module.__call__`, which runs the hooks around `forward`: the model's own hook "
        "fired {call} time(s) through `model(x)` and {forward} through `model.forward(x)`. Calling `forward` directly "
        "skips the model's own hooks — and anything else `__call__` does — while the submodules still fire because "
        "`forward` calls *them* properly. The tutorials differ here: “{tutorial_quickstart}” says to pass the data to "
        "the model and not to call `forward` directly; “{tutorial_byhand}” calls `my_model.forward(x1)` throughout "
        "and says forward is all you need for prediction. Both give the same numbers; prefer `model(x)`, so that hooks run."
    ),
    "blocks.anat.registration_title": "The MyModel of “{tutorial_byhand}”: what counts as a parameter",
    "blocks.anat.registration_intro": (
        "“{tutorial_byhand}” first stores w1, w2, w3 as plain tensors with requires_grad=True, then switches to "
        "nn.Parameter. Both models compute 120 for x = 2, but only one of them has parameters an optimizer can see:"
    ),
    "blocks.anat.registration_tensor": "**self.w1 = torch.tensor([3.0], requires_grad=True)**",
    "blocks.anat.registration_parameter": "**self.w1 = nn.Parameter(torch.tensor([3.0]))**",
    "blocks.anat.registration_count": "named_parameters() finds {count}; model(2.0) = {output}",
    "blocks.anat.registration_error": "torch.optim.SGD(model.parameters()) raises: {message}",
    "blocks.anat.registration_ok": "torch.optim.SGD(model.parameters()) receives all three.",
    "blocks.anat.registration_fixes": (
        "Also corrected from the tutorial: `forward` must use `self.w1` — the snippet defines no global `w1`, so a "
        "bare `w1` raises `NameError: name 'w1' is not defined`; `torch.functional.relu` does not exist (use "
        "`torch.relu` or `torch.nn.functional.relu`); `torch.tensor([4.0]),requires_grad = True)` has a stray "
        "parenthesis. And the model is called as `my_model(x1)`, which runs its hooks, rather than the tutorial's "
        "`my_model.forward(x1)` (same numbers)."
    ),
}
