#!/usr/bin/env python3
"""PyTorch's side of `bench/bench.sh precision`: the tutorial's two networks (Model A `cnn`, Model B
`separable`, as ../shared/peers/README.md defines them), the samples' graph networks (`resnet`: the
layers of samples/.../FashionResNet.java; `unet`: FashionUNet's) and the chain segmenter `segmenter`
(FashionSegmenter's) trained and run on Fashion-MNIST in fp32 or in bf16 mixed precision
(torch.autocast("cpu", dtype=torch.bfloat16): fp32 master weights and optimizer, bf16 convolutions and
matmuls), timed as the peers time themselves: --steps SGD steps of --batch shuffled standardized
images, the first --warmup untimed; then inference of the 10,000 test images at --predict-batch after
one untimed batch. The classifiers learn the labels (cross-entropy); the segmenters learn the garment
mask of `lamina train` (cli's Task.SEGMENTATION: 1 where the raw pixel exceeds 25) with binary
cross-entropy per pixel, averaged over all pixels, as Keras's and Lamina's, and every training step
also counts the segmenters' metrics of `lamina train` (pixel accuracy, binary IoU's confusion counts), as
Lamina's timed Trainer does. Prints one JSON line per workload."""
import argparse, gzip, json, os, struct, time

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F


def idx(path):
    with gzip.open(path, "rb") as f:
        magic, = struct.unpack(">I", f.read(4))
        dims = struct.unpack(">" + "I" * (magic & 0xFF), f.read(4 * (magic & 0xFF)))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


# Raw pixel value (0..255) above which a pixel is garment: cli's Task.MASK_THRESHOLD.
MASK_THRESHOLD = 25.0


def data(directory, validation=5000, masks=False):
    """The standardized training images after the first `validation`, their targets (the labels, or
    with `masks` the garment masks of the raw pixels, N x 1 x 28 x 28) and the standardized test images."""
    images = idx(os.path.join(directory, "train-images-idx3-ubyte.gz")).astype(np.float32)
    labels = idx(os.path.join(directory, "train-labels-idx1-ubyte.gz")).astype(np.int64)
    test = idx(os.path.join(directory, "t10k-images-idx3-ubyte.gz")).astype(np.float32)
    train = images[validation:]
    mean, std = train.mean(), train.std()
    to = lambda a: torch.from_numpy(((a - mean) / std)[:, None, :, :].copy())
    if masks:
        return to(train), torch.from_numpy((train > MASK_THRESHOLD).astype(np.float32)[:, None, :, :].copy()), to(test)
    return to(train), torch.from_numpy(labels[validation:].copy()), to(test)


def block(cin, cout, separable):
    if not separable:
        return [nn.Conv2d(cin, cout, 3, padding=1), nn.SELU()]
    return [nn.Conv2d(cin, cin, 3, padding=1, groups=cin, bias=False), nn.Conv2d(cin, cout, 1), nn.SELU()]


class Residual(nn.Module):
    """FashionResNet's block: conv3x3 (stride s, no bias) - BN - ReLU - conv3x3 (no bias) - BN, plus the
    shortcut (identity, or the projection conv1x1 stride s, no bias - BN), then ReLU. Keras's
    BatchNormalization(momentum=0.99, epsilon=1e-3) is torch's BatchNorm2d(momentum=0.01, eps=1e-3).
    Shapes equal Keras's padding SAME; with stride 2 on an even size Keras pads one row and column at
    the bottom and right only, torch (padding=1) one on every side: same shapes and work, output pixels
    shifted by half a stride."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        bn = lambda c: nn.BatchNorm2d(c, eps=1e-3, momentum=0.01)
        self.main = nn.Sequential(nn.Conv2d(cin, cout, 3, stride, padding=1, bias=False), bn(cout), nn.ReLU(),
                                  nn.Conv2d(cout, cout, 3, padding=1, bias=False), bn(cout))
        self.shortcut = nn.Identity() if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride, bias=False), bn(cout))

    def forward(self, x):
        return torch.relu(self.main(x) + self.shortcut(x))


def resnet():
    """FashionResNet: stem conv3x3 16 - BN - ReLU (28x28x16); identity block 16 (28x28); projection
    blocks 32 (14x14) and 64 (7x7); identity block 64; global average pooling; dense 10 (softmax in
    the loss)."""
    return nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16, eps=1e-3, momentum=0.01),
                         nn.ReLU(), Residual(16, 16, 1), Residual(16, 32, 2), Residual(32, 64, 2),
                         Residual(64, 64, 1), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))


class UNet(nn.Module):
    """FashionUNet: conv3x3 8 (28x28) - pool - conv3x3 16 (14x14) - pool - conv3x3 32 (7x7) - up x2 -
    concat with the 16 - conv3x3 16 - up x2 - concat with the 8 - conv3x3 8 - conv1x1 1 sigmoid; all
    SAME, ReLU, nearest up-sampling, channels concatenated up-sampled first (Keras's order)."""

    def __init__(self):
        super().__init__()
        conv = lambda cin, cout: nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU())
        self.enc1, self.enc2, self.bottleneck = conv(1, 8), conv(8, 16), conv(16, 32)
        self.dec2, self.dec1 = conv(32 + 16, 16), conv(16 + 8, 8)
        self.mask = nn.Conv2d(8, 1, 1)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(F.max_pool2d(e1, 2))
        b = self.bottleneck(F.max_pool2d(e2, 2))
        d2 = self.dec2(torch.cat([F.interpolate(b, scale_factor=2), e2], 1))
        d1 = self.dec1(torch.cat([F.interpolate(d2, scale_factor=2), e1], 1))
        return torch.sigmoid(self.mask(d1))


def segmenter():
    """FashionSegmenter: conv3x3 16 ReLU (28x28) - pool - conv3x3 32 ReLU (14x14) - pool - transposed
    conv3x3 16 stride 2 ReLU (14x14) - transposed conv3x3 1 stride 2 sigmoid (28x28), all SAME. Keras's
    SAME transposed convolution of stride 2 doubles the size; torch's padding=1, output_padding=1 gives
    the same shapes and work, the output pixels shifted by one (the convolution it transposes is padded
    at the top and left in torch, at the bottom and right in Keras), as for FashionResNet's strides."""
    up = lambda cin, cout: nn.ConvTranspose2d(cin, cout, 3, stride=2, padding=1, output_padding=1)
    return nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         up(32, 16), nn.ReLU(), up(16, 1), nn.Sigmoid())


def binary_crossentropy(probabilities, masks):
    """A segmenter's loss: its sigmoid is its last layer, as in Lamina, so binary cross-entropy of the
    probabilities, mean over all pixels; in fp32 outside autocast, which refuses binary_cross_entropy."""
    with torch.autocast("cpu", enabled=False):
        return F.binary_cross_entropy(probabilities.float(), masks)


def count_mask_metrics(probabilities, masks, totals):
    """Adds a step's counts to totals [hits, pixels, true positives, predicted, actual]: Lamina's
    binary_accuracy (output > 0.5 agrees with label > 0.5) and binary_io_u (output >= 0.5, label >= 0.5),
    which its Trainer updates every step (runtime/.../metric/BinaryAccuracy.java, BinaryIoU.java)."""
    with torch.no_grad():
        p = probabilities.detach().float()
        t = masks >= 0.5
        predicted = p >= 0.5
        totals[0] += ((p > 0.5) == (masks > 0.5)).sum()
        totals[1] += masks.numel()
        totals[2] += (predicted & t).sum()
        totals[3] += predicted.sum()
        totals[4] += t.sum()


def mask_metrics(totals):
    """Pixel accuracy and IoU averaged over background and garment, from count_mask_metrics's totals."""
    hits, pixels, tp, predicted, actual = (float(v) for v in totals)
    fp, fn = predicted - tp, actual - tp
    tn = pixels - tp - fp - fn
    return hits / pixels, (tp / max(tp + fp + fn, 1) + tn / max(tn + fp + fn, 1)) / 2


# The networks whose output is a per-pixel mask (sigmoid), trained with binary cross-entropy.
SEGMENTERS = ("unet", "segmenter")

# The Keras parameter counts (BatchNormalization: 4 per channel, its moving mean and variance included).
KERAS_PARAMS = {"cnn": 435_306, "separable": 184_234, "resnet": 152_666, "unet": 14_561, "segmenter": 9_569}


def keras_count(net):
    """Parameters as Keras counts them: torch's parameters plus BatchNorm's running mean and variance."""
    buffers = sum(b.numel() for n, b in net.named_buffers() if n.endswith(("running_mean", "running_var")))
    return sum(p.numel() for p in net.parameters()) + buffers


def network(name):
    if name in ("resnet", "unet", "segmenter"):
        net = resnet() if name == "resnet" else UNet() if name == "unet" else segmenter()
        for m in net.modules():
            if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
                nn.init.xavier_uniform_(m.weight)
                if m.bias is not None:
                    nn.init.zeros_(m.bias)
        return net
    sep = name == "separable"
    layers = [nn.Conv2d(1, 32, 3, padding=1), nn.SELU()] + block(32, 32, sep) + [nn.MaxPool2d(2)]
    layers += block(32, 64, sep) + block(64, 64, sep) + [nn.MaxPool2d(2)]
    layers += block(64, 128, sep) + block(128, 128, sep) + [nn.MaxPool2d(2)]
    layers += [nn.Flatten(), nn.Linear(128 * 3 * 3, 128), nn.SELU(), nn.Linear(128, 10)]
    net = nn.Sequential(*layers)
    for m in net.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
    return net


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", choices=sorted(KERAS_PARAMS), default="cnn")
    ap.add_argument("--precision", choices=["fp32", "bf16"], default="fp32")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--steps", type=int, default=140, help="timed training steps")
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--predict-batch", type=int, default=256, help="0: no inference")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--data-dir", default="/usr/share/datasets/fashion-mnist")
    ap.add_argument("--count-only", choices=sorted(KERAS_PARAMS),
                    help="print that network's parameter counts (torch's and Keras's) and exit")
    args = ap.parse_args()
    if args.count_only:
        net = network(args.count_only)
        count = keras_count(net)
        print(json.dumps({"model": args.count_only, "torch_parameters": sum(p.numel() for p in net.parameters()),
                          "keras_parameters": count, "expected": KERAS_PARAMS[args.count_only],
                          "ok": count == KERAS_PARAMS[args.count_only]}))
        return
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    masks = args.model in SEGMENTERS
    x, y, test = data(args.data_dir, masks=masks)
    net = network(args.model)
    if keras_count(net) != KERAS_PARAMS[args.model]:
        raise SystemExit(f"{args.model}: {keras_count(net)} parameters, Keras counts {KERAS_PARAMS[args.model]}")
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    loss_fn = binary_crossentropy if masks else nn.CrossEntropyLoss()
    output = (lambda o: o.float()) if masks else (lambda o: torch.softmax(o.float(), 1))
    bf16 = args.precision == "bf16"
    order = torch.randperm(x.shape[0])
    start, losses, totals = None, [], [0, 0, 0, 0, 0]
    for step in range(args.warmup + args.steps):
        if step == args.warmup:
            start = time.perf_counter()
        i = order[(step * args.batch) % (x.shape[0] - args.batch):][:args.batch]
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            out = net(x[i])
            loss = loss_fn(out, y[i])
        if masks:
            count_mask_metrics(out, y[i], totals)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
    seconds = time.perf_counter() - start
    common = {"framework": "PyTorch " + torch.__version__, "model": args.model, "precision": args.precision,
              "threads": args.threads}
    train = dict(common, workload="train", batch=args.batch, samples_per_second=args.steps * args.batch / seconds,
                 last_loss=sum(losses[-20:]) / 20)
    if masks:
        train["pixel_accuracy"], train["iou"] = mask_metrics(totals)
    print(json.dumps(train), flush=True)
    if args.predict_batch > 0:
        net.eval()
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            output(net(test[:args.predict_batch]))
            t0 = time.perf_counter()
            for s in range(0, test.shape[0], args.predict_batch):
                output(net(test[s:s + args.predict_batch]))
            seconds = time.perf_counter() - t0
        print(json.dumps(dict(common, workload="predict", batch=args.predict_batch,
                              samples_per_second=test.shape[0] / seconds)), flush=True)


if __name__ == "__main__":
    main()
