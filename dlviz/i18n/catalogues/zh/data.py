"""Strings of the Data lab: Dataset, DataLoader, transforms and the dataset gallery — 简体中文."""

STRINGS = {
    # Errors and limits
    "data.err.unknown_dataset": "未知的数据集“{name}”。请选择 MNIST 或 FashionMNIST。",
    "data.err.missing": (
        "数据文件夹 `{folder}` 中没有 {name} 的文件。请把 torchvision 的原始文件放到那里"
        "（或设置 DLVIZ_DATA_DIR），或在服务器联网时到“数据集一览”部分下载。"
    ),
    "data.err.download_failed": (
        "无法把 {name} 下载到 `{folder}`：服务器似乎没有联网，或无法访问镜像（{reason}）。"
        "离线数据集（digits、玩具数据、FakeData）仍然可用。"
    ),
    "data.err.std_positive": "标准差必须大于 0（当前为 {std}）：Normalize 要除以它。",
    "data.err.unknown_step": "未知的变换步骤“{step}”。",
    "data.err.empty_pipeline": "这个 Compose 是空的：请至少选择一个步骤。",
    "data.err.needs_tensor": (
        "第 {position} 步 {step} 收到的是 PIL 图像，但它需要张量：请把 ToTensor() 放在它前面。"
        "（torchvision 会报 “TypeError: tensor should be a torch tensor”。）"
    ),
    "data.err.needs_pil": (
        "第 {position} 步 {step} 收到的是张量，但它需要 PIL 图像或 NumPy 数组："
        "ToTensor() 只能出现一次，并且要放在张量步骤之前。"
    ),
    "limits.max_data_loader_samples": "DataLoader 表格中的样本数",
    "limits.max_data_epochs": "显示的轮数",
    "limits.max_data_grid_images": "网格中的图像数",
    "limits.max_data_fake_samples": "FakeData 的大小",
    # Page and shared widgets
    "data.section": "部分",
    "data.section.dataset": "1 · Dataset 数据集",
    "data.section.loader": "2 · DataLoader 数据加载器",
    "data.section.transforms": "3 · ToTensor、Normalize、Lambda",
    "data.section.augment": "4 · 数据增强",
    "data.section.compose": "5 · Compose 的顺序",
    "data.section.gallery": "6 · 数据集一览",
    "data.source": "图像来源",
    "data.source.digits": "scikit-learn 手写数字（8×8，离线）",
    "data.source.mnist": "MNIST 测试集（数据文件夹）",
    "data.source.fashion_mnist": "FashionMNIST 测试集（数据文件夹）",
    "data.source_hint": "选择 scikit-learn 手写数字即可离线继续。",
    "data.index": "索引（0 到 {last}）",
    "data.fashion.0": "T恤/上衣",
    "data.fashion.1": "裤子",
    "data.fashion.2": "套头衫",
    "data.fashion.3": "连衣裙",
    "data.fashion.4": "外套",
    "data.fashion.5": "凉鞋",
    "data.fashion.6": "衬衫",
    "data.fashion.7": "运动鞋",
    "data.fashion.8": "包",
    "data.fashion.9": "短靴",
    # 1 · Dataset
    "data.ds.intro": (
        "一个 `Dataset` 需要三个方法：`__init__` 保存数据，`__len__` 返回样本数，"
        "`__getitem__(idx)` 返回一个 `(图像, 标签)` 对。`transform` 变换图像（这里是 `ToTensor()`），"
        "`target_transform` 变换标签（这里是 one-hot 的 `Lambda`）。下面运行的就是这个类。"
    ),
    "data.ds.to_tensor": "transform=ToTensor()（转为张量）",
    "data.ds.one_hot": "target_transform=Lambda（独热编码）",
    "data.ds.length": "len(dataset) 样本数",
    "data.ds.image_line": "`dataset[{index}][0]` — 图像：{description}",
    "data.ds.label_line": "`dataset[{index}][1]` — 标签：`{label}`（类别 {name}）",
    "data.ds.tensor_image": "形状为 `{shape}` 的 `torch.Tensor`，类型 `{dtype}`，取值 {low:.3f} 到 {high:.3f}",
    "data.ds.pil_image": "PIL 图像，模式 `{mode}`，{width}×{height} 像素，整数取值 0 到 255",
    "data.ds.figure_title": "dataset[{index}] — 悬停像素可读取数值",
    # 2 · DataLoader
    "data.ld.intro": (
        "`DataLoader` 把数据集切成批次。`shuffle=True` 时，它每轮都用自己的 `generator` 重新打乱顺序；"
        "给这个生成器设定种子（侧边栏的随机种子）就能复现顺序。`drop_last=True` 会丢弃不足 `batch_size` 的最后一批。"
    ),
    "data.ld.size": "使用的样本数（数据集的前 N 个）",
    "data.ld.batch_size": "batch_size 批大小",
    "data.ld.epochs": "轮数（epoch）",
    "data.ld.shuffle": "shuffle 打乱",
    "data.ld.drop_last": "drop_last 丢弃最后不完整批次",
    "data.ld.seed_note": "generator=torch.Generator().manual_seed({seed}) — 可在侧边栏修改种子。",
    "data.ld.len_dataset": "len(dataset) 样本数",
    "data.ld.len_loader": "len(loader)：每轮批次数",
    "data.ld.dropped": "每轮丢弃的样本数",
    "data.ld.no_batches": "一个批次都没有：drop_last=True 且 batch_size 大于数据集时，所有样本都被丢弃。",
    "data.ld.sample_index": "样本索引",
    "data.ld.epoch": "轮",
    "data.ld.batch": "批次",
    "data.ld.dropped_cell": "被丢弃",
    "data.ld.map_caption": (
        "每个格子是一个样本，颜色表示它落入的批次。不打乱时颜色按索引顺序成块出现，且每轮相同；"
        "打乱时颜色混在一起，并且每轮都不同。下表按批次列出同样的索引。"
    ),
    "data.ld.show_epoch": "显示第几轮的批次",
    "data.ld.show_batch": "批次编号",
    "data.ld.batch_line": "本批次：图像 `{shape}`，标签 `{labels}` — 与 DataLoader 产出的张量完全相同。",
    # 3 · ToTensor, Normalize, Lambda
    "data.tf.intro": (
        "《{tutorial_kitchen}》中的流水线是 `Compose([ToTensor(), Normalize((0.1307,), (0.3081,))])`。"
        "`ToTensor` 把 PIL 图像（0–255 的整数，形状 H×W）变成 0–1 的浮点张量，形状 1×H×W；"
        "随后 `Normalize` 按通道计算 (x − mean) / std。注意元组写法：`(0.1307,)` 每个通道一个值。"
    ),
    "data.tf.to_tensor_title": "**ToTensor()** — 笔画最多的 8×8 区域（从第 {top} 行、第 {left} 列开始）",
    "data.tf.pil_window": "PIL 图像（uint8，0–255）",
    "data.tf.tensor_window": "ToTensor() 之后（float32，0–1）",
    "data.tf.value_255": "像素值（0–255）",
    "data.tf.value_1": "像素值（0–1）",
    "data.tf.value": "数值",
    "data.tf.count": "像素个数",
    "data.tf.normalize_title": "**Normalize(mean, std) 标准化**",
    "data.tf.dataset_stats": (
        "这些图像的全部像素在 ToTensor 之后：均值 {mean:.4f}，标准差 {std:.4f}。"
        "教程里的 {seed_mean} 和 {seed_std} 是 MNIST 训练集的均值和标准差。"
    ),
    "data.tf.mean": "mean 均值",
    "data.tf.std": "std 标准差",
    "data.tf.stat_mean": "均值",
    "data.tf.stat_std": "标准差",
    "data.tf.stat_min": "最小值",
    "data.tf.stat_max": "最大值",
    "data.tf.before": "Normalize 之前",
    "data.tf.after": "Normalize 之后",
    "data.tf.formula": (
        "(x − {mean:.4f}) / {std:.4f}：黑色 0 → {zero:.4f}，白色 1 → {one:.4f}。"
        "Normalize 只平移和拉伸直方图，形状不变。"
    ),
    "data.tf.normalized_image": "Normalize 之后（悬停查看数值）",
    "data.tf.lambda_title": "**Lambda** — 把标签变成独热（one-hot）向量",
    "data.tf.lambda_line": (
        "`Lambda(lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1))` 把标签 "
        "`{label}`（{name}）变成 `{vector}`。"
    ),
    "data.tf.one_hot_value": "独热值",
    # 4 · Augmentations
    "data.au.intro": (
        "随机数据增强每次读取同一张图像都会生成一个新变体：`RandomRotation`、"
        "`RandomHorizontalFlip` 和 `RandomResizedCrop`，最后 `ToTensor`。它们使用 torch 的全局随机数生成器，"
        "所以 `torch.manual_seed` 可以让结果复现。"
    ),
    "data.au.rotation": "RandomRotation：最多旋转 ± 度数（0 = 关闭）",
    "data.au.flip": "RandomHorizontalFlip：翻转概率 p（0 = 关闭）",
    "data.au.crop": "RandomResizedCrop：保留的最小面积比例（1 = 关闭）",
    "data.au.count": "抽取次数",
    "data.au.original": "原图 {index}",
    "data.au.caption": "每个小图都是在 torch.manual_seed({seed}) 之后，对同一张图像调用同一个 Compose 的一次结果。",
    # 5 · Compose order
    "data.cp.intro": (
        "`Compose` 按列表顺序执行各个步骤，顺序会改变结果：旋转会用 0 填充角落，在 Normalize 之前 0 是黑色，"
        "之后 0 代表均值（灰色）；先裁剪再缩放也不同于先缩放再裁剪。这里旋转和翻转是固定的，只有顺序不同。"
    ),
    "data.cp.preset": "示例",
    "data.cp.preset.rotate_normalize": "旋转前还是旋转后做 Normalize",
    "data.cp.preset.crop_resize": "先裁剪再缩放，还是先缩放再裁剪",
    "data.cp.preset.flip_rotate": "翻转与旋转：顺序重要吗？",
    "data.cp.preset.normalize_first": "在 ToTensor 之前 Normalize（会出错）",
    "data.cp.angle": "旋转角度（度）",
    "data.cp.crop": "CenterCrop 尺寸",
    "data.cp.resize": "Resize 尺寸",
    "data.cp.first": "Compose A（按顺序）",
    "data.cp.second": "Compose B（按顺序）",
    "data.cp.order_hint": "步骤按你选择的顺序执行；移除某一步再重新选择，即可把它移到末尾。",
    "data.cp.result_a": "A：结果 {shape}",
    "data.cp.result_b": "B：结果 {shape}",
    "data.cp.same": "A 和 B 得到相同的张量：对这些步骤来说，顺序无关紧要。",
    "data.cp.different": "A 和 B 不同：|A − B| 的最大值为 {difference:.4f}。下图显示 A − B。",
    "data.cp.shapes_differ": "A 和 B 的形状都不一样：{a} 对 {b}。",
    "data.cp.difference": "A − B（差值）",
    "data.step.to_tensor": "ToTensor()（转张量）",
    "data.step.normalize": "Normalize（标准化）",
    "data.step.rotate": "按角度旋转",
    "data.step.flip": "水平翻转",
    "data.step.center_crop": "CenterCrop（中心裁剪）",
    "data.step.resize": "Resize（缩放）",
    # 6 · Gallery
    "data.gl.intro": (
        "本应用可用的数据集。离线可用：scikit-learn 手写数字、生成的玩具数据和 torchvision 的 `FakeData`；"
        "MNIST 和 FashionMNIST 从数据文件夹读取，服务器联网时也可以按需下载。"
    ),
    "data.gl.dataset": "数据集",
    "data.gallery.digits": "scikit-learn 手写数字",
    "data.gallery.toys": "生成的二维玩具数据",
    "data.gallery.fake_data": "FakeData（随机图像）",
    "data.gallery.mnist": "MNIST 手写数字",
    "data.gallery.fashion_mnist": "FashionMNIST 服饰图像",
    "data.gl.about.digits": "1,797 张 8×8 像素的手写数字，随 scikit-learn 一起安装：始终可以离线使用。",
    "data.gl.about.toys": "即时生成的二维点（游乐场使用的数据集）：形状为 (n, 2) 的张量。",
    "data.gl.about.fake_data": "torchvision.datasets.FakeData：随机噪声图像加随机标签，用来在没有任何文件时测试数据流水线。",
    "data.gl.about.mnist": "70,000 张 28×28 像素的手写数字（训练集 60,000，测试集 10,000），由 torchvision.datasets.MNIST 读取。",
    "data.gl.about.fashion_mnist": "70,000 张 28×28 像素的灰度服饰图像，共 10 类，由 torchvision.datasets.FashionMNIST 读取。",
    "data.gl.count": "样本图像数",
    "data.gl.toy": "玩具数据",
    "data.toy.spiral": "螺旋",
    "data.toy.moons": "双月",
    "data.toy.circles": "同心圆",
    "data.toy.xor": "异或（XOR）",
    "data.toy.gaussian": "高斯团",
    "data.gl.points": "点数",
    "data.gl.fake_size": "FakeData 大小",
    "data.gl.split": "划分",
    "data.gl.train.False": "测试集（train=False）",
    "data.gl.train.True": "训练集（train=True）",
    "data.gl.download": "立即下载 {name}",
    "data.gl.downloading": "正在通过 torchvision 下载……",
    "data.gl.downloaded": "已下载到 {folder}。",
    "data.gl.folder_note": "数据文件夹：{folder}（设置 DLVIZ_DATA_DIR 可改用其他文件夹）。",
    "data.gl.seed_note": (
        "对《{tutorial_kitchen}》的更正：它调用 `datasets.MNIST('data', train=True, download=True)`，"
        "只要文件缺失就会联网下载，离线时直接失败。这里从数据文件夹读取文件，只有点击按钮时才下载。"
    ),
    "data.gl.length": "len(dataset) 样本数",
    "data.gl.shape": "单个样本的形状",
    "data.gl.classes": "类别数",
    "data.gl.class": "类别",
    "data.gl.count_axis": "样本数",
    "data.gl.balance_caption": "整个数据集的类别分布：每类 {low} 到 {high} 个样本。",
}
