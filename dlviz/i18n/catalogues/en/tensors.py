"""Tensor Lab texts — English."""

STRINGS = {
    # sections
    "tensors.section": "Section",
    "tensors.section.create": "1 · Create",
    "tensors.section.attributes": "2 · Attributes & dtype",
    "tensors.section.index": "3 · Index & slice",
    "tensors.section.join": "4 · Join",
    "tensors.section.arithmetic": "5 · Arithmetic",
    "tensors.section.reshape": "6 · Reshape",
    "tensors.section.inplace": "7 · In-place",
    "tensors.section.numpy": "8 · NumPy bridge",
    "tensors.section.devices": "9 · Devices",
    "tensors.section.shape_errors": "10 · Shape errors",
    "tensors.intro.create": (
        "A tensor can come from a nested list, from a NumPy array, from another tensor, or from a factory "
        "function with a shape. Every cell of the heatmap is one element."
    ),
    "tensors.intro.attributes": (
        "Shape, dtype and device describe a tensor; strides say how many elements to skip in memory to move "
        "one step along each dimension. Converting the dtype can change the values."
    ),
    "tensors.intro.index": (
        "Type an index on t, as in NumPy. The cells it reads are outlined on t; a basic slice is a view of "
        "the same memory, a mask or a list of indices makes a copy."
    ),
    "tensors.intro.join": (
        "torch.cat joins along an existing dimension; torch.stack adds a new one. b's values start at 100 "
        "so you can see where they land."
    ),
    "tensors.intro.arithmetic": (
        "Element-wise operators pair up elements (broadcasting stretches size-1 dimensions); @ multiplies "
        "matrices. Reductions collapse a dimension; .item() turns a one-element tensor into a Python number."
    ),
    "tensors.intro.reshape": (
        "These operations change how the same numbers are indexed. Most return a view that shares storage; "
        "view() needs a memory layout it can reinterpret, reshape() copies when it must."
    ),
    "tensors.intro.inplace": (
        "Methods ending in _ change the tensor itself. Everything that shares its memory sees the change; "
        "autograd refuses some in-place changes because it needs the old values."
    ),
    "tensors.intro.numpy": (
        "t.numpy() and torch.from_numpy(n) share memory: change one and the other changes too. "
        "torch.tensor(n) copies."
    ),
    "tensors.intro.devices": (
        "x.to(device) copies the tensor to another device (a GPU), or returns x itself when it is already there. "
        "The device comes from the sidebar."
    ),
    "tensors.intro.shape_errors": (
        "When shapes do not fit, PyTorch stops with an error. Here the shapes are lined up, the dimension "
        "at fault is marked, and rewrites that torch accepts are proposed."
    ),
    # common
    "tensors.yes": "yes",
    "tensors.no": "no",
    "tensors.result": "Result",
    "tensors.preset": "Example",
    "tensors.dim": "Dimension (dim)",
    "tensors.dims": "Number of dimensions",
    "tensors.size_of_dim": "Size of dim {dim}",
    "tensors.dtype": "dtype",
    "tensors.start": "start",
    "tensors.end": "end",
    "tensors.step": "step",
    "tensors.steps": "steps (number of points)",
    "tensors.fill": "Fill value",
    "tensors.literal_help": (
        "A number or a nested list of numbers, e.g. [[1, 2], [3, 4]]. Only numbers and + - * / ** are "
        "allowed; nothing you type is executed."
    ),
    "tensors.viewer.attributes": (
        "shape {shape} · dtype {dtype} · device {device} · stride {stride} · contiguous: {contiguous} · "
        "{element_size} B per element · {nbytes} B of data · storage {storage} B · requires_grad: {grad}"
    ),
    "tensors.viewer.summarized": "Summarized: every {step}th row and column, {shown} of {slices} slices drawn.",
    "tensors.viewer.array": "NumPy array · shape {shape} · dtype {dtype} · strides {strides} bytes",
    "tensors.shared.yes": "🔗 **{a}** and **{b}** share memory (same storage address, checked with torch).",
    "tensors.shared.no": "📄 **{a}** and **{b}** do not share memory: each has its own copy.",
    # create
    "tensors.create.mode": "Make it",
    "tensors.create.mode.data": "from data",
    "tensors.create.mode.numpy": "from NumPy",
    "tensors.create.mode.like": "from another tensor",
    "tensors.create.mode.factory": "random or constant",
    "tensors.create.data": "Data (nested list)",
    "tensors.create.like": "Function",
    "tensors.create.factory": "Factory function",
    "tensors.create.shape_is": "shape = {shape}",
    "tensors.create.explain.data": "torch.tensor copies the data and infers the dtype: whole numbers give int64, any decimal point gives float32.",
    "tensors.create.explain.numpy": "torch.from_numpy keeps NumPy's dtype (int64 or float64) and uses the array's own memory.",
    "tensors.create.explain.like": (
        "*_like functions copy the shape (and the dtype, unless you override it). rand_like needs a "
        "floating dtype, so integer data needs dtype=torch.float."
    ),
    "tensors.create.explain.factory": (
        "The shape is a tuple of sizes, like shape = (2, 3,). Random tensors use the sidebar's seed, so the "
        "same seed gives the same numbers."
    ),
    "tensors.dtype_opt.auto": "inferred by torch",
    "tensors.dtype_opt.keep": "keep the source's",
    "tensors.dtype_opt.float32": "torch.float32",
    "tensors.dtype_opt.float64": "torch.float64",
    "tensors.dtype_opt.float16": "torch.float16",
    "tensors.dtype_opt.bfloat16": "torch.bfloat16",
    "tensors.dtype_opt.int64": "torch.int64",
    "tensors.dtype_opt.int32": "torch.int32",
    "tensors.dtype_opt.int16": "torch.int16",
    "tensors.dtype_opt.int8": "torch.int8",
    "tensors.dtype_opt.uint8": "torch.uint8",
    "tensors.dtype_opt.bool": "torch.bool",
    # presets
    "tensors.preset.seed000_x_data": "tutorial: x_data = [[1, 2], [3, 4]]",
    "tensors.preset.seed001_x": "tutorial: x = [1, 2, 3]",
    "tensors.preset.seed001_c": "tutorial: c = [[1, 2, 3], [4, 5, 6]]",
    "tensors.preset.seed003_w1": "tutorial: w1 (corrected)",
    "tensors.preset.floats": "decimals, one large",
    "tensors.preset.cube": "a 2×2×2 cube",
    "tensors.preset.seed001_add": "tutorial: a + b",
    "tensors.preset.seed001_mul": "tutorial: a * b",
    "tensors.preset.broadcast_row": "broadcast a row",
    "tensors.preset.broadcast_column": "column × row",
    "tensors.preset.seed003_matmul": "tutorial: torch.matmul(w1, x1) (corrected)",
    "tensors.preset.matrix_product": "matrix product (2,3) @ (3,2)",
    "tensors.preset.shape_error": "shapes that clash",
    "tensors.preset.seed000_sum": "tutorial: tensor.sum().item()",
    "tensors.preset.seed001_mean": "tutorial: a.mean() (corrected)",
    "tensors.preset.grid_max": "max along a dimension",
    "tensors.correction.seed003_w1": (
        "Corrected from the tutorial: torch.tensor([2,0](2,0)) is valid Python but fails when it "
        "runs: `[2,0](2,0)` calls a list, a TypeError ('list' object is not callable). We read it as the 2×2 matrix [[2., 0.], [2., 0.]], with decimal points so that autograd can use it."
    ),
    "tensors.correction.seed003_matmul": (
        "Corrected from the tutorial: w1 = torch.tensor([2,0](2,0)) does not run; we use w1 = [[2., 0.], [2., 0.]] "
        "and x1 = [1., 2.] as floats (autograd needs floating point), and the sidebar's device instead of .cuda()."
    ),
    "tensors.correction.seed001_mean": (
        "Corrected from the tutorial: a = torch.tensor([1, 2, 3]) holds integers and a.mean() fails on them; "
        "the lab runs a.float().mean()."
    ),
    # attributes
    "tensors.attr.requires_grad": "requires_grad=True",
    "tensors.attr.target": "Convert to dtype",
    "tensors.attr.explain": (
        "The stride of a row-major 2-D tensor is (number of columns, 1). element_size is the bytes per "
        "element: 8 for int64 and float64, 4 for float32, 2 for float16, 1 for int8 and bool."
    ),
    "tensors.attr.changed": "**{changed} of {total}** values changed in the conversion (largest change {max_change}).",
    "tensors.conv.same": "Same dtype: .to() returns the tensor itself.",
    "tensors.conv.to_bool": "To bool: zero becomes False, anything else True.",
    "tensors.conv.truncated": "Float to integer drops the fractional part, toward zero: 1.5 → 1, -2.7 → -2 (not rounding).",
    "tensors.conv.overflow": "Some values are outside this type's range [{low}, {high}]: they wrap around or come out undefined.",
    "tensors.conv.rounded": "{dtype} keeps fewer digits: values are rounded to the nearest representable number (relative step about {eps}).",
    "tensors.conv.float_overflow": "Values above {high} do not fit and become inf.",
    "tensors.conv.int_to_float": "Integers become floating point; small whole numbers are exact.",
    "tensors.conv.grad_lost": "An integer tensor cannot require gradients: the result has requires_grad=False.",
    "tensors.conv.exact": "Every value survived the conversion exactly.",
    # index
    "tensors.index.examples": "Examples",
    "tensors.index.expression": "Index expression on t",
    "tensors.index.help": (
        "Write t[...] with integers, slices (1:3, ::2), ..., None, a list of integers, or a mask such as "
        "t > 5, (t % 2 == 0) | (t < 3). Nothing you type is executed."
    ),
    "tensors.index.source": "t (selected cells outlined)",
    "tensors.index.explain": "t = torch.arange(n).reshape(shape): each cell shows its own position in memory.",
    "tensors.index.view": "`{expression}` reads **{count}** cells and is a **view**: it shares t's storage, so writing to it writes to t.",
    "tensors.index.copy": "`{expression}` reads **{count}** cells and is a **copy** (advanced indexing): changing it leaves t alone.",
    # join
    "tensors.join.how": "Join with",
    "tensors.join.a": "**a** (values 0, 1, 2, …)",
    "tensors.join.b": "**b** (values 100, 101, …)",
    "tensors.join.explain.cat": "cat: all sizes must match except along dim, where they add up.",
    "tensors.join.explain.stack": "stack: both shapes must be equal; a new dimension of size 2 appears at dim.",
    "tensors.join.shapes": "torch.{how}: a {a} and b {b} along dim={dim} → **{result}**",
    # arithmetic
    "tensors.arith.part": "Part",
    "tensors.arith.part.combine": "a ∘ b (element-wise, matrix product)",
    "tensors.arith.part.reduce": "reductions and .item()",
    "tensors.arith.a": "a",
    "tensors.arith.b": "b",
    "tensors.arith.op": "Operator",
    "tensors.arith.explain.elementwise": "Element-wise: each result cell combines the cells at the same position, after broadcasting.",
    "tensors.arith.explain.matrix": "Matrix product: each result cell is the dot product of a row of a with a column of b. mm only takes 2-D.",
    "tensors.arith.matmul_rule": "Matrix product: a {a} @ b {b} → **{result}** (a's last size must equal b's first matrix size).",
    "tensors.arith.step_align": "Align the shapes from the right: a {a}, b {b}.",
    "tensors.arith.step_pad": "Pad the shorter shape with 1s on the left: a {a}, b {b}.",
    "tensors.arith.step_stretch": "Stretch every size-1 dimension to the other size: the result is {result}.",
    "tensors.arith.stretched": "**Stretched without copying** — expand() makes a view whose stretched dimensions have stride 0:",
    "tensors.arith.broadcast_legend": "Italic 1 = a dimension added on the left; → ↔ = a size-1 dimension stretched (repeated without copying).",
    "tensors.note.true_division": "/ on integers is true division: the result is float32. Use // for integer division.",
    "tensors.note.division_by_zero": "Dividing by zero gives inf (or nan for 0/0) — no error is raised.",
    "tensors.reduce.how": "Reduction",
    "tensors.reduce.explain": (
        "Along a dim, that dimension disappears (or stays with size 1 with keepdim=True). max and min along a "
        "dim also return where the extreme was (indices)."
    ),
    "tensors.reduce.result": "a.{how}(…)",
    "tensors.reduce.indices": "indices",
    "tensors.reduce.item": ".item() → Python number",
    "tensors.reduce.no_item": ".item() only works on a one-element tensor; this result has {numel} elements.",
    "tensors.reduce.corrected": "mean() needs floating point: the integer tensor is converted with .float() first (a.mean() would fail).",
    # reshape
    "tensors.reshape.op": "Operation",
    "tensors.reshape.transpose_first": "Transpose x first (x = x.t(), not contiguous)",
    "tensors.reshape.argument": "Arguments",
    "tensors.reshape.argument_help": "Integers separated by commas, e.g. 3, 2 or -1 (one size inferred). Leave empty for none.",
    "tensors.reshape.explain.reshape": "reshape: same elements, new shape; a view when possible, otherwise a copy.",
    "tensors.reshape.explain.view": "view: always a view; fails when the strides cannot express the new shape (e.g. after a transpose).",
    "tensors.reshape.explain.squeeze": "squeeze: removes dimensions of size 1 (all of them, or the one you name).",
    "tensors.reshape.explain.unsqueeze": "unsqueeze(d): inserts a dimension of size 1 at position d.",
    "tensors.reshape.explain.flatten": "flatten(start, end): merges dimensions start…end into one.",
    "tensors.reshape.explain.permute": "permute: reorders all dimensions; only the strides change, no data moves.",
    "tensors.reshape.explain.transpose": "transpose(d0, d1): swaps two dimensions by swapping their strides.",
    "tensors.reshape.explain.contiguous": "contiguous: returns x itself when its layout is already row-major, otherwise a row-major copy.",
    "tensors.reshape.view_failed": (
        "view() fails here: x has shape {shape} but strides {stride}, so its elements are not laid out row by "
        "row in memory and no strides can describe the new shape. Use x.reshape(…) (it copies) or "
        "x.contiguous().view(…)."
    ),
    "tensors.reshape.shares": "🔗 `{call}` **shares storage** with x (a view: same untyped_storage().data_ptr()).",
    "tensors.reshape.copies": "📄 `{call}` **copied** the data into new storage.",
    # in-place
    "tensors.inplace.op": "In-place operation on t",
    "tensors.inplace.value": "Value",
    "tensors.inplace.case": "Autograd case",
    "tensors.inplace.case.leaf": "on a leaf that requires grad",
    "tensors.inplace.case.saved": "on a tensor saved for backward",
    "tensors.inplace.case.no_grad": "inside torch.no_grad()",
    "tensors.inplace.explain": "v = t[0] is a view and n = t.numpy() shares t's memory; c = t.clone() is a copy.",
    "tensors.inplace.who.t": "t (after)",
    "tensors.inplace.who.v": "v = t[0]",
    "tensors.inplace.who.n": "n = t.numpy()",
    "tensors.inplace.who.c": "c = t.clone()",
    "tensors.inplace.changed": "**changed**",
    "tensors.inplace.unchanged": "unchanged",
    "tensors.inplace.shared": "shares t's memory",
    "tensors.inplace.own": "own memory",
    "tensors.inplace.autograd": "In-place and autograd",
    "tensors.inplace.case_explain.leaf": (
        "A leaf that requires grad is what autograd differentiates with respect to; changing it in place "
        "would break the graph, so torch refuses."
    ),
    "tensors.inplace.case_explain.saved": (
        "exp() saves its output to compute the gradient; changing that output in place makes the saved "
        "value stale, and backward() refuses."
    ),
    "tensors.inplace.case_explain.no_grad": (
        "Inside torch.no_grad() nothing is recorded, so updating weights in place is allowed — this is how "
        "optimizers step."
    ),
    "tensors.inplace.refused": "torch refused: {message}",
    "tensors.inplace.allowed": "Allowed: it ran without error.",
    # bridge
    "tensors.bridge.direction": "Connect them with",
    "tensors.bridge.direction.numpy": "n = t.numpy()",
    "tensors.bridge.direction.from_numpy": "t = torch.from_numpy(n)",
    "tensors.bridge.direction.tensor": "t = torch.tensor(n)",
    "tensors.bridge.side": "Change in place",
    "tensors.bridge.side.tensor": "the tensor: t.add_(…)",
    "tensors.bridge.side.array": "the array: np.add(n, …, out=n)",
    "tensors.bridge.amount": "Add",
    "tensors.bridge.explain.numpy": "t.numpy() gives an array over the tensor's own memory (CPU tensors only).",
    "tensors.bridge.explain.from_numpy": "torch.from_numpy(n) wraps the array's memory in a tensor; no copy is made.",
    "tensors.bridge.explain.tensor": "torch.tensor(n) always copies: the two live apart from then on.",
    "tensors.bridge.before": "**Before**",
    "tensors.bridge.after": "**After** changing {side}",
    # devices
    "tensors.device.target": "Target device (sidebar): **{name}**",
    "tensors.device.cpu_only": (
        "This machine has no CUDA GPU, so the only device is the CPU: x.to('cpu') returns x itself. "
        "On a machine with a GPU, pick it in the sidebar to see a real copy."
    ),
    "tensors.device.explain": "Tensors are created on the CPU by default. Operations need their tensors on the same device.",
    "tensors.device.same_object": "x is already on {device}: .to() returned **the same tensor**, no copy.",
    "tensors.device.copied": "The data was **copied** to {device}: a new tensor in that device's memory.",
    # shape errors
    "tensors.shape.op": "Operation",
    "tensors.shape.a": "Shape of a",
    "tensors.shape.b": "Shape of b",
    "tensors.shape.preset.matmul": "(3,4) @ (3,5)",
    "tensors.shape.preset.broadcast": "(2,3) + (4,)",
    "tensors.shape.preset.cat": "cat (2,3) with (2,4)",
    "tensors.shape.preset.seed003": "tutorial: w1 @ x1 (2,2) @ (2,)",
    "tensors.shape.explain": (
        "Shapes are typed like (3, 4). torch checks them on the meta device, where no data is created; "
        "its error message is quoted from the same operation on zeros."
    ),
    "tensors.shape.dim": "dim {dim}",
    "tensors.shape.works": "`{line}` works: the result has shape {shape}.",
    "tensors.shape.ok": "These shapes fit: result {shape}.",
    "tensors.shape.broadcast_clash": (
        "Broadcasting compares sizes from the right. At dim {dim}, a has {a} and b has {b}: they differ and "
        "neither is 1, so neither can be stretched."
    ),
    "tensors.shape.matmul_inner": "A matrix product needs a's last size ({k_a}) to equal b's rows ({k_b}). They differ.",
    "tensors.shape.matmul_batch": "The matrix sizes fit, but the batch dimensions in front do not broadcast.",
    "tensors.shape.matmul_scalar": "A matrix product needs at least one dimension on each side; a scalar has none.",
    "tensors.shape.cat_rank": "cat needs both tensors to have the same number of dimensions ({rank_a} vs {rank_b}).",
    "tensors.shape.cat_mismatch": "cat along dim {dim} needs every other size to match, but dim {bad} differs.",
    "tensors.shape.rule.broadcast": "Rule: line the shapes up on the right; each pair of sizes must be equal or contain a 1.",
    "tensors.shape.rule.matmul": "Rule: (n, k) @ (k, m) → (n, m); a 1-D b counts as a column (k,).",
    "tensors.shape.rule.cat": "Rule: cat adds up the sizes along dim; all other sizes must be equal.",
    "tensors.shape.torch_says": "PyTorch's own message: {message}",
    "tensors.shape.fixes": "**What would fix it** (each checked by torch):",
    "tensors.shape.no_fix": "No simple rewrite fits these shapes; the data itself has to change shape first.",
    "tensors.fix.transpose_a": "transpose a (swap its last two dims)",
    "tensors.fix.transpose_b": "transpose b (swap its last two dims)",
    "tensors.fix.swap": "swap the operands",
    "tensors.fix.swap_transpose": "multiply the other way round: bᵀ first (a different product)",
    "tensors.fix.unsqueeze_a": "add a size-1 dim to a, so it can be stretched",
    "tensors.fix.unsqueeze_b": "add a size-1 dim to b, so it can be stretched",
    "tensors.fix.reshape_b": "reshape b (same elements, new shape)",
    "tensors.fix.cat_dim": "join along the dimension where the sizes differ",
    "tensors.fix.slice_b": "keep only as many elements of b as a has (drops the rest)",
    # errors
    "tensors.err.empty": "The box is empty: type a value.",
    "tensors.err.empty_list": "An empty list has no elements to show; type at least one number.",
    "tensors.err.syntax": "This is not valid Python syntax ({detail}, near character {column}). Check brackets and commas.",
    "tensors.err.dunder": "Names with underscores such as {name} are not allowed: only numbers, lists and t can be used. Nothing was run.",
    "tensors.err.call": "Function calls are not allowed here: type the numbers themselves. Nothing was run.",
    "tensors.err.attribute": "Attributes (x.something) are not allowed here: type numbers and lists only. Nothing was run.",
    "tensors.err.lambda": "lambda functions are not allowed: type numbers and lists only. Nothing was run.",
    "tensors.err.comprehension": "Comprehensions ([x for x in …]) are not allowed: write the list out. Nothing was run.",
    "tensors.err.assignment": "Assignments are not allowed here. Nothing was run.",
    "tensors.err.name": "Unknown name {name}: only numbers (and t in an index) can be used.",
    "tensors.err.not_literal": "This kind of expression ({what}) is not allowed: use numbers, lists and + - * / **.",
    "tensors.err.not_number": "{value} is not a number.",
    "tensors.err.complex": "Complex numbers are not supported in this lab.",
    "tensors.err.list_arithmetic": "Arithmetic on whole lists is not a literal: write out the resulting numbers.",
    "tensors.err.not_finite": "NaN and infinity are not accepted here: they would make every picture and sum meaningless. Use finite numbers.",
    "tensors.err.too_large": "This number is too large (beyond about 1e308, the largest float).",
    "tensors.err.too_deep": "The expression is nested too deeply.",
    "tensors.err.division_by_zero": "Division by zero in the typed numbers.",
    "tensors.err.ragged": "The list is ragged: item {position} has shape {got} but the first has {expected}. Every row needs the same length.",
    "tensors.err.not_integer": "{value} is not a whole number.",
    "tensors.err.negative_size": "Sizes must be positive; got {value}.",
    "tensors.err.two_minus_ones": "Only one size can be -1 (inferred).",
    "tensors.err.unknown_option": "Unknown choice {option}.",
    "tensors.err.random_needs_float": (
        "{function} draws random real numbers, so it needs a floating dtype, not {dtype}. Choose dtype "
        "torch.float32 (the tutorial writes dtype=torch.float)."
    ),
    "tensors.err.zero_step": "The step cannot be 0.",
    "tensors.err.empty_range": "arange({start}, {end}, {step}) would be empty: the step goes away from the end.",
    "tensors.err.grad_needs_float": "Only floating-point tensors can require gradients; this one is {dtype}. Write 1. instead of 1.",
    "tensors.err.index_form": "Write the index as t[...], for example t[1:, ::2].",
    "tensors.err.mask_form": "A mask compares t with a number (t > 5, t % 2 == 0), combined with &, | or ~.",
    "tensors.err.index": "This index does not fit t: {detail}",
    "tensors.err.join_dim": "torch.{how} can use dim from {low} to {high} here; {dim} is out of range.",
    "tensors.err.stack_shapes": "stack needs equal shapes, but a is {a} and b is {b}. Use cat, or make the shapes equal.",
    "tensors.err.shapes": "The shapes {a} and {b} do not fit for {op}.",
    "tensors.err.negative_int_power": "Integers to negative integer powers are not allowed: write the base as a float (2. instead of 2).",
    "tensors.err.mm_2d": "torch.mm only takes 2-D matrices, but a is {a} and b is {b}. Use @ or torch.matmul.",
    "tensors.err.matmul_dtype": "A matrix product needs both dtypes equal ({a} vs {b}). Write all numbers with a decimal point, or use .float().",
    "tensors.err.reduce_dim": "dim={dim} does not exist: this tensor has {rank} dimension(s).",
    "tensors.err.argument_count": "{op} takes {low} to {high} integers; you gave {got}.",
    "tensors.err.transpose_first_2d": "Transposing first needs a 2-D tensor; this one has {rank} dimension(s).",
    "tensors.err.reshape_sizes": "{shape} is not a valid shape: sizes must be positive, with at most one -1.",
    "tensors.err.reshape_count": "Shape {shape} cannot hold the {numel} elements of a {source} tensor: the sizes must multiply to {numel}.",
    "tensors.err.dim_range": "Dimension {dim} is out of range: use {low} to {high}.",
    "tensors.err.permutation": "permute needs each of the {rank} dimensions exactly once; {dims} is not such an order.",
    "tensors.err.flatten_order": "flatten's start_dim ({start}) must come before end_dim ({end}).",
    "tensors.err.needs_dims": "This needs a tensor with at least {rank} dimension: type a list, not a single number.",
    "tensors.err.out_of_range": "{value} does not fit in {dtype} (from {low} to {high}), so torch.tensor refuses it. {hint}",
    "tensors.hint.float_literal": "Whole numbers become int64; write it as a float (1e30, 2.0**63) or choose float64 to go further.",
    "tensors.hint.wider_dtype": (
        "Choose a dtype with a wider range, or smaller numbers. (Converting an existing tensor with .to() "
        "wraps around instead: see Attributes & dtype.)"
    ),
    "tensors.err.bool_sub": (
        "PyTorch refuses - with bool tensors: True − True has no bool answer. Use a ^ b (torch.logical_xor) "
        "to see where two masks differ, ~a (torch.logical_not) to invert one, or convert first: a.int() - b.int()."
    ),
    "tensors.err.bool_matmul": "PyTorch has no matrix product for bool tensors. Convert first: a.float() @ b.float() (or a.int() @ b.int()).",
    "tensors.err.bool_op": "PyTorch does not support {op} on bool tensors ({detail}). Convert first, for example a.int() {op} b.int().",
    "tensors.viewer.empty": (
        "Empty: a dimension of size 0, so there are no values to draw. It is still a valid tensor of shape "
        "{shape}."
    ),
    "tensors.err.index_number": "{value} is too large for an index here: use whole numbers between -{high} and {high}.",
}
