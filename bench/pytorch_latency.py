#!/usr/bin/env python3
"""PyTorch's side of `bench/bench.sh latency`: builds a network from the architecture Lamina describes
(architecture.json: Conv2D, SeparableConv2D, MaxPooling2D, Flatten, Dense), loads Lamina's weights from
their NumPy export (weights.npz, Keras names and layouts), and times inference exactly as the Java side
times Lamina and ONNX Runtime: `--threads` calling threads (torch's intra-op threads: CPUs / threads),
`--warmup` untimed calls each, then `--seconds` of timed calls. Prints one JSON line with the figures and
the outputs of a fixed input, which the Java side compares with Lamina's."""
import argparse, json, os, threading, time

import numpy as np
import torch
from torch import nn

ACTIVATIONS = {"LINEAR": nn.Identity, "RELU": nn.ReLU, "SELU": nn.SELU, "ELU": nn.ELU, "TANH": nn.Tanh,
               "SIGMOID": nn.Sigmoid, "SOFTPLUS": nn.Softplus, "SWISH": nn.SiLU,
               "LEAKY_RELU": lambda: nn.LeakyReLU(0.2), "SOFTMAX": lambda: nn.Softmax(dim=1)}


class NhwcFlatten(nn.Module):
    """Lamina flattens NHWC in C order: permute NCHW back first, so that Dense kernels match."""
    def forward(self, x):
        return x.permute(0, 2, 3, 1).flatten(1)


def same(layer):
    k, s = layer["kernel"], layer["strides"]
    if layer["padding"] == "VALID":
        return 0
    if s != [1, 1] or k[0] % 2 == 0 or k[1] % 2 == 0:
        raise SystemExit("not applicable: SAME padding with strides %s and kernel %s" % (s, k))
    return (k[0] // 2, k[1] // 2)


def build(arch, w):
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32))
    layers = []
    channels = arch["input"][2]
    for layer in arch["layers"]:
        kind, name = layer["kind"], layer["name"]
        if kind == "Conv2D":
            conv = nn.Conv2d(channels, layer["filters"], layer["kernel"], layer["strides"], same(layer),
                             bias=layer["useBias"])
            conv.weight.data = t(w[name + "/kernel"].transpose(3, 2, 0, 1))
            if layer["useBias"]:
                conv.bias.data = t(w[name + "/bias"])
            layers += [conv, ACTIVATIONS[layer["activation"]]()]
            channels = layer["filters"]
        elif kind == "SeparableConv2D":
            m = layer["depthMultiplier"]
            depthwise = nn.Conv2d(channels, channels * m, layer["kernel"], layer["strides"], same(layer),
                                  groups=channels, bias=False)
            k = w[name + "/depthwise_kernel"]
            depthwise.weight.data = t(k.reshape(k.shape[0], k.shape[1], channels * m).transpose(2, 0, 1)[:, None])
            pointwise = nn.Conv2d(channels * m, layer["filters"], 1, bias=layer["useBias"])
            pointwise.weight.data = t(w[name + "/pointwise_kernel"].transpose(3, 2, 0, 1))
            if layer["useBias"]:
                pointwise.bias.data = t(w[name + "/bias"])
            layers += [depthwise, pointwise, ACTIVATIONS[layer["activation"]]()]
            channels = layer["filters"]
        elif kind == "MaxPooling2D":
            if layer["padding"] != "VALID":
                raise SystemExit("not applicable: SAME max pooling")
            layers.append(nn.MaxPool2d(layer["kernel"], layer["strides"]))
        elif kind == "Flatten":
            layers.append(NhwcFlatten())
        elif kind == "Dense":
            dense = nn.Linear(w[name + "/kernel"].shape[0], layer["units"], bias=layer["useBias"])
            dense.weight.data = t(w[name + "/kernel"].T)
            if layer["useBias"]:
                dense.bias.data = t(w[name + "/bias"])
            layers += [dense, ACTIVATIONS[layer["activation"]]()]
        else:
            raise SystemExit("not applicable: no PyTorch layer for " + kind)
    return nn.Sequential(*layers).eval()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--warmup", type=int, required=True)
    p.add_argument("--seconds", type=float, required=True)
    a = p.parse_args()
    arch = json.load(open(os.path.join(a.dir, "architecture.json")))
    model = build(arch, np.load(os.path.join(a.dir, "weights.npz")))
    torch.set_num_threads(max(1, (os.cpu_count() or 1) // a.threads))
    h, w, c = arch["input"]
    n = h * w * c
    check = torch.from_numpy(((np.arange(n, dtype=np.float32) % 255) - 128) / 64).reshape(1, h, w, c)
    with torch.inference_mode():
        check_out = model(check.permute(0, 3, 1, 2).contiguous()).flatten().tolist()
    inputs = [torch.randn(a.batch, c, h, w) for _ in range(a.threads)]
    latencies = [[] for _ in range(a.threads)]
    barrier = threading.Barrier(a.threads)
    window = {}

    def worker(i):
        x = inputs[i]
        with torch.inference_mode():
            for _ in range(a.warmup):
                model(x)
            barrier.wait()
            window.setdefault("start", time.perf_counter())
            start = window["start"]
            now = time.perf_counter()
            while now - start < a.seconds:
                model(x)
                end = time.perf_counter()
                latencies[i].append(end - now)
                now = end

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(a.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - window["start"]
    all_ = sorted(x for l in latencies for x in l)
    print(json.dumps({"calls": len(all_), "p50_us": all_[len(all_) // 2] * 1e6,
                      "p99_us": all_[min(len(all_) - 1, int(len(all_) * 0.99))] * 1e6,
                      "images_per_second": len(all_) * a.batch / elapsed, "check": check_out,
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
