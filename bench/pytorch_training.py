#!/usr/bin/env python3
"""PyTorch's side of `bench/bench.sh precision`: the tutorial's two networks (Model A `cnn`, Model B
`separable`, as ../shared/peers/README.md defines them) trained and run on Fashion-MNIST in fp32 or in
bf16 mixed precision (torch.autocast("cpu", dtype=torch.bfloat16): fp32 master weights and optimizer,
bf16 convolutions and matmuls), timed as the peers time themselves: --steps SGD steps of --batch
shuffled standardized images, the first --warmup untimed; then inference of the 10,000 test images at
--predict-batch after one untimed batch. Prints one JSON line per workload."""
import argparse, gzip, json, os, struct, time

import numpy as np
import torch
from torch import nn


def idx(path):
    with gzip.open(path, "rb") as f:
        magic, = struct.unpack(">I", f.read(4))
        dims = struct.unpack(">" + "I" * (magic & 0xFF), f.read(4 * (magic & 0xFF)))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def data(directory, validation=5000):
    images = idx(os.path.join(directory, "train-images-idx3-ubyte.gz")).astype(np.float32)
    labels = idx(os.path.join(directory, "train-labels-idx1-ubyte.gz")).astype(np.int64)
    test = idx(os.path.join(directory, "t10k-images-idx3-ubyte.gz")).astype(np.float32)
    train = images[validation:]
    mean, std = train.mean(), train.std()
    to = lambda a: torch.from_numpy(((a - mean) / std)[:, None, :, :].copy())
    return to(train), torch.from_numpy(labels[validation:].copy()), to(test)


def block(cin, cout, separable):
    if not separable:
        return [nn.Conv2d(cin, cout, 3, padding=1), nn.SELU()]
    return [nn.Conv2d(cin, cin, 3, padding=1, groups=cin, bias=False), nn.Conv2d(cin, cout, 1), nn.SELU()]


def network(name):
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
    ap.add_argument("--model", choices=["cnn", "separable"], default="cnn")
    ap.add_argument("--precision", choices=["fp32", "bf16"], default="fp32")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--steps", type=int, default=140, help="timed training steps")
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--predict-batch", type=int, default=256, help="0: no inference")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--data-dir", default="/usr/share/datasets/fashion-mnist")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    x, y, test = data(args.data_dir)
    net = network(args.model)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()
    bf16 = args.precision == "bf16"
    order = torch.randperm(x.shape[0])
    start, losses = None, []
    for step in range(args.warmup + args.steps):
        if step == args.warmup:
            start = time.perf_counter()
        i = order[(step * args.batch) % (x.shape[0] - args.batch):][:args.batch]
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            loss = loss_fn(net(x[i]), y[i])
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
    seconds = time.perf_counter() - start
    common = {"framework": "PyTorch " + torch.__version__, "model": args.model, "precision": args.precision,
              "threads": args.threads}
    print(json.dumps(dict(common, workload="train", batch=args.batch, samples_per_second=args.steps * args.batch
                          / seconds, last_loss=sum(losses[-20:]) / 20)), flush=True)
    if args.predict_batch > 0:
        net.eval()
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            torch.softmax(net(test[:args.predict_batch]), 1)
            t0 = time.perf_counter()
            for s in range(0, test.shape[0], args.predict_batch):
                torch.softmax(net(test[s:s + args.predict_batch]).float(), 1)
            seconds = time.perf_counter() - t0
        print(json.dumps(dict(common, workload="predict", batch=args.predict_batch,
                              samples_per_second=test.shape[0] / seconds)), flush=True)


if __name__ == "__main__":
    main()
