"""Strings of the Data lab: Dataset, DataLoader, transforms and the dataset gallery — English."""

STRINGS = {
    # Errors and limits
    "data.err.unknown_dataset": "Unknown dataset “{name}”. Choose MNIST or FashionMNIST.",
    "data.err.missing": (
        "The {name} files are not in the data folder `{folder}`. Put torchvision's raw files "
        "there (or set DLVIZ_DATA_DIR), or download them from the Dataset gallery section when this "
        "server is online."
    ),
    "data.err.download_failed": (
        "Could not download {name} into `{folder}`: this server seems to be offline or the "
        "mirrors are unreachable ({reason}). The offline datasets (digits, toys, FakeData) still work."
    ),
    "data.err.std_positive": "The standard deviation must be above 0 (got {std}): Normalize divides by it.",
    "data.err.unknown_step": "Unknown transform step “{step}”.",
    "data.err.empty_pipeline": "This Compose is empty: pick at least one step.",
    "data.err.needs_tensor": (
        "Step {position}, {step}, receives a PIL image but needs a tensor: put ToTensor() before it. "
        "(torchvision would raise “TypeError: tensor should be a torch tensor”.)"
    ),
    "data.err.needs_pil": (
        "Step {position}, {step}, receives a tensor but needs a PIL image or NumPy array: "
        "ToTensor() may appear only once, before the tensor steps."
    ),
    "limits.max_data_loader_samples": "The number of samples in the DataLoader table",
    "limits.max_data_epochs": "The number of epochs shown",
    "limits.max_data_grid_images": "The number of images in a grid",
    "limits.max_data_fake_samples": "The size of FakeData",
    # Page and shared widgets
    "data.section": "Section",
    "data.section.dataset": "1 · Dataset",
    "data.section.loader": "2 · DataLoader",
    "data.section.transforms": "3 · ToTensor, Normalize, Lambda",
    "data.section.augment": "4 · Augmentations",
    "data.section.compose": "5 · Compose order",
    "data.section.gallery": "6 · Dataset gallery",
    "data.source": "Images",
    "data.source.digits": "scikit-learn digits (8×8, offline)",
    "data.source.mnist": "MNIST test set (data folder)",
    "data.source.fashion_mnist": "FashionMNIST test set (data folder)",
    "data.source_hint": "Pick the scikit-learn digits to go on offline.",
    "data.index": "Index (0 to {last})",
    "data.fashion.0": "T-shirt/top",
    "data.fashion.1": "Trouser",
    "data.fashion.2": "Pullover",
    "data.fashion.3": "Dress",
    "data.fashion.4": "Coat",
    "data.fashion.5": "Sandal",
    "data.fashion.6": "Shirt",
    "data.fashion.7": "Sneaker",
    "data.fashion.8": "Bag",
    "data.fashion.9": "Ankle boot",
    # 1 · Dataset
    "data.ds.intro": (
        "A `Dataset` needs three methods: `__init__` keeps the data, `__len__` says how many "
        "samples there are, and `__getitem__(idx)` returns one `(image, label)` pair. `transform` "
        "changes the image (here `ToTensor()`), `target_transform` the label (here the one-hot "
        "`Lambda`). This very class runs below."
    ),
    "data.ds.to_tensor": "transform=ToTensor()",
    "data.ds.one_hot": "target_transform=Lambda(one-hot)",
    "data.ds.length": "len(dataset)",
    "data.ds.image_line": "`dataset[{index}][0]` — image: {description}",
    "data.ds.label_line": "`dataset[{index}][1]` — label: `{label}` (class {name})",
    "data.ds.tensor_image": "a `torch.Tensor` of shape `{shape}`, `{dtype}`, values {low:.3f} to {high:.3f}",
    "data.ds.pil_image": "a PIL image, mode `{mode}`, {width}×{height} pixels, integer values 0 to 255",
    "data.ds.figure_title": "dataset[{index}] — hover a pixel to read its value",
    # 2 · DataLoader
    "data.ld.intro": (
        "A `DataLoader` cuts the dataset into batches. With `shuffle=True` it draws a new order "
        "every epoch from its `generator`; seeding that generator (sidebar seed) makes the order "
        "repeatable. `drop_last=True` drops a last batch that is smaller than `batch_size`."
    ),
    "data.ld.size": "Samples used (first N of the dataset)",
    "data.ld.batch_size": "batch_size",
    "data.ld.epochs": "Epochs",
    "data.ld.shuffle": "shuffle",
    "data.ld.drop_last": "drop_last",
    "data.ld.seed_note": "generator=torch.Generator().manual_seed({seed}) — change the seed in the sidebar.",
    "data.ld.len_dataset": "len(dataset)",
    "data.ld.len_loader": "len(loader): batches per epoch",
    "data.ld.dropped": "Samples dropped per epoch",
    "data.ld.no_batches": "No batch at all: with drop_last=True and batch_size larger than the dataset, every sample is dropped.",
    "data.ld.sample_index": "sample index",
    "data.ld.epoch": "epoch",
    "data.ld.batch": "batch",
    "data.ld.dropped_cell": "dropped",
    "data.ld.map_caption": (
        "Each cell is a sample, coloured by the batch it lands in. Without shuffle the colours form "
        "blocks in index order and repeat every epoch; with shuffle they are mixed and change each epoch. "
        "The table lists the same indices, batch by batch."
    ),
    "data.ld.show_epoch": "Show the batch of epoch",
    "data.ld.show_batch": "Batch number",
    "data.ld.batch_line": "This batch: images `{shape}`, labels `{labels}` — the same tensors the DataLoader yields.",
    # 3 · ToTensor, Normalize, Lambda
    "data.tf.intro": (
        "The pipeline of “{tutorial_kitchen}” is `Compose([ToTensor(), Normalize((0.1307,), (0.3081,))])`. "
        "`ToTensor` turns a PIL image (integers 0–255, shape H×W) into a float tensor 0–1 of shape "
        "1×H×W; `Normalize` then computes (x − mean) / std per channel. Note the tuples: `(0.1307,)` "
        "has one value per channel."
    ),
    "data.tf.to_tensor_title": "**ToTensor()** — the 8×8 patch with the most ink (rows from {top}, columns from {left})",
    "data.tf.pil_window": "PIL image (uint8, 0–255)",
    "data.tf.tensor_window": "After ToTensor() (float32, 0–1)",
    "data.tf.value_255": "pixel value (0–255)",
    "data.tf.value_1": "pixel value (0–1)",
    "data.tf.value": "value",
    "data.tf.count": "pixels",
    "data.tf.normalize_title": "**Normalize(mean, std)**",
    "data.tf.dataset_stats": (
        "All pixels of these images after ToTensor: mean {mean:.4f}, std {std:.4f}. The tutorial's "
        "{seed_mean} and {seed_std} are the mean and std of MNIST's training set."
    ),
    "data.tf.mean": "mean",
    "data.tf.std": "std",
    "data.tf.stat_mean": "mean",
    "data.tf.stat_std": "std",
    "data.tf.stat_min": "min",
    "data.tf.stat_max": "max",
    "data.tf.before": "before Normalize",
    "data.tf.after": "after Normalize",
    "data.tf.formula": (
        "(x − {mean:.4f}) / {std:.4f}: black 0 → {zero:.4f}, white 1 → {one:.4f}. Normalize shifts "
        "and stretches the histogram; its shape stays the same."
    ),
    "data.tf.normalized_image": "After Normalize (hover for values)",
    "data.tf.lambda_title": "**Lambda** — a label turned into a one-hot vector",
    "data.tf.lambda_line": (
        "`Lambda(lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1))` maps label "
        "`{label}` ({name}) to `{vector}`."
    ),
    "data.tf.one_hot_value": "one-hot value",
    # 4 · Augmentations
    "data.au.intro": (
        "Random augmentations make a new variant of the same image each time it is read: "
        "`RandomRotation`, `RandomHorizontalFlip` and `RandomResizedCrop`, then `ToTensor`. "
        "They draw from torch's global generator, so `torch.manual_seed` makes the draws repeatable."
    ),
    "data.au.rotation": "RandomRotation: up to ± degrees (0 = off)",
    "data.au.flip": "RandomHorizontalFlip: probability p (0 = off)",
    "data.au.crop": "RandomResizedCrop: smallest area kept (1 = off)",
    "data.au.count": "Draws",
    "data.au.original": "Original image {index}",
    "data.au.caption": "Each tile is one call of the same Compose on the same image, after torch.manual_seed({seed}).",
    # 5 · Compose order
    "data.cp.intro": (
        "`Compose` applies its steps in list order, and the order changes the result: a rotation "
        "fills the corners with 0, which is black before Normalize but grey (0 = the mean) after it; "
        "cropping then resizing is not resizing then cropping. Rotation and flip are fixed here, so "
        "only the order differs."
    ),
    "data.cp.preset": "Example",
    "data.cp.preset.rotate_normalize": "Normalize before or after a rotation",
    "data.cp.preset.crop_resize": "Crop then resize, or resize then crop",
    "data.cp.preset.flip_rotate": "Flip and rotate: does the order matter?",
    "data.cp.preset.normalize_first": "Normalize before ToTensor (an error)",
    "data.cp.angle": "Rotation angle (degrees)",
    "data.cp.crop": "CenterCrop size",
    "data.cp.resize": "Resize size",
    "data.cp.first": "Compose A, in order",
    "data.cp.second": "Compose B, in order",
    "data.cp.order_hint": "Steps run in the order you pick them; remove a step and pick it again to move it to the end.",
    "data.cp.result_a": "A: result {shape}",
    "data.cp.result_b": "B: result {shape}",
    "data.cp.same": "A and B give the same tensor: for these steps the order does not matter.",
    "data.cp.different": "A and B differ: the largest |A − B| is {difference:.4f}. The map below shows A − B.",
    "data.cp.shapes_differ": "A and B do not even have the same shape: {a} vs {b}.",
    "data.cp.difference": "A − B",
    "data.step.to_tensor": "ToTensor()",
    "data.step.normalize": "Normalize(0.1307, 0.3081)",
    "data.step.rotate": "Rotate by the angle",
    "data.step.flip": "Horizontal flip",
    "data.step.center_crop": "CenterCrop",
    "data.step.resize": "Resize",
    # 6 · Gallery
    "data.gl.intro": (
        "The datasets this app can use. Offline: scikit-learn's digits, generated toys and "
        "torchvision's `FakeData`; MNIST and FashionMNIST come from the data folder, and can be "
        "downloaded on request when the server is online."
    ),
    "data.gl.dataset": "Dataset",
    "data.gallery.digits": "scikit-learn digits",
    "data.gallery.toys": "Generated 2-D toys",
    "data.gallery.fake_data": "FakeData (random images)",
    "data.gallery.mnist": "MNIST",
    "data.gallery.fashion_mnist": "FashionMNIST",
    "data.gl.about.digits": "1,797 handwritten digits of 8×8 pixels, bundled with scikit-learn: always available offline.",
    "data.gl.about.toys": "2-D points generated on the fly (the Playground's datasets): tensors of shape (n, 2).",
    "data.gl.about.fake_data": (
        "torchvision.datasets.FakeData: random-noise images with random labels, for testing a "
        "pipeline without any files."
    ),
    "data.gl.about.mnist": "70,000 handwritten digits of 28×28 pixels (60,000 train, 10,000 test), read by torchvision.datasets.MNIST.",
    "data.gl.about.fashion_mnist": "70,000 grey clothing images of 28×28 pixels in 10 classes, read by torchvision.datasets.FashionMNIST.",
    "data.gl.count": "Images in the sample",
    "data.gl.toy": "Toy",
    "data.toy.spiral": "Spiral",
    "data.toy.moons": "Moons",
    "data.toy.circles": "Circles",
    "data.toy.xor": "XOR",
    "data.toy.gaussian": "Gaussian blobs",
    "data.gl.points": "Points",
    "data.gl.fake_size": "FakeData size",
    "data.gl.split": "Split",
    "data.gl.train.False": "test (train=False)",
    "data.gl.train.True": "train (train=True)",
    "data.gl.download": "Download {name} now",
    "data.gl.downloading": "Downloading with torchvision…",
    "data.gl.downloaded": "Downloaded into {folder}.",
    "data.gl.folder_note": "Data folder: {folder} (set DLVIZ_DATA_DIR to use another one).",
    "data.gl.seed_note": (
        "Corrected from “{tutorial_kitchen}”: it calls `datasets.MNIST('data', train=True, download=True)`, which "
        "reaches for the network whenever the files are missing and fails offline. Here the files are read "
        "from the data folder, and downloading happens only when you press the button."
    ),
    "data.gl.length": "len(dataset)",
    "data.gl.shape": "One sample's shape",
    "data.gl.classes": "Classes",
    "data.gl.class": "class",
    "data.gl.count_axis": "samples",
    "data.gl.balance_caption": "Class balance of the whole dataset: from {low} to {high} samples per class.",
}
