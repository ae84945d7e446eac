"""Strings of the Data lab: Dataset, DataLoader, transforms and the dataset gallery."""

STRINGS = {
    # Errors and limits
    "data.err.unknown_dataset": {
        "en": "Unknown dataset “{name}”. Choose MNIST or FashionMNIST.",
        "zh": "未知的数据集“{name}”。请选择 MNIST 或 FashionMNIST。",
    },
    "data.err.missing": {
        "en": "The {name} files are not in the data folder `{folder}`. Put torchvision's raw files "
        "there (or set DLVIZ_DATA_DIR), or download them from the Dataset gallery section when this "
        "server is online.",
        "zh": "数据文件夹 `{folder}` 中没有 {name} 的文件。请把 torchvision 的原始文件放到那里"
        "（或设置 DLVIZ_DATA_DIR），或在服务器联网时到“数据集一览”部分下载。",
    },
    "data.err.download_failed": {
        "en": "Could not download {name} into `{folder}`: this server seems to be offline or the "
        "mirrors are unreachable ({reason}). The offline datasets (digits, toys, FakeData) still work.",
        "zh": "无法把 {name} 下载到 `{folder}`：服务器似乎没有联网，或无法访问镜像（{reason}）。"
        "离线数据集（digits、玩具数据、FakeData）仍然可用。",
    },
    "data.err.std_positive": {
        "en": "The standard deviation must be above 0 (got {std}): Normalize divides by it.",
        "zh": "标准差必须大于 0（当前为 {std}）：Normalize 要除以它。",
    },
    "data.err.unknown_step": {"en": "Unknown transform step “{step}”.", "zh": "未知的变换步骤“{step}”。"},
    "data.err.empty_pipeline": {
        "en": "This Compose is empty: pick at least one step.",
        "zh": "这个 Compose 是空的：请至少选择一个步骤。",
    },
    "data.err.needs_tensor": {
        "en": "Step {position}, {step}, receives a PIL image but needs a tensor: put ToTensor() before it. "
        "(torchvision would raise “TypeError: tensor should be a torch tensor”.)",
        "zh": "第 {position} 步 {step} 收到的是 PIL 图像，但它需要张量：请把 ToTensor() 放在它前面。"
        "（torchvision 会报 “TypeError: tensor should be a torch tensor”。）",
    },
    "data.err.needs_pil": {
        "en": "Step {position}, {step}, receives a tensor but needs a PIL image or NumPy array: "
        "ToTensor() may appear only once, before the tensor steps.",
        "zh": "第 {position} 步 {step} 收到的是张量，但它需要 PIL 图像或 NumPy 数组："
        "ToTensor() 只能出现一次，并且要放在张量步骤之前。",
    },
    "limits.max_data_loader_samples": {
        "en": "The number of samples in the DataLoader table",
        "zh": "DataLoader 表格中的样本数",
    },
    "limits.max_data_epochs": {"en": "The number of epochs shown", "zh": "显示的轮数"},
    "limits.max_data_grid_images": {"en": "The number of images in a grid", "zh": "网格中的图像数"},
    "limits.max_data_fake_samples": {"en": "The size of FakeData", "zh": "FakeData 的大小"},
    # Page and shared widgets
    "data.section": {"en": "Section", "zh": "部分"},
    "data.section.dataset": {"en": "1 · Dataset", "zh": "1 · Dataset 数据集"},
    "data.section.loader": {"en": "2 · DataLoader", "zh": "2 · DataLoader 数据加载器"},
    "data.section.transforms": {
        "en": "3 · ToTensor, Normalize, Lambda",
        "zh": "3 · ToTensor、Normalize、Lambda",
    },
    "data.section.augment": {"en": "4 · Augmentations", "zh": "4 · 数据增强"},
    "data.section.compose": {"en": "5 · Compose order", "zh": "5 · Compose 的顺序"},
    "data.section.gallery": {"en": "6 · Dataset gallery", "zh": "6 · 数据集一览"},
    "data.source": {"en": "Images", "zh": "图像来源"},
    "data.source.digits": {
        "en": "scikit-learn digits (8×8, offline)",
        "zh": "scikit-learn 手写数字（8×8，离线）",
    },
    "data.source.mnist": {"en": "MNIST test set (data folder)", "zh": "MNIST 测试集（数据文件夹）"},
    "data.source.fashion_mnist": {
        "en": "FashionMNIST test set (data folder)",
        "zh": "FashionMNIST 测试集（数据文件夹）",
    },
    "data.source_hint": {
        "en": "Pick the scikit-learn digits to go on offline.",
        "zh": "选择 scikit-learn 手写数字即可离线继续。",
    },
    "data.index": {"en": "Index (0 to {last})", "zh": "索引（0 到 {last}）"},
    "data.fashion.0": {"en": "T-shirt/top", "zh": "T恤/上衣"},
    "data.fashion.1": {"en": "Trouser", "zh": "裤子"},
    "data.fashion.2": {"en": "Pullover", "zh": "套头衫"},
    "data.fashion.3": {"en": "Dress", "zh": "连衣裙"},
    "data.fashion.4": {"en": "Coat", "zh": "外套"},
    "data.fashion.5": {"en": "Sandal", "zh": "凉鞋"},
    "data.fashion.6": {"en": "Shirt", "zh": "衬衫"},
    "data.fashion.7": {"en": "Sneaker", "zh": "运动鞋"},
    "data.fashion.8": {"en": "Bag", "zh": "包"},
    "data.fashion.9": {"en": "Ankle boot", "zh": "短靴"},
    # 1 · Dataset
    "data.ds.intro": {
        "en": "A `Dataset` needs three methods: `__init__` keeps the data, `__len__` says how many "
        "samples there are, and `__getitem__(idx)` returns one `(image, label)` pair. `transform` "
        "changes the image (here `ToTensor()`), `target_transform` the label (here the one-hot "
        "`Lambda`). This very class runs below.",
        "zh": "一个 `Dataset` 需要三个方法：`__init__` 保存数据，`__len__` 返回样本数，"
        "`__getitem__(idx)` 返回一个 `(图像, 标签)` 对。`transform` 变换图像（这里是 `ToTensor()`），"
        "`target_transform` 变换标签（这里是 one-hot 的 `Lambda`）。下面运行的就是这个类。",
    },
    "data.ds.to_tensor": {"en": "transform=ToTensor()", "zh": "transform=ToTensor()（转为张量）"},
    "data.ds.one_hot": {
        "en": "target_transform=Lambda(one-hot)",
        "zh": "target_transform=Lambda（独热编码）",
    },
    "data.ds.length": {"en": "len(dataset)", "zh": "len(dataset) 样本数"},
    "data.ds.image_line": {
        "en": "`dataset[{index}][0]` — image: {description}",
        "zh": "`dataset[{index}][0]` — 图像：{description}",
    },
    "data.ds.label_line": {
        "en": "`dataset[{index}][1]` — label: `{label}` (class {name})",
        "zh": "`dataset[{index}][1]` — 标签：`{label}`（类别 {name}）",
    },
    "data.ds.tensor_image": {
        "en": "a `torch.Tensor` of shape `{shape}`, `{dtype}`, values {low:.3f} to {high:.3f}",
        "zh": "形状为 `{shape}` 的 `torch.Tensor`，类型 `{dtype}`，取值 {low:.3f} 到 {high:.3f}",
    },
    "data.ds.pil_image": {
        "en": "a PIL image, mode `{mode}`, {width}×{height} pixels, integer values 0 to 255",
        "zh": "PIL 图像，模式 `{mode}`，{width}×{height} 像素，整数取值 0 到 255",
    },
    "data.ds.figure_title": {
        "en": "dataset[{index}] — hover a pixel to read its value",
        "zh": "dataset[{index}] — 悬停像素可读取数值",
    },
    # 2 · DataLoader
    "data.ld.intro": {
        "en": "A `DataLoader` cuts the dataset into batches. With `shuffle=True` it draws a new order "
        "every epoch from its `generator`; seeding that generator (sidebar seed) makes the order "
        "repeatable. `drop_last=True` drops a last batch that is smaller than `batch_size`.",
        "zh": "`DataLoader` 把数据集切成批次。`shuffle=True` 时，它每轮都用自己的 `generator` 重新打乱顺序；"
        "给这个生成器设定种子（侧边栏的随机种子）就能复现顺序。`drop_last=True` 会丢弃不足 `batch_size` 的最后一批。",
    },
    "data.ld.size": {"en": "Samples used (first N of the dataset)", "zh": "使用的样本数（数据集的前 N 个）"},
    "data.ld.batch_size": {"en": "batch_size", "zh": "batch_size 批大小"},
    "data.ld.epochs": {"en": "Epochs", "zh": "轮数（epoch）"},
    "data.ld.shuffle": {"en": "shuffle", "zh": "shuffle 打乱"},
    "data.ld.drop_last": {"en": "drop_last", "zh": "drop_last 丢弃最后不完整批次"},
    "data.ld.seed_note": {
        "en": "generator=torch.Generator().manual_seed({seed}) — change the seed in the sidebar.",
        "zh": "generator=torch.Generator().manual_seed({seed}) — 可在侧边栏修改种子。",
    },
    "data.ld.len_dataset": {"en": "len(dataset)", "zh": "len(dataset) 样本数"},
    "data.ld.len_loader": {"en": "len(loader): batches per epoch", "zh": "len(loader)：每轮批次数"},
    "data.ld.dropped": {"en": "Samples dropped per epoch", "zh": "每轮丢弃的样本数"},
    "data.ld.no_batches": {
        "en": "No batch at all: with drop_last=True and batch_size larger than the dataset, every sample is dropped.",
        "zh": "一个批次都没有：drop_last=True 且 batch_size 大于数据集时，所有样本都被丢弃。",
    },
    "data.ld.sample_index": {"en": "sample index", "zh": "样本索引"},
    "data.ld.epoch": {"en": "epoch", "zh": "轮"},
    "data.ld.batch": {"en": "batch", "zh": "批次"},
    "data.ld.dropped_cell": {"en": "dropped", "zh": "被丢弃"},
    "data.ld.map_caption": {
        "en": "Each cell is a sample, coloured by the batch it lands in. Without shuffle the colours form "
        "blocks in index order and repeat every epoch; with shuffle they are mixed and change each epoch. "
        "The table lists the same indices, batch by batch.",
        "zh": "每个格子是一个样本，颜色表示它落入的批次。不打乱时颜色按索引顺序成块出现，且每轮相同；"
        "打乱时颜色混在一起，并且每轮都不同。下表按批次列出同样的索引。",
    },
    "data.ld.show_epoch": {"en": "Show the batch of epoch", "zh": "显示第几轮的批次"},
    "data.ld.show_batch": {"en": "Batch number", "zh": "批次编号"},
    "data.ld.batch_line": {
        "en": "This batch: images `{shape}`, labels `{labels}` — the same tensors the DataLoader yields.",
        "zh": "本批次：图像 `{shape}`，标签 `{labels}` — 与 DataLoader 产出的张量完全相同。",
    },
    # 3 · ToTensor, Normalize, Lambda
    "data.tf.intro": {
        "en": "The seeds' pipeline is `Compose([ToTensor(), Normalize((0.1307,), (0.3081,))])`. "
        "`ToTensor` turns a PIL image (integers 0–255, shape H×W) into a float tensor 0–1 of shape "
        "1×H×W; `Normalize` then computes (x − mean) / std per channel. Note the tuples: `(0.1307,)` "
        "has one value per channel.",
        "zh": "种子教程中的流水线是 `Compose([ToTensor(), Normalize((0.1307,), (0.3081,))])`。"
        "`ToTensor` 把 PIL 图像（0–255 的整数，形状 H×W）变成 0–1 的浮点张量，形状 1×H×W；"
        "随后 `Normalize` 按通道计算 (x − mean) / std。注意元组写法：`(0.1307,)` 每个通道一个值。",
    },
    "data.tf.to_tensor_title": {
        "en": "**ToTensor()** — the 8×8 patch with the most ink (rows from {top}, columns from {left})",
        "zh": "**ToTensor()** — 笔画最多的 8×8 区域（从第 {top} 行、第 {left} 列开始）",
    },
    "data.tf.pil_window": {"en": "PIL image (uint8, 0–255)", "zh": "PIL 图像（uint8，0–255）"},
    "data.tf.tensor_window": {
        "en": "After ToTensor() (float32, 0–1)",
        "zh": "ToTensor() 之后（float32，0–1）",
    },
    "data.tf.value_255": {"en": "pixel value (0–255)", "zh": "像素值（0–255）"},
    "data.tf.value_1": {"en": "pixel value (0–1)", "zh": "像素值（0–1）"},
    "data.tf.value": {"en": "value", "zh": "数值"},
    "data.tf.count": {"en": "pixels", "zh": "像素个数"},
    "data.tf.normalize_title": {"en": "**Normalize(mean, std)**", "zh": "**Normalize(mean, std) 标准化**"},
    "data.tf.dataset_stats": {
        "en": "All pixels of these images after ToTensor: mean {mean:.4f}, std {std:.4f}. The seeds' "
        "{seed_mean} and {seed_std} are the mean and std of MNIST's training set.",
        "zh": "这些图像的全部像素在 ToTensor 之后：均值 {mean:.4f}，标准差 {std:.4f}。"
        "种子教程里的 {seed_mean} 和 {seed_std} 是 MNIST 训练集的均值和标准差。",
    },
    "data.tf.mean": {"en": "mean", "zh": "mean 均值"},
    "data.tf.std": {"en": "std", "zh": "std 标准差"},
    "data.tf.stat_mean": {"en": "mean", "zh": "均值"},
    "data.tf.stat_std": {"en": "std", "zh": "标准差"},
    "data.tf.stat_min": {"en": "min", "zh": "最小值"},
    "data.tf.stat_max": {"en": "max", "zh": "最大值"},
    "data.tf.before": {"en": "before Normalize", "zh": "Normalize 之前"},
    "data.tf.after": {"en": "after Normalize", "zh": "Normalize 之后"},
    "data.tf.formula": {
        "en": "(x − {mean:.4f}) / {std:.4f}: black 0 → {zero:.4f}, white 1 → {one:.4f}. Normalize shifts "
        "and stretches the histogram; its shape stays the same.",
        "zh": "(x − {mean:.4f}) / {std:.4f}：黑色 0 → {zero:.4f}，白色 1 → {one:.4f}。"
        "Normalize 只平移和拉伸直方图，形状不变。",
    },
    "data.tf.normalized_image": {
        "en": "After Normalize (hover for values)",
        "zh": "Normalize 之后（悬停查看数值）",
    },
    "data.tf.lambda_title": {
        "en": "**Lambda** — a label turned into a one-hot vector",
        "zh": "**Lambda** — 把标签变成独热（one-hot）向量",
    },
    "data.tf.lambda_line": {
        "en": "`Lambda(lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1))` maps label "
        "`{label}` ({name}) to `{vector}`.",
        "zh": "`Lambda(lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1))` 把标签 "
        "`{label}`（{name}）变成 `{vector}`。",
    },
    "data.tf.one_hot_value": {"en": "one-hot value", "zh": "独热值"},
    # 4 · Augmentations
    "data.au.intro": {
        "en": "Random augmentations make a new variant of the same image each time it is read: "
        "`RandomRotation`, `RandomHorizontalFlip` and `RandomResizedCrop`, then `ToTensor`. "
        "They draw from torch's global generator, so `torch.manual_seed` makes the draws repeatable.",
        "zh": "随机数据增强每次读取同一张图像都会生成一个新变体：`RandomRotation`、"
        "`RandomHorizontalFlip` 和 `RandomResizedCrop`，最后 `ToTensor`。它们使用 torch 的全局随机数生成器，"
        "所以 `torch.manual_seed` 可以让结果复现。",
    },
    "data.au.rotation": {
        "en": "RandomRotation: up to ± degrees (0 = off)",
        "zh": "RandomRotation：最多旋转 ± 度数（0 = 关闭）",
    },
    "data.au.flip": {
        "en": "RandomHorizontalFlip: probability p (0 = off)",
        "zh": "RandomHorizontalFlip：翻转概率 p（0 = 关闭）",
    },
    "data.au.crop": {
        "en": "RandomResizedCrop: smallest area kept (1 = off)",
        "zh": "RandomResizedCrop：保留的最小面积比例（1 = 关闭）",
    },
    "data.au.count": {"en": "Draws", "zh": "抽取次数"},
    "data.au.original": {"en": "Original image {index}", "zh": "原图 {index}"},
    "data.au.caption": {
        "en": "Each tile is one call of the same Compose on the same image, after torch.manual_seed({seed}).",
        "zh": "每个小图都是在 torch.manual_seed({seed}) 之后，对同一张图像调用同一个 Compose 的一次结果。",
    },
    # 5 · Compose order
    "data.cp.intro": {
        "en": "`Compose` applies its steps in list order, and the order changes the result: a rotation "
        "fills the corners with 0, which is black before Normalize but grey (0 = the mean) after it; "
        "cropping then resizing is not resizing then cropping. Rotation and flip are fixed here, so "
        "only the order differs.",
        "zh": "`Compose` 按列表顺序执行各个步骤，顺序会改变结果：旋转会用 0 填充角落，在 Normalize 之前 0 是黑色，"
        "之后 0 代表均值（灰色）；先裁剪再缩放也不同于先缩放再裁剪。这里旋转和翻转是固定的，只有顺序不同。",
    },
    "data.cp.preset": {"en": "Example", "zh": "示例"},
    "data.cp.preset.rotate_normalize": {
        "en": "Normalize before or after a rotation",
        "zh": "旋转前还是旋转后做 Normalize",
    },
    "data.cp.preset.crop_resize": {
        "en": "Crop then resize, or resize then crop",
        "zh": "先裁剪再缩放，还是先缩放再裁剪",
    },
    "data.cp.preset.flip_rotate": {
        "en": "Flip and rotate: does the order matter?",
        "zh": "翻转与旋转：顺序重要吗？",
    },
    "data.cp.preset.normalize_first": {
        "en": "Normalize before ToTensor (an error)",
        "zh": "在 ToTensor 之前 Normalize（会出错）",
    },
    "data.cp.angle": {"en": "Rotation angle (degrees)", "zh": "旋转角度（度）"},
    "data.cp.crop": {"en": "CenterCrop size", "zh": "CenterCrop 尺寸"},
    "data.cp.resize": {"en": "Resize size", "zh": "Resize 尺寸"},
    "data.cp.first": {"en": "Compose A, in order", "zh": "Compose A（按顺序）"},
    "data.cp.second": {"en": "Compose B, in order", "zh": "Compose B（按顺序）"},
    "data.cp.order_hint": {
        "en": "Steps run in the order you pick them; remove a step and pick it again to move it to the end.",
        "zh": "步骤按你选择的顺序执行；移除某一步再重新选择，即可把它移到末尾。",
    },
    "data.cp.result_a": {"en": "A: result {shape}", "zh": "A：结果 {shape}"},
    "data.cp.result_b": {"en": "B: result {shape}", "zh": "B：结果 {shape}"},
    "data.cp.same": {
        "en": "A and B give the same tensor: for these steps the order does not matter.",
        "zh": "A 和 B 得到相同的张量：对这些步骤来说，顺序无关紧要。",
    },
    "data.cp.different": {
        "en": "A and B differ: the largest |A − B| is {difference:.4f}. The map below shows A − B.",
        "zh": "A 和 B 不同：|A − B| 的最大值为 {difference:.4f}。下图显示 A − B。",
    },
    "data.cp.shapes_differ": {
        "en": "A and B do not even have the same shape: {a} vs {b}.",
        "zh": "A 和 B 的形状都不一样：{a} 对 {b}。",
    },
    "data.cp.difference": {"en": "A − B", "zh": "A − B（差值）"},
    "data.step.to_tensor": {"en": "ToTensor()", "zh": "ToTensor()（转张量）"},
    "data.step.normalize": {"en": "Normalize(0.1307, 0.3081)", "zh": "Normalize（标准化）"},
    "data.step.rotate": {"en": "Rotate by the angle", "zh": "按角度旋转"},
    "data.step.flip": {"en": "Horizontal flip", "zh": "水平翻转"},
    "data.step.center_crop": {"en": "CenterCrop", "zh": "CenterCrop（中心裁剪）"},
    "data.step.resize": {"en": "Resize", "zh": "Resize（缩放）"},
    # 6 · Gallery
    "data.gl.intro": {
        "en": "The datasets this app can use. Offline: scikit-learn's digits, generated toys and "
        "torchvision's `FakeData`; MNIST and FashionMNIST come from the data folder, and can be "
        "downloaded on request when the server is online.",
        "zh": "本应用可用的数据集。离线可用：scikit-learn 手写数字、生成的玩具数据和 torchvision 的 `FakeData`；"
        "MNIST 和 FashionMNIST 从数据文件夹读取，服务器联网时也可以按需下载。",
    },
    "data.gl.dataset": {"en": "Dataset", "zh": "数据集"},
    "data.gallery.digits": {"en": "scikit-learn digits", "zh": "scikit-learn 手写数字"},
    "data.gallery.toys": {"en": "Generated 2-D toys", "zh": "生成的二维玩具数据"},
    "data.gallery.fake_data": {"en": "FakeData (random images)", "zh": "FakeData（随机图像）"},
    "data.gallery.mnist": {"en": "MNIST", "zh": "MNIST 手写数字"},
    "data.gallery.fashion_mnist": {"en": "FashionMNIST", "zh": "FashionMNIST 服饰图像"},
    "data.gl.about.digits": {
        "en": "1,797 handwritten digits of 8×8 pixels, bundled with scikit-learn: always available offline.",
        "zh": "1,797 张 8×8 像素的手写数字，随 scikit-learn 一起安装：始终可以离线使用。",
    },
    "data.gl.about.toys": {
        "en": "2-D points generated on the fly (the Playground's datasets): tensors of shape (n, 2).",
        "zh": "即时生成的二维点（游乐场使用的数据集）：形状为 (n, 2) 的张量。",
    },
    "data.gl.about.fake_data": {
        "en": "torchvision.datasets.FakeData: random-noise images with random labels, for testing a "
        "pipeline without any files.",
        "zh": "torchvision.datasets.FakeData：随机噪声图像加随机标签，用来在没有任何文件时测试数据流水线。",
    },
    "data.gl.about.mnist": {
        "en": "70,000 handwritten digits of 28×28 pixels (60,000 train, 10,000 test), read by torchvision.datasets.MNIST.",
        "zh": "70,000 张 28×28 像素的手写数字（训练集 60,000，测试集 10,000），由 torchvision.datasets.MNIST 读取。",
    },
    "data.gl.about.fashion_mnist": {
        "en": "70,000 grey clothing images of 28×28 pixels in 10 classes, read by torchvision.datasets.FashionMNIST.",
        "zh": "70,000 张 28×28 像素的灰度服饰图像，共 10 类，由 torchvision.datasets.FashionMNIST 读取。",
    },
    "data.gl.count": {"en": "Images in the sample", "zh": "样本图像数"},
    "data.gl.toy": {"en": "Toy", "zh": "玩具数据"},
    "data.toy.spiral": {"en": "Spiral", "zh": "螺旋"},
    "data.toy.moons": {"en": "Moons", "zh": "双月"},
    "data.toy.circles": {"en": "Circles", "zh": "同心圆"},
    "data.toy.xor": {"en": "XOR", "zh": "异或（XOR）"},
    "data.toy.gaussian": {"en": "Gaussian blobs", "zh": "高斯团"},
    "data.gl.points": {"en": "Points", "zh": "点数"},
    "data.gl.fake_size": {"en": "FakeData size", "zh": "FakeData 大小"},
    "data.gl.split": {"en": "Split", "zh": "划分"},
    "data.gl.train.False": {"en": "test (train=False)", "zh": "测试集（train=False）"},
    "data.gl.train.True": {"en": "train (train=True)", "zh": "训练集（train=True）"},
    "data.gl.download": {"en": "Download {name} now", "zh": "立即下载 {name}"},
    "data.gl.downloading": {"en": "Downloading with torchvision…", "zh": "正在通过 torchvision 下载……"},
    "data.gl.downloaded": {"en": "Downloaded into {folder}.", "zh": "已下载到 {folder}。"},
    "data.gl.folder_note": {
        "en": "Data folder: {folder} (set DLVIZ_DATA_DIR to use another one).",
        "zh": "数据文件夹：{folder}（设置 DLVIZ_DATA_DIR 可改用其他文件夹）。",
    },
    "data.gl.seed_note": {
        "en": "Corrected from seed 001: it calls `datasets.MNIST('data', train=True, download=True)`, which "
        "reaches for the network whenever the files are missing and fails offline. Here the files are read "
        "from the data folder, and downloading happens only when you press the button.",
        "zh": "对种子教程 001 的更正：它调用 `datasets.MNIST('data', train=True, download=True)`，"
        "只要文件缺失就会联网下载，离线时直接失败。这里从数据文件夹读取文件，只有点击按钮时才下载。",
    },
    "data.gl.length": {"en": "len(dataset)", "zh": "len(dataset) 样本数"},
    "data.gl.shape": {"en": "One sample's shape", "zh": "单个样本的形状"},
    "data.gl.classes": {"en": "Classes", "zh": "类别数"},
    "data.gl.class": {"en": "class", "zh": "类别"},
    "data.gl.count_axis": {"en": "samples", "zh": "样本数"},
    "data.gl.balance_caption": {
        "en": "Class balance of the whole dataset: from {low} to {high} samples per class.",
        "zh": "整个数据集的类别分布：每类 {low} 到 {high} 个样本。",
    },
}
