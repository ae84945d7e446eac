"""Tensor Lab texts, English and 简体中文."""

STRINGS = {
    # sections
    "tensors.section": {"en": "Section", "zh": "章节"},
    "tensors.section.create": {"en": "1 · Create", "zh": "1 · 创建"},
    "tensors.section.attributes": {"en": "2 · Attributes & dtype", "zh": "2 · 属性与数据类型"},
    "tensors.section.index": {"en": "3 · Index & slice", "zh": "3 · 索引与切片"},
    "tensors.section.join": {"en": "4 · Join", "zh": "4 · 拼接"},
    "tensors.section.arithmetic": {"en": "5 · Arithmetic", "zh": "5 · 算术运算"},
    "tensors.section.reshape": {"en": "6 · Reshape", "zh": "6 · 变形"},
    "tensors.section.inplace": {"en": "7 · In-place", "zh": "7 · 就地操作"},
    "tensors.section.numpy": {"en": "8 · NumPy bridge", "zh": "8 · NumPy 桥接"},
    "tensors.section.devices": {"en": "9 · Devices", "zh": "9 · 设备"},
    "tensors.section.shape_errors": {"en": "10 · Shape errors", "zh": "10 · 形状错误"},
    "tensors.intro.create": {
        "en": "A tensor can come from a nested list, from a NumPy array, from another tensor, or from a factory "
        "function with a shape. Every cell of the heatmap is one element.",
        "zh": "张量可以来自嵌套列表、NumPy 数组、另一个张量，或者按形状调用工厂函数生成。热力图中的每个格子就是一个元素。",
    },
    "tensors.intro.attributes": {
        "en": "Shape, dtype and device describe a tensor; strides say how many elements to skip in memory to move "
        "one step along each dimension. Converting the dtype can change the values.",
        "zh": "形状、数据类型和设备描述了一个张量；步长（stride）表示沿每个维度走一步，需要在内存中跳过多少个元素。转换数据类型可能会改变数值。",
    },
    "tensors.intro.index": {
        "en": "Type an index on t, as in NumPy. The cells it reads are outlined on t; a basic slice is a view of "
        "the same memory, a mask or a list of indices makes a copy.",
        "zh": "像在 NumPy 中一样对 t 写索引表达式。被读取的格子会在 t 上用边框标出；基本切片是同一块内存的视图，掩码或索引列表会产生副本。",
    },
    "tensors.intro.join": {
        "en": "torch.cat joins along an existing dimension; torch.stack adds a new one. b's values start at 100 "
        "so you can see where they land.",
        "zh": "torch.cat 沿已有维度连接；torch.stack 会新增一个维度。b 的数值从 100 开始，便于看清它们被放到了哪里。",
    },
    "tensors.intro.arithmetic": {
        "en": "Element-wise operators pair up elements (broadcasting stretches size-1 dimensions); @ multiplies "
        "matrices. Reductions collapse a dimension; .item() turns a one-element tensor into a Python number.",
        "zh": "逐元素运算把元素一一配对（广播会拉伸大小为 1 的维度）；@ 做矩阵乘法。归约运算会压缩一个维度；.item() 把只有一个元素的张量变成 Python 数字。",
    },
    "tensors.intro.reshape": {
        "en": "These operations change how the same numbers are indexed. Most return a view that shares storage; "
        "view() needs a memory layout it can reinterpret, reshape() copies when it must.",
        "zh": "这些操作改变的是同一组数字的索引方式。大多数返回共享存储的视图；view() 要求内存布局可以直接重新解释，reshape() 在必要时会复制。",
    },
    "tensors.intro.inplace": {
        "en": "Methods ending in _ change the tensor itself. Everything that shares its memory sees the change; "
        "autograd refuses some in-place changes because it needs the old values.",
        "zh": "以 _ 结尾的方法会直接修改张量本身。所有与它共享内存的对象都会看到变化；自动求导会拒绝某些就地修改，因为它需要旧的数值。",
    },
    "tensors.intro.numpy": {
        "en": "t.numpy() and torch.from_numpy(n) share memory: change one and the other changes too. "
        "torch.tensor(n) copies.",
        "zh": "t.numpy() 和 torch.from_numpy(n) 共享内存：改变其中一个，另一个也会变。torch.tensor(n) 则会复制数据。",
    },
    "tensors.intro.devices": {
        "en": "x.to(device) copies the tensor to another device (a GPU), or returns x itself when it is already there. "
        "The device comes from the sidebar.",
        "zh": "x.to(device) 会把张量复制到另一个设备（如 GPU）上；如果张量已经在该设备上，则直接返回 x 本身。设备在侧边栏中选择。",
    },
    "tensors.intro.shape_errors": {
        "en": "When shapes do not fit, PyTorch stops with an error. Here the shapes are lined up, the dimension "
        "at fault is marked, and rewrites that torch accepts are proposed.",
        "zh": "当形状不匹配时，PyTorch 会报错停止。这里把两个形状对齐，标出出错的维度，并给出 torch 能接受的改写方式。",
    },
    # common
    "tensors.yes": {"en": "yes", "zh": "是"},
    "tensors.no": {"en": "no", "zh": "否"},
    "tensors.result": {"en": "Result", "zh": "结果"},
    "tensors.preset": {"en": "Example", "zh": "示例"},
    "tensors.dim": {"en": "Dimension (dim)", "zh": "维度（dim）"},
    "tensors.dims": {"en": "Number of dimensions", "zh": "维度数"},
    "tensors.size_of_dim": {"en": "Size of dim {dim}", "zh": "第 {dim} 维大小"},
    "tensors.dtype": {"en": "dtype", "zh": "数据类型（dtype）"},
    "tensors.start": {"en": "start", "zh": "起点（start）"},
    "tensors.end": {"en": "end", "zh": "终点（end）"},
    "tensors.step": {"en": "step", "zh": "步长（step）"},
    "tensors.steps": {"en": "steps (number of points)", "zh": "点数（steps）"},
    "tensors.fill": {"en": "Fill value", "zh": "填充值"},
    "tensors.literal_help": {
        "en": "A number or a nested list of numbers, e.g. [[1, 2], [3, 4]]. Only numbers and + - * / ** are "
        "allowed; nothing you type is executed.",
        "zh": "一个数字或数字的嵌套列表，例如 [[1, 2], [3, 4]]。只允许数字和 + - * / **；输入的内容不会被执行。",
    },
    "tensors.viewer.attributes": {
        "en": "shape {shape} · dtype {dtype} · device {device} · stride {stride} · contiguous: {contiguous} · "
        "{element_size} B per element · {nbytes} B of data · storage {storage} B · requires_grad: {grad}",
        "zh": "形状 {shape} · 类型 {dtype} · 设备 {device} · 步长 {stride} · 连续：{contiguous} · "
        "每个元素 {element_size} 字节 · 数据 {nbytes} 字节 · 存储 {storage} 字节 · requires_grad：{grad}",
    },
    "tensors.viewer.summarized": {
        "en": "Summarized: every {step}th row and column, {shown} of {slices} slices drawn.",
        "zh": "已概括显示：每隔 {step} 行/列取一个，绘制了 {slices} 个切片中的 {shown} 个。",
    },
    "tensors.viewer.array": {
        "en": "NumPy array · shape {shape} · dtype {dtype} · strides {strides} bytes",
        "zh": "NumPy 数组 · 形状 {shape} · 类型 {dtype} · 步长 {strides} 字节",
    },
    "tensors.shared.yes": {
        "en": "🔗 **{a}** and **{b}** share memory (same storage address, checked with torch).",
        "zh": "🔗 **{a}** 与 **{b}** 共享内存（存储地址相同，已用 torch 核对）。",
    },
    "tensors.shared.no": {
        "en": "📄 **{a}** and **{b}** do not share memory: each has its own copy.",
        "zh": "📄 **{a}** 与 **{b}** 不共享内存：各自拥有一份副本。",
    },
    # create
    "tensors.create.mode": {"en": "Make it", "zh": "创建方式"},
    "tensors.create.mode.data": {"en": "from data", "zh": "来自数据"},
    "tensors.create.mode.numpy": {"en": "from NumPy", "zh": "来自 NumPy"},
    "tensors.create.mode.like": {"en": "from another tensor", "zh": "来自另一个张量"},
    "tensors.create.mode.factory": {"en": "random or constant", "zh": "随机值或常数"},
    "tensors.create.data": {"en": "Data (nested list)", "zh": "数据（嵌套列表）"},
    "tensors.create.like": {"en": "Function", "zh": "函数"},
    "tensors.create.factory": {"en": "Factory function", "zh": "工厂函数"},
    "tensors.create.shape_is": {"en": "shape = {shape}", "zh": "形状 shape = {shape}"},
    "tensors.create.explain.data": {
        "en": "torch.tensor copies the data and infers the dtype: whole numbers give int64, any decimal point gives float32.",
        "zh": "torch.tensor 会复制数据并推断数据类型：全是整数时为 int64，只要有小数点就是 float32。",
    },
    "tensors.create.explain.numpy": {
        "en": "torch.from_numpy keeps NumPy's dtype (int64 or float64) and uses the array's own memory.",
        "zh": "torch.from_numpy 保留 NumPy 的数据类型（int64 或 float64），并直接使用数组自己的内存。",
    },
    "tensors.create.explain.like": {
        "en": "*_like functions copy the shape (and the dtype, unless you override it). rand_like needs a "
        "floating dtype, so integer data needs dtype=torch.float.",
        "zh": "*_like 函数会沿用原张量的形状（以及数据类型，除非你显式覆盖）。rand_like 需要浮点类型，所以整数数据要加 dtype=torch.float。",
    },
    "tensors.create.explain.factory": {
        "en": "The shape is a tuple of sizes, like shape = (2, 3,). Random tensors use the sidebar's seed, so the "
        "same seed gives the same numbers.",
        "zh": "形状是由各维大小组成的元组，例如 shape = (2, 3,)。随机张量使用侧边栏中的随机种子，相同的种子得到相同的数字。",
    },
    "tensors.dtype_opt.auto": {"en": "inferred by torch", "zh": "由 torch 推断"},
    "tensors.dtype_opt.keep": {"en": "keep the source's", "zh": "保留原张量的类型"},
    **{
        f"tensors.dtype_opt.{name}": {"en": f"torch.{name}", "zh": f"torch.{name}（{zh}）"}
        for name, zh in {
            "float32": "单精度浮点",
            "float64": "双精度浮点",
            "float16": "半精度浮点",
            "bfloat16": "脑浮点",
            "int64": "64 位整数",
            "int32": "32 位整数",
            "int16": "16 位整数",
            "int8": "8 位整数",
            "uint8": "8 位无符号整数",
            "bool": "布尔",
        }.items()
    },
    # presets
    "tensors.preset.seed000_x_data": {
        "en": "tutorial: x_data = [[1, 2], [3, 4]]",
        "zh": "教程：x_data = [[1, 2], [3, 4]]",
    },
    "tensors.preset.seed001_x": {"en": "tutorial: x = [1, 2, 3]", "zh": "教程：x = [1, 2, 3]"},
    "tensors.preset.seed001_c": {
        "en": "tutorial: c = [[1, 2, 3], [4, 5, 6]]",
        "zh": "教程：c = [[1, 2, 3], [4, 5, 6]]",
    },
    "tensors.preset.seed003_w1": {"en": "tutorial: w1 (corrected)", "zh": "教程：w1（已更正）"},
    "tensors.preset.floats": {"en": "decimals, one large", "zh": "小数，含一个大数"},
    "tensors.preset.cube": {"en": "a 2×2×2 cube", "zh": "2×2×2 立方体"},
    "tensors.preset.seed001_add": {"en": "tutorial: a + b", "zh": "教程：a + b"},
    "tensors.preset.seed001_mul": {"en": "tutorial: a * b", "zh": "教程：a * b"},
    "tensors.preset.broadcast_row": {"en": "broadcast a row", "zh": "广播一行"},
    "tensors.preset.broadcast_column": {"en": "column × row", "zh": "列 × 行"},
    "tensors.preset.seed003_matmul": {
        "en": "tutorial: torch.matmul(w1, x1) (corrected)",
        "zh": "教程：torch.matmul(w1, x1)（已更正）",
    },
    "tensors.preset.matrix_product": {"en": "matrix product (2,3) @ (3,2)", "zh": "矩阵乘法 (2,3) @ (3,2)"},
    "tensors.preset.shape_error": {"en": "shapes that clash", "zh": "形状冲突"},
    "tensors.preset.seed000_sum": {"en": "tutorial: tensor.sum().item()", "zh": "教程：tensor.sum().item()"},
    "tensors.preset.seed001_mean": {"en": "tutorial: a.mean() (corrected)", "zh": "教程：a.mean()（已更正）"},
    "tensors.preset.grid_max": {"en": "max along a dimension", "zh": "沿某一维取最大值"},
    "tensors.correction.seed003_w1": {
        "en": "Corrected from the tutorial: torch.tensor([2,0](2,0)) is a syntax bug (it calls a list). We read it "
        "as the 2×2 matrix [[2., 0.], [2., 0.]], with decimal points so that autograd can use it.",
        "zh": "已更正教程中的代码：torch.tensor([2,0](2,0)) 是语法错误（它在“调用”一个列表）。这里按 2×2 矩阵 "
        "[[2., 0.], [2., 0.]] 理解，并写成小数，这样自动求导才能使用它。",
    },
    "tensors.correction.seed003_matmul": {
        "en": "Corrected from the tutorial: w1 = torch.tensor([2,0](2,0)) does not run; we use w1 = [[2., 0.], [2., 0.]] "
        "and x1 = [1., 2.] as floats (autograd needs floating point), and the sidebar's device instead of .cuda().",
        "zh": "已更正教程中的代码：w1 = torch.tensor([2,0](2,0)) 无法运行；这里使用 w1 = [[2., 0.], [2., 0.]] 和 "
        "x1 = [1., 2.]，均为浮点数（自动求导需要浮点类型），并用侧边栏选择的设备代替 .cuda()。",
    },
    "tensors.correction.seed001_mean": {
        "en": "Corrected from the tutorial: a = torch.tensor([1, 2, 3]) holds integers and a.mean() fails on them; "
        "the lab runs a.float().mean().",
        "zh": "已更正教程中的代码：a = torch.tensor([1, 2, 3]) 是整数张量，a.mean() 会报错；本实验室运行的是 a.float().mean()。",
    },
    # attributes
    "tensors.attr.requires_grad": {"en": "requires_grad=True", "zh": "requires_grad=True（需要梯度）"},
    "tensors.attr.target": {"en": "Convert to dtype", "zh": "转换为数据类型"},
    "tensors.attr.explain": {
        "en": "The stride of a row-major 2-D tensor is (number of columns, 1). element_size is the bytes per "
        "element: 8 for int64 and float64, 4 for float32, 2 for float16, 1 for int8 and bool.",
        "zh": "按行存储的二维张量，其步长为（列数, 1）。element_size 是每个元素占用的字节数：int64 和 float64 为 8，"
        "float32 为 4，float16 为 2，int8 和 bool 为 1。",
    },
    "tensors.attr.changed": {
        "en": "**{changed} of {total}** values changed in the conversion (largest change {max_change}).",
        "zh": "转换中有 **{total} 个中的 {changed} 个** 数值发生了变化（最大变化 {max_change}）。",
    },
    "tensors.conv.same": {
        "en": "Same dtype: .to() returns the tensor itself.",
        "zh": "数据类型相同：.to() 直接返回张量本身。",
    },
    "tensors.conv.to_bool": {
        "en": "To bool: zero becomes False, anything else True.",
        "zh": "转为布尔：0 变为 False，其他值都变为 True。",
    },
    "tensors.conv.truncated": {
        "en": "Float to integer drops the fractional part, toward zero: 1.5 → 1, -2.7 → -2 (not rounding).",
        "zh": "浮点转整数会向零截断小数部分：1.5 → 1，-2.7 → -2（不是四舍五入）。",
    },
    "tensors.conv.overflow": {
        "en": "Some values are outside this type's range [{low}, {high}]: they wrap around or come out undefined.",
        "zh": "部分数值超出了该类型的范围 [{low}, {high}]：它们会回绕，或得到不确定的结果。",
    },
    "tensors.conv.rounded": {
        "en": "{dtype} keeps fewer digits: values are rounded to the nearest representable number (relative step about {eps}).",
        "zh": "{dtype} 保留的有效数字更少：数值会被舍入到最接近的可表示数（相对间隔约为 {eps}）。",
    },
    "tensors.conv.float_overflow": {
        "en": "Values above {high} do not fit and become inf.",
        "zh": "大于 {high} 的数值无法表示，会变成 inf。",
    },
    "tensors.conv.int_to_float": {
        "en": "Integers become floating point; small whole numbers are exact.",
        "zh": "整数变为浮点数；较小的整数可以被精确表示。",
    },
    "tensors.conv.grad_lost": {
        "en": "An integer tensor cannot require gradients: the result has requires_grad=False.",
        "zh": "整数张量不能要求梯度：结果的 requires_grad 为 False。",
    },
    "tensors.conv.exact": {
        "en": "Every value survived the conversion exactly.",
        "zh": "所有数值都被精确地保留了下来。",
    },
    # index
    "tensors.index.examples": {"en": "Examples", "zh": "示例"},
    "tensors.index.expression": {"en": "Index expression on t", "zh": "对 t 的索引表达式"},
    "tensors.index.help": {
        "en": "Write t[...] with integers, slices (1:3, ::2), ..., None, a list of integers, or a mask such as "
        "t > 5, (t % 2 == 0) | (t < 3). Nothing you type is executed.",
        "zh": "写成 t[...]，可使用整数、切片（1:3、::2）、...、None、整数列表，或者掩码，例如 t > 5、(t % 2 == 0) | (t < 3)。输入的内容不会被执行。",
    },
    "tensors.index.source": {"en": "t (selected cells outlined)", "zh": "t（被选中的格子带边框）"},
    "tensors.index.explain": {
        "en": "t = torch.arange(n).reshape(shape): each cell shows its own position in memory.",
        "zh": "t = torch.arange(n).reshape(shape)：每个格子显示的正是它在内存中的位置。",
    },
    "tensors.index.view": {
        "en": "`{expression}` reads **{count}** cells and is a **view**: it shares t's storage, so writing to it writes to t.",
        "zh": "`{expression}` 读取了 **{count}** 个格子，是一个**视图**：它与 t 共享存储，向它写入就是向 t 写入。",
    },
    "tensors.index.copy": {
        "en": "`{expression}` reads **{count}** cells and is a **copy** (advanced indexing): changing it leaves t alone.",
        "zh": "`{expression}` 读取了 **{count}** 个格子，是一个**副本**（高级索引）：修改它不会影响 t。",
    },
    # join
    "tensors.join.how": {"en": "Join with", "zh": "拼接方式"},
    "tensors.join.a": {"en": "**a** (values 0, 1, 2, …)", "zh": "**a**（数值 0, 1, 2, …）"},
    "tensors.join.b": {"en": "**b** (values 100, 101, …)", "zh": "**b**（数值 100, 101, …）"},
    "tensors.join.explain.cat": {
        "en": "cat: all sizes must match except along dim, where they add up.",
        "zh": "cat：除 dim 这一维外，其他各维大小必须相同；dim 这一维的大小相加。",
    },
    "tensors.join.explain.stack": {
        "en": "stack: both shapes must be equal; a new dimension of size 2 appears at dim.",
        "zh": "stack：两个形状必须完全相同；在 dim 处会新增一个大小为 2 的维度。",
    },
    "tensors.join.shapes": {
        "en": "torch.{how}: a {a} and b {b} along dim={dim} → **{result}**",
        "zh": "torch.{how}：a {a} 与 b {b} 沿 dim={dim} → **{result}**",
    },
    # arithmetic
    "tensors.arith.part": {"en": "Part", "zh": "内容"},
    "tensors.arith.part.combine": {
        "en": "a ∘ b (element-wise, matrix product)",
        "zh": "a ∘ b（逐元素、矩阵乘法）",
    },
    "tensors.arith.part.reduce": {"en": "reductions and .item()", "zh": "归约与 .item()"},
    "tensors.arith.a": {"en": "a", "zh": "张量 a"},
    "tensors.arith.b": {"en": "b", "zh": "张量 b"},
    "tensors.arith.op": {"en": "Operator", "zh": "运算符"},
    "tensors.arith.explain.elementwise": {
        "en": "Element-wise: each result cell combines the cells at the same position, after broadcasting.",
        "zh": "逐元素运算：广播之后，结果的每个格子由两个张量同一位置的格子计算得到。",
    },
    "tensors.arith.explain.matrix": {
        "en": "Matrix product: each result cell is the dot product of a row of a with a column of b. mm only takes 2-D.",
        "zh": "矩阵乘法：结果的每个格子是 a 的一行与 b 的一列的点积。mm 只接受二维张量。",
    },
    "tensors.arith.matmul_rule": {
        "en": "Matrix product: a {a} @ b {b} → **{result}** (a's last size must equal b's first matrix size).",
        "zh": "矩阵乘法：a {a} @ b {b} → **{result}**（a 的最后一维必须等于 b 参与相乘的那一维）。",
    },
    "tensors.arith.step_align": {
        "en": "Align the shapes from the right: a {a}, b {b}.",
        "zh": "从右侧对齐两个形状：a {a}，b {b}。",
    },
    "tensors.arith.step_pad": {
        "en": "Pad the shorter shape with 1s on the left: a {a}, b {b}.",
        "zh": "在较短形状的左侧补 1：a {a}，b {b}。",
    },
    "tensors.arith.step_stretch": {
        "en": "Stretch every size-1 dimension to the other size: the result is {result}.",
        "zh": "把每个大小为 1 的维度拉伸到另一方的大小：结果形状为 {result}。",
    },
    "tensors.arith.stretched": {
        "en": "**Stretched without copying** — expand() makes a view whose stretched dimensions have stride 0:",
        "zh": "**拉伸而不复制**——expand() 生成一个视图，被拉伸维度的步长为 0：",
    },
    "tensors.arith.broadcast_legend": {
        "en": "Italic 1 = a dimension added on the left; → ↔ = a size-1 dimension stretched (repeated without copying).",
        "zh": "斜体 1 = 在左侧补上的维度；→ ↔ = 被拉伸的大小为 1 的维度（重复使用而不复制）。",
    },
    "tensors.note.true_division": {
        "en": "/ on integers is true division: the result is float32. Use // for integer division.",
        "zh": "整数之间的 / 是真除法：结果为 float32。整除请用 //。",
    },
    "tensors.note.division_by_zero": {
        "en": "Dividing by zero gives inf (or nan for 0/0) — no error is raised.",
        "zh": "除以 0 会得到 inf（0/0 得到 nan），不会报错。",
    },
    "tensors.reduce.how": {"en": "Reduction", "zh": "归约运算"},
    "tensors.reduce.explain": {
        "en": "Along a dim, that dimension disappears (or stays with size 1 with keepdim=True). max and min along a "
        "dim also return where the extreme was (indices).",
        "zh": "沿某个维度归约后，该维度会消失（keepdim=True 时保留为大小 1）。沿维度的 max 和 min 还会返回极值所在的位置（indices）。",
    },
    "tensors.reduce.result": {"en": "a.{how}(…)", "zh": "a.{how}(…) 的结果"},
    "tensors.reduce.indices": {"en": "indices", "zh": "索引（indices）"},
    "tensors.reduce.item": {"en": ".item() → Python number", "zh": ".item() → Python 数字"},
    "tensors.reduce.no_item": {
        "en": ".item() only works on a one-element tensor; this result has {numel} elements.",
        "zh": ".item() 只能用于只有一个元素的张量；这个结果有 {numel} 个元素。",
    },
    "tensors.reduce.corrected": {
        "en": "mean() needs floating point: the integer tensor is converted with .float() first (a.mean() would fail).",
        "zh": "mean() 需要浮点类型：整数张量先用 .float() 转换（直接 a.mean() 会报错）。",
    },
    # reshape
    "tensors.reshape.op": {"en": "Operation", "zh": "操作"},
    "tensors.reshape.transpose_first": {
        "en": "Transpose x first (x = x.t(), not contiguous)",
        "zh": "先转置 x（x = x.t()，内存不连续）",
    },
    "tensors.reshape.argument": {"en": "Arguments", "zh": "参数"},
    "tensors.reshape.argument_help": {
        "en": "Integers separated by commas, e.g. 3, 2 or -1 (one size inferred). Leave empty for none.",
        "zh": "用逗号分隔的整数，例如 3, 2 或 -1（自动推断一个维度大小）。不需要参数时留空。",
    },
    "tensors.reshape.explain.reshape": {
        "en": "reshape: same elements, new shape; a view when possible, otherwise a copy.",
        "zh": "reshape：元素不变，形状改变；能返回视图时返回视图，否则复制。",
    },
    "tensors.reshape.explain.view": {
        "en": "view: always a view; fails when the strides cannot express the new shape (e.g. after a transpose).",
        "zh": "view：总是返回视图；当步长无法表达新形状时（例如转置之后）会失败。",
    },
    "tensors.reshape.explain.squeeze": {
        "en": "squeeze: removes dimensions of size 1 (all of them, or the one you name).",
        "zh": "squeeze：去掉大小为 1 的维度（全部去掉，或只去掉指定的那一维）。",
    },
    "tensors.reshape.explain.unsqueeze": {
        "en": "unsqueeze(d): inserts a dimension of size 1 at position d.",
        "zh": "unsqueeze(d)：在位置 d 插入一个大小为 1 的维度。",
    },
    "tensors.reshape.explain.flatten": {
        "en": "flatten(start, end): merges dimensions start…end into one.",
        "zh": "flatten(start, end)：把从 start 到 end 的维度合并为一维。",
    },
    "tensors.reshape.explain.permute": {
        "en": "permute: reorders all dimensions; only the strides change, no data moves.",
        "zh": "permute：重新排列所有维度；只改变步长，数据不移动。",
    },
    "tensors.reshape.explain.transpose": {
        "en": "transpose(d0, d1): swaps two dimensions by swapping their strides.",
        "zh": "transpose(d0, d1)：通过交换步长来交换两个维度。",
    },
    "tensors.reshape.explain.contiguous": {
        "en": "contiguous: returns x itself when its layout is already row-major, otherwise a row-major copy.",
        "zh": "contiguous：若内存布局已是按行连续，直接返回 x 本身；否则返回一份按行连续的副本。",
    },
    "tensors.reshape.view_failed": {
        "en": "view() fails here: x has shape {shape} but strides {stride}, so its elements are not laid out row by "
        "row in memory and no strides can describe the new shape. Use x.reshape(…) (it copies) or "
        "x.contiguous().view(…).",
        "zh": "这里 view() 会失败：x 的形状为 {shape}，步长却是 {stride}，元素在内存中不是按行依次排列的，"
        "任何步长都无法描述新形状。请改用 x.reshape(…)（会复制）或 x.contiguous().view(…)。",
    },
    "tensors.reshape.shares": {
        "en": "🔗 `{call}` **shares storage** with x (a view: same untyped_storage().data_ptr()).",
        "zh": "🔗 `{call}` 与 x **共享存储**（视图：untyped_storage().data_ptr() 相同）。",
    },
    "tensors.reshape.copies": {
        "en": "📄 `{call}` **copied** the data into new storage.",
        "zh": "📄 `{call}` 把数据**复制**到了新的存储中。",
    },
    # in-place
    "tensors.inplace.op": {"en": "In-place operation on t", "zh": "对 t 的就地操作"},
    "tensors.inplace.value": {"en": "Value", "zh": "数值"},
    "tensors.inplace.case": {"en": "Autograd case", "zh": "自动求导情形"},
    "tensors.inplace.case.leaf": {"en": "on a leaf that requires grad", "zh": "作用于需要梯度的叶子张量"},
    "tensors.inplace.case.saved": {
        "en": "on a tensor saved for backward",
        "zh": "作用于反向传播需要保存的张量",
    },
    "tensors.inplace.case.no_grad": {"en": "inside torch.no_grad()", "zh": "在 torch.no_grad() 中"},
    "tensors.inplace.explain": {
        "en": "v = t[0] is a view and n = t.numpy() shares t's memory; c = t.clone() is a copy.",
        "zh": "v = t[0] 是视图，n = t.numpy() 与 t 共享内存；c = t.clone() 是副本。",
    },
    "tensors.inplace.who.t": {"en": "t (after)", "zh": "t（修改后）"},
    "tensors.inplace.who.v": {"en": "v = t[0]", "zh": "v = t[0]"},
    "tensors.inplace.who.n": {"en": "n = t.numpy()", "zh": "n = t.numpy()"},
    "tensors.inplace.who.c": {"en": "c = t.clone()", "zh": "c = t.clone()"},
    "tensors.inplace.changed": {"en": "**changed**", "zh": "**已改变**"},
    "tensors.inplace.unchanged": {"en": "unchanged", "zh": "未改变"},
    "tensors.inplace.shared": {"en": "shares t's memory", "zh": "与 t 共享内存"},
    "tensors.inplace.own": {"en": "own memory", "zh": "独立内存"},
    "tensors.inplace.autograd": {"en": "In-place and autograd", "zh": "就地操作与自动求导"},
    "tensors.inplace.case_explain.leaf": {
        "en": "A leaf that requires grad is what autograd differentiates with respect to; changing it in place "
        "would break the graph, so torch refuses.",
        "zh": "需要梯度的叶子张量是自动求导求导的对象；就地修改它会破坏计算图，所以 torch 会拒绝。",
    },
    "tensors.inplace.case_explain.saved": {
        "en": "exp() saves its output to compute the gradient; changing that output in place makes the saved "
        "value stale, and backward() refuses.",
        "zh": "exp() 会保存它的输出用于计算梯度；就地修改这个输出会使保存的值失效，backward() 会拒绝执行。",
    },
    "tensors.inplace.case_explain.no_grad": {
        "en": "Inside torch.no_grad() nothing is recorded, so updating weights in place is allowed — this is how "
        "optimizers step.",
        "zh": "在 torch.no_grad() 中不记录任何操作，因此允许就地更新权重——优化器正是这样更新参数的。",
    },
    "tensors.inplace.refused": {"en": "torch refused: {message}", "zh": "torch 拒绝执行：{message}"},
    "tensors.inplace.allowed": {"en": "Allowed: it ran without error.", "zh": "允许：运行没有报错。"},
    # bridge
    "tensors.bridge.direction": {"en": "Connect them with", "zh": "连接方式"},
    "tensors.bridge.direction.numpy": {"en": "n = t.numpy()", "zh": "n = t.numpy()（共享）"},
    "tensors.bridge.direction.from_numpy": {
        "en": "t = torch.from_numpy(n)",
        "zh": "t = torch.from_numpy(n)（共享）",
    },
    "tensors.bridge.direction.tensor": {"en": "t = torch.tensor(n)", "zh": "t = torch.tensor(n)（复制）"},
    "tensors.bridge.side": {"en": "Change in place", "zh": "就地修改"},
    "tensors.bridge.side.tensor": {"en": "the tensor: t.add_(…)", "zh": "张量：t.add_(…)"},
    "tensors.bridge.side.array": {"en": "the array: np.add(n, …, out=n)", "zh": "数组：np.add(n, …, out=n)"},
    "tensors.bridge.amount": {"en": "Add", "zh": "加上"},
    "tensors.bridge.explain.numpy": {
        "en": "t.numpy() gives an array over the tensor's own memory (CPU tensors only).",
        "zh": "t.numpy() 返回一个直接使用张量内存的数组（仅限 CPU 张量）。",
    },
    "tensors.bridge.explain.from_numpy": {
        "en": "torch.from_numpy(n) wraps the array's memory in a tensor; no copy is made.",
        "zh": "torch.from_numpy(n) 把数组的内存包装成张量，不做复制。",
    },
    "tensors.bridge.explain.tensor": {
        "en": "torch.tensor(n) always copies: the two live apart from then on.",
        "zh": "torch.tensor(n) 总是复制数据：从此两者互不影响。",
    },
    "tensors.bridge.before": {"en": "**Before**", "zh": "**修改前**"},
    "tensors.bridge.after": {"en": "**After** changing {side}", "zh": "**修改后**（修改了{side}）"},
    # devices
    "tensors.device.target": {
        "en": "Target device (sidebar): **{name}**",
        "zh": "目标设备（侧边栏）：**{name}**",
    },
    "tensors.device.cpu_only": {
        "en": "This machine has no CUDA GPU, so the only device is the CPU: x.to('cpu') returns x itself. "
        "On a machine with a GPU, pick it in the sidebar to see a real copy.",
        "zh": "本机没有 CUDA GPU，唯一的设备是 CPU：x.to('cpu') 直接返回 x 本身。在有 GPU 的机器上，在侧边栏选择它即可看到真正的复制。",
    },
    "tensors.device.explain": {
        "en": "Tensors are created on the CPU by default. Operations need their tensors on the same device.",
        "zh": "张量默认创建在 CPU 上。参与运算的张量必须位于同一设备。",
    },
    "tensors.device.same_object": {
        "en": "x is already on {device}: .to() returned **the same tensor**, no copy.",
        "zh": "x 已经在 {device} 上：.to() 返回的是**同一个张量**，没有复制。",
    },
    "tensors.device.copied": {
        "en": "The data was **copied** to {device}: a new tensor in that device's memory.",
        "zh": "数据已被**复制**到 {device}：这是位于该设备内存中的新张量。",
    },
    # shape errors
    "tensors.shape.op": {"en": "Operation", "zh": "运算"},
    "tensors.shape.a": {"en": "Shape of a", "zh": "a 的形状"},
    "tensors.shape.b": {"en": "Shape of b", "zh": "b 的形状"},
    "tensors.shape.preset.matmul": {"en": "(3,4) @ (3,5)", "zh": "(3,4) @ (3,5) 矩阵乘法"},
    "tensors.shape.preset.broadcast": {"en": "(2,3) + (4,)", "zh": "(2,3) + (4,) 广播"},
    "tensors.shape.preset.cat": {"en": "cat (2,3) with (2,4)", "zh": "cat 拼接 (2,3) 与 (2,4)"},
    "tensors.shape.preset.seed003": {
        "en": "tutorial: w1 @ x1 (2,2) @ (2,)",
        "zh": "教程：w1 @ x1 (2,2) @ (2,)",
    },
    "tensors.shape.explain": {
        "en": "Shapes are typed like (3, 4). torch checks them on the meta device, where no data is created; "
        "its error message is quoted from the same operation on zeros.",
        "zh": "形状按 (3, 4) 这样的格式输入。torch 在 meta 设备上检查形状，不会创建任何数据；"
        "报错信息取自用全零张量执行同一运算的结果。",
    },
    "tensors.shape.dim": {"en": "dim {dim}", "zh": "维 {dim}"},
    "tensors.shape.works": {
        "en": "`{line}` works: the result has shape {shape}.",
        "zh": "`{line}` 可以运行：结果形状为 {shape}。",
    },
    "tensors.shape.ok": {"en": "These shapes fit: result {shape}.", "zh": "这两个形状匹配：结果为 {shape}。"},
    "tensors.shape.broadcast_clash": {
        "en": "Broadcasting compares sizes from the right. At dim {dim}, a has {a} and b has {b}: they differ and "
        "neither is 1, so neither can be stretched.",
        "zh": "广播从右往左比较各维大小。在维 {dim} 上，a 是 {a}，b 是 {b}：两者不相等且都不是 1，因此都无法被拉伸。",
    },
    "tensors.shape.matmul_inner": {
        "en": "A matrix product needs a's last size ({k_a}) to equal b's rows ({k_b}). They differ.",
        "zh": "矩阵乘法要求 a 的最后一维大小（{k_a}）等于 b 的行数（{k_b}）。两者不相等。",
    },
    "tensors.shape.matmul_batch": {
        "en": "The matrix sizes fit, but the batch dimensions in front do not broadcast.",
        "zh": "矩阵部分的大小匹配，但前面的批次维度无法广播。",
    },
    "tensors.shape.matmul_scalar": {
        "en": "A matrix product needs at least one dimension on each side; a scalar has none.",
        "zh": "矩阵乘法要求两边都至少有一个维度；标量没有维度。",
    },
    "tensors.shape.cat_rank": {
        "en": "cat needs both tensors to have the same number of dimensions ({rank_a} vs {rank_b}).",
        "zh": "cat 要求两个张量的维度数相同（{rank_a} 与 {rank_b}）。",
    },
    "tensors.shape.cat_mismatch": {
        "en": "cat along dim {dim} needs every other size to match, but dim {bad} differs.",
        "zh": "沿维 {dim} 做 cat 时，其他各维大小必须相同，但第 {bad} 维不同。",
    },
    "tensors.shape.rule.broadcast": {
        "en": "Rule: line the shapes up on the right; each pair of sizes must be equal or contain a 1.",
        "zh": "规则：把形状靠右对齐；每一对大小必须相等，或其中之一为 1。",
    },
    "tensors.shape.rule.matmul": {
        "en": "Rule: (n, k) @ (k, m) → (n, m); a 1-D b counts as a column (k,).",
        "zh": "规则：(n, k) @ (k, m) → (n, m)；一维的 b 视作列向量 (k,)。",
    },
    "tensors.shape.rule.cat": {
        "en": "Rule: cat adds up the sizes along dim; all other sizes must be equal.",
        "zh": "规则：cat 沿 dim 把大小相加；其他各维大小必须相同。",
    },
    "tensors.shape.torch_says": {
        "en": "PyTorch's own message: {message}",
        "zh": "PyTorch 原始报错信息：{message}",
    },
    "tensors.shape.fixes": {
        "en": "**What would fix it** (each checked by torch):",
        "zh": "**可以这样修正**（均已由 torch 验证）：",
    },
    "tensors.shape.no_fix": {
        "en": "No simple rewrite fits these shapes; the data itself has to change shape first.",
        "zh": "没有简单的改写能让这两个形状匹配；需要先改变数据本身的形状。",
    },
    "tensors.fix.transpose_a": {
        "en": "transpose a (swap its last two dims)",
        "zh": "转置 a（交换最后两个维度）",
    },
    "tensors.fix.transpose_b": {
        "en": "transpose b (swap its last two dims)",
        "zh": "转置 b（交换最后两个维度）",
    },
    "tensors.fix.swap": {"en": "swap the operands", "zh": "交换两个操作数的位置"},
    "tensors.fix.swap_transpose": {
        "en": "multiply the other way round: bᵀ first (a different product)",
        "zh": "换个顺序相乘：先写 bᵀ（得到的是另一个乘积）",
    },
    "tensors.fix.unsqueeze_a": {
        "en": "add a size-1 dim to a, so it can be stretched",
        "zh": "给 a 增加一个大小为 1 的维度，使其可被拉伸",
    },
    "tensors.fix.unsqueeze_b": {
        "en": "add a size-1 dim to b, so it can be stretched",
        "zh": "给 b 增加一个大小为 1 的维度，使其可被拉伸",
    },
    "tensors.fix.reshape_b": {
        "en": "reshape b (same elements, new shape)",
        "zh": "改变 b 的形状（元素不变）",
    },
    "tensors.fix.cat_dim": {
        "en": "join along the dimension where the sizes differ",
        "zh": "沿大小不同的那一维拼接",
    },
    "tensors.fix.slice_b": {
        "en": "keep only as many elements of b as a has (drops the rest)",
        "zh": "只保留 b 中与 a 对应数量的元素（丢弃其余）",
    },
    # errors
    "tensors.err.empty": {"en": "The box is empty: type a value.", "zh": "输入框是空的：请输入内容。"},
    "tensors.err.empty_list": {
        "en": "An empty list has no elements to show; type at least one number.",
        "zh": "空列表没有可显示的元素；请至少输入一个数字。",
    },
    "tensors.err.syntax": {
        "en": "This is not valid Python syntax ({detail}, near character {column}). Check brackets and commas.",
        "zh": "这不是合法的 Python 语法（{detail}，大约在第 {column} 个字符处）。请检查括号和逗号。",
    },
    "tensors.err.dunder": {
        "en": "Names with underscores such as {name} are not allowed: only numbers, lists and t can be used. Nothing was run.",
        "zh": "不允许使用 {name} 这类带下划线的名字：只能使用数字、列表和 t。没有执行任何代码。",
    },
    "tensors.err.call": {
        "en": "Function calls are not allowed here: type the numbers themselves. Nothing was run.",
        "zh": "这里不允许调用函数：请直接输入数字。没有执行任何代码。",
    },
    "tensors.err.attribute": {
        "en": "Attributes (x.something) are not allowed here: type numbers and lists only. Nothing was run.",
        "zh": "这里不允许访问属性（x.something）：只能输入数字和列表。没有执行任何代码。",
    },
    "tensors.err.lambda": {
        "en": "lambda functions are not allowed: type numbers and lists only. Nothing was run.",
        "zh": "不允许使用 lambda 函数：只能输入数字和列表。没有执行任何代码。",
    },
    "tensors.err.comprehension": {
        "en": "Comprehensions ([x for x in …]) are not allowed: write the list out. Nothing was run.",
        "zh": "不允许使用推导式（[x for x in …]）：请把列表完整写出来。没有执行任何代码。",
    },
    "tensors.err.assignment": {
        "en": "Assignments are not allowed here. Nothing was run.",
        "zh": "这里不允许赋值。没有执行任何代码。",
    },
    "tensors.err.name": {
        "en": "Unknown name {name}: only numbers (and t in an index) can be used.",
        "zh": "未知的名字 {name}：只能使用数字（在索引表达式中还可以使用 t）。",
    },
    "tensors.err.not_literal": {
        "en": "This kind of expression ({what}) is not allowed: use numbers, lists and + - * / **.",
        "zh": "不允许使用这类表达式（{what}）：请只使用数字、列表以及 + - * / **。",
    },
    "tensors.err.not_number": {"en": "{value} is not a number.", "zh": "{value} 不是数字。"},
    "tensors.err.complex": {
        "en": "Complex numbers are not supported in this lab.",
        "zh": "本实验室不支持复数。",
    },
    "tensors.err.list_arithmetic": {
        "en": "Arithmetic on whole lists is not a literal: write out the resulting numbers.",
        "zh": "对整个列表做运算不属于字面量：请直接写出运算结果的数字。",
    },
    "tensors.err.not_finite": {
        "en": "NaN and infinity are not accepted here: they would make every picture and sum meaningless. Use finite numbers.",
        "zh": "这里不接受 NaN 和无穷大：它们会让图像和求和都失去意义。请使用有限的数字。",
    },
    "tensors.err.too_large": {
        "en": "This number is too large (beyond about 1e308, the largest float).",
        "zh": "这个数字太大了（超过约 1e308，即浮点数的最大值）。",
    },
    "tensors.err.too_deep": {"en": "The expression is nested too deeply.", "zh": "表达式嵌套太深。"},
    "tensors.err.division_by_zero": {
        "en": "Division by zero in the typed numbers.",
        "zh": "输入的数字中出现了除以零。",
    },
    "tensors.err.ragged": {
        "en": "The list is ragged: item {position} has shape {got} but the first has {expected}. Every row needs the same length.",
        "zh": "列表长短不一：第 {position} 项的形状是 {got}，而第一项是 {expected}。每一行的长度必须相同。",
    },
    "tensors.err.not_integer": {"en": "{value} is not a whole number.", "zh": "{value} 不是整数。"},
    "tensors.err.negative_size": {
        "en": "Sizes must be positive; got {value}.",
        "zh": "大小必须为正数；得到的是 {value}。",
    },
    "tensors.err.two_minus_ones": {
        "en": "Only one size can be -1 (inferred).",
        "zh": "只能有一个维度大小为 -1（自动推断）。",
    },
    "tensors.err.unknown_option": {"en": "Unknown choice {option}.", "zh": "未知的选项 {option}。"},
    "tensors.err.random_needs_float": {
        "en": "{function} draws random real numbers, so it needs a floating dtype, not {dtype}. Choose dtype "
        "torch.float32 (the tutorial writes dtype=torch.float).",
        "zh": "{function} 生成的是随机实数，需要浮点数据类型，而不是 {dtype}。请选择 torch.float32（教程中写作 dtype=torch.float）。",
    },
    "tensors.err.zero_step": {"en": "The step cannot be 0.", "zh": "步长不能为 0。"},
    "tensors.err.empty_range": {
        "en": "arange({start}, {end}, {step}) would be empty: the step goes away from the end.",
        "zh": "arange({start}, {end}, {step}) 会是空的：步长的方向与终点相反。",
    },
    "tensors.err.grad_needs_float": {
        "en": "Only floating-point tensors can require gradients; this one is {dtype}. Write 1. instead of 1.",
        "zh": "只有浮点张量才能要求梯度；这个张量是 {dtype}。请把 1 写成 1.。",
    },
    "tensors.err.index_form": {
        "en": "Write the index as t[...], for example t[1:, ::2].",
        "zh": "请把索引写成 t[...] 的形式，例如 t[1:, ::2]。",
    },
    "tensors.err.mask_form": {
        "en": "A mask compares t with a number (t > 5, t % 2 == 0), combined with &, | or ~.",
        "zh": "掩码是把 t 与一个数字比较（t > 5、t % 2 == 0），可以用 &、| 或 ~ 组合。",
    },
    "tensors.err.index": {"en": "This index does not fit t: {detail}", "zh": "这个索引不适用于 t：{detail}"},
    "tensors.err.join_dim": {
        "en": "torch.{how} can use dim from {low} to {high} here; {dim} is out of range.",
        "zh": "这里 torch.{how} 的 dim 只能取 {low} 到 {high}；{dim} 超出了范围。",
    },
    "tensors.err.stack_shapes": {
        "en": "stack needs equal shapes, but a is {a} and b is {b}. Use cat, or make the shapes equal.",
        "zh": "stack 要求形状完全相同，但 a 是 {a}，b 是 {b}。请改用 cat，或者让两个形状一致。",
    },
    "tensors.err.shapes": {
        "en": "The shapes {a} and {b} do not fit for {op}.",
        "zh": "形状 {a} 与 {b} 无法进行 {op} 运算。",
    },
    "tensors.err.negative_int_power": {
        "en": "Integers to negative integer powers are not allowed: write the base as a float (2. instead of 2).",
        "zh": "整数不能取负整数次幂：请把底数写成浮点数（2. 而不是 2）。",
    },
    "tensors.err.mm_2d": {
        "en": "torch.mm only takes 2-D matrices, but a is {a} and b is {b}. Use @ or torch.matmul.",
        "zh": "torch.mm 只接受二维矩阵，但 a 是 {a}，b 是 {b}。请使用 @ 或 torch.matmul。",
    },
    "tensors.err.matmul_dtype": {
        "en": "A matrix product needs both dtypes equal ({a} vs {b}). Write all numbers with a decimal point, or use .float().",
        "zh": "矩阵乘法要求两边数据类型相同（{a} 与 {b}）。请把所有数字都写成小数，或使用 .float()。",
    },
    "tensors.err.reduce_dim": {
        "en": "dim={dim} does not exist: this tensor has {rank} dimension(s).",
        "zh": "dim={dim} 不存在：这个张量只有 {rank} 个维度。",
    },
    "tensors.err.argument_count": {
        "en": "{op} takes {low} to {high} integers; you gave {got}.",
        "zh": "{op} 需要 {low} 到 {high} 个整数参数；你给了 {got} 个。",
    },
    "tensors.err.transpose_first_2d": {
        "en": "Transposing first needs a 2-D tensor; this one has {rank} dimension(s).",
        "zh": "先转置需要二维张量；这个张量有 {rank} 个维度。",
    },
    "tensors.err.reshape_sizes": {
        "en": "{shape} is not a valid shape: sizes must be positive, with at most one -1.",
        "zh": "{shape} 不是有效的形状：各维大小必须为正数，且最多只能有一个 -1。",
    },
    "tensors.err.reshape_count": {
        "en": "Shape {shape} cannot hold the {numel} elements of a {source} tensor: the sizes must multiply to {numel}.",
        "zh": "形状 {shape} 装不下形状为 {source} 的张量的 {numel} 个元素：各维大小的乘积必须等于 {numel}。",
    },
    "tensors.err.dim_range": {
        "en": "Dimension {dim} is out of range: use {low} to {high}.",
        "zh": "维度 {dim} 超出范围：请使用 {low} 到 {high}。",
    },
    "tensors.err.permutation": {
        "en": "permute needs each of the {rank} dimensions exactly once; {dims} is not such an order.",
        "zh": "permute 需要把 {rank} 个维度各用一次；{dims} 不是这样的顺序。",
    },
    "tensors.err.flatten_order": {
        "en": "flatten's start_dim ({start}) must come before end_dim ({end}).",
        "zh": "flatten 的 start_dim（{start}）必须在 end_dim（{end}）之前。",
    },
    "tensors.err.needs_dims": {
        "en": "This needs a tensor with at least {rank} dimension: type a list, not a single number.",
        "zh": "这里需要至少 {rank} 维的张量：请输入列表，而不是单个数字。",
    },
    "tensors.err.out_of_range": {
        "en": "{value} does not fit in {dtype} (from {low} to {high}), so torch.tensor refuses it. {hint}",
        "zh": "{value} 超出了 {dtype} 的范围（{low} 到 {high}），因此 torch.tensor 拒绝了它。{hint}",
    },
    "tensors.hint.float_literal": {
        "en": "Whole numbers become int64; write it as a float (1e30, 2.0**63) or choose float64 to go further.",
        "zh": "整数会被推断为 int64；请把它写成浮点数（1e30、2.0**63），或选择 float64 以表示更大的数。",
    },
    "tensors.hint.wider_dtype": {
        "en": "Choose a dtype with a wider range, or smaller numbers. (Converting an existing tensor with .to() "
        "wraps around instead: see Attributes & dtype.)",
        "zh": "请选择范围更大的数据类型，或使用更小的数字。（对已有张量用 .to() 转换则会回绕，见“属性与数据类型”。）",
    },
    "tensors.err.bool_sub": {
        "en": "PyTorch refuses - with bool tensors: True − True has no bool answer. Use a ^ b (torch.logical_xor) "
        "to see where two masks differ, ~a (torch.logical_not) to invert one, or convert first: a.int() - b.int().",
        "zh": "PyTorch 不允许对布尔张量使用 -：True − True 没有布尔结果。请用 a ^ b（torch.logical_xor）查看两个掩码的不同之处，"
        "用 ~a（torch.logical_not）取反，或先转换类型：a.int() - b.int()。",
    },
    "tensors.err.bool_matmul": {
        "en": "PyTorch has no matrix product for bool tensors. Convert first: a.float() @ b.float() (or a.int() @ b.int()).",
        "zh": "PyTorch 没有布尔张量的矩阵乘法。请先转换类型：a.float() @ b.float()（或 a.int() @ b.int()）。",
    },
    "tensors.err.bool_op": {
        "en": "PyTorch does not support {op} on bool tensors ({detail}). Convert first, for example a.int() {op} b.int().",
        "zh": "PyTorch 不支持对布尔张量做 {op}（{detail}）。请先转换类型，例如 a.int() {op} b.int()。",
    },
    "tensors.viewer.empty": {
        "en": "Empty: a dimension of size 0, so there are no values to draw. It is still a valid tensor of shape "
        "{shape}.",
        "zh": "空张量：有一个维度大小为 0，因此没有可绘制的值。它仍是形状为 {shape} 的合法张量。",
    },
    "tensors.err.index_number": {
        "en": "{value} is too large for an index here: use whole numbers between -{high} and {high}.",
        "zh": "{value} 作为索引太大了：请使用 -{high} 到 {high} 之间的整数。",
    },
}
