"""Writes Keras-layout files with known weights, and NumPy's forward pass over them, for Lamina's tests.

Run by the Java tests with Debian's /usr/bin/python3 (python3-h5py, python3-numpy):

    keras_files.py OUTDIR

For each test model M it writes, with the same weights:
  M.h5           Keras 2 full model (model.save): model_config, model_weights/<layer>/<layer>/<w>:0
  M_weights.h5   Keras 2 save_weights: layer_names at the root
  M.keras        Keras 3 archive: config.json, metadata.json, model.weights.h5 (layers/<class_snake>[_N]/vars/<i>)
  M.weights.h5   Keras 3 save_weights
  M_reference.h5 x: a random input batch, y: the model's output computed here in float64 with NumPy
and under OUTDIR/errors/ files that Lamina must refuse. Keras itself is not installed (Debian has no
package); the layouts follow Keras 2.4's hdf5_format and Keras 3's saving_lib.
"""

import copy
import json
import os
import re
import sys
import zipfile

import h5py
import numpy as np

RNG = np.random.default_rng(20261204)


# ----------------------------------------------------------------------------------------------------
# NumPy reference: Keras/TensorFlow semantics, NHWC, float64, written from the definitions.

def axis(n, k, s, d, padding):
    eff = d * (k - 1) + 1
    if padding == "same":
        out = -(-n // s)
        total = max((out - 1) * s + eff - n, 0)
        return out, total // 2
    return (n - eff) // s + 1, 0


def windows(x, kh, kw, sh, sw, dh, dw, padding, fill=0.0):
    """Yields (i, j, patch): for each kernel tap, the input values it meets at every output position."""
    n, h, w, c = x.shape
    oh, ph = axis(h, kh, sh, dh, padding)
    ow, pw = axis(w, kw, sw, dw, padding)
    big = np.full((n, h + 2 * (kh * dh + sh), w + 2 * (kw * dw + sw), c), fill)
    big[:, ph:ph + h, pw:pw + w, :] = x
    for i in range(kh):
        for j in range(kw):
            r0, c0 = i * dh, j * dw
            yield i, j, big[:, r0:r0 + (oh - 1) * sh + 1:sh, c0:c0 + (ow - 1) * sw + 1:sw, :]


def conv2d(x, k, b, strides, dilation, padding):
    kh, kw, _, f = k.shape
    out = None
    for i, j, patch in windows(x, kh, kw, strides[0], strides[1], dilation[0], dilation[1], padding):
        term = patch @ k[i, j]
        out = term if out is None else out + term
    return out if b is None else out + b


def depthwise(x, k, b, strides, dilation, padding):
    kh, kw, c, m = k.shape
    out = None
    for i, j, patch in windows(x, kh, kw, strides[0], strides[1], dilation[0], dilation[1], padding):
        term = (patch[..., :, None] * k[i, j]).reshape(patch.shape[:3] + (c * m,))
        out = term if out is None else out + term
    return out if b is None else out + b


def conv2d_transpose(x, k, b, strides, padding):
    """The gradient of a convolution: each input value scatters kernel[i, j] (filters x in) into the output."""
    n, h, w, _ = x.shape
    kh, kw, f, _ = k.shape
    sh, sw = strides
    if padding == "same":
        oh, ow = h * sh, w * sw
        ph, pw = max((h - 1) * sh + kh - oh, 0) // 2, max((w - 1) * sw + kw - ow, 0) // 2
    else:
        oh, ow = h * sh + max(kh - sh, 0), w * sw + max(kw - sw, 0)
        ph, pw = 0, 0
    full = np.zeros((n, max((h - 1) * sh + kh, ph + oh), max((w - 1) * sw + kw, pw + ow), f))
    for r in range(h):
        for c in range(w):
            for i in range(kh):
                for j in range(kw):
                    full[:, r * sh + i, c * sw + j, :] += x[:, r, c, :] @ k[i, j].T
    out = full[:, ph:ph + oh, pw:pw + ow, :]
    return out if b is None else out + b


def pool(x, size, strides, padding, mode):
    if mode == "max":
        out = None
        for _, _, patch in windows(x, size[0], size[1], strides[0], strides[1], 1, 1, padding, fill=-np.inf):
            out = patch if out is None else np.maximum(out, patch)
        return out
    total, count = None, None
    ones = np.ones(x.shape[:3] + (1,))
    for (_, _, patch), (_, _, cells) in zip(
            windows(x, size[0], size[1], strides[0], strides[1], 1, 1, padding),
            windows(ones, size[0], size[1], strides[0], strides[1], 1, 1, padding)):
        total = patch if total is None else total + patch
        count = cells if count is None else count + cells
    return total / count


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


ACTIVATIONS = {
    "linear": lambda z: z,
    "relu": lambda z: np.maximum(z, 0),
    "selu": lambda z: 1.0507009873554805 * np.where(z > 0, z, 1.6732632423543772 * (np.exp(z) - 1)),
    "elu": lambda z: np.where(z > 0, z, np.exp(z) - 1),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.2 * z),
    "tanh": np.tanh,
    "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
    "softmax": softmax,
    "softplus": lambda z: np.log1p(np.exp(z)),
    "swish": lambda z: z / (1 + np.exp(-z)),
}


# ----------------------------------------------------------------------------------------------------
# Layers: Keras 2 configuration (as tf.keras 2.4 writes it), weights in Keras's order, and the forward.

def glorot():
    return {"class_name": "GlorotUniform", "config": {"seed": None}}


def zeros():
    return {"class_name": "Zeros", "config": {}}


def ones():
    return {"class_name": "Ones", "config": {}}


def f32(values):
    """Values as the file stores them (float32), so that the reference uses exactly the loaded weights."""
    return np.asarray(values, dtype=np.float32).astype(np.float64)


def rand(*shape, scale=0.5):
    return f32(RNG.uniform(-scale, scale, size=shape))


class Layer:
    def __init__(self, cls, name, config, weights, forward):
        self.cls, self.name, self.config, self.weights, self.forward = cls, name, config, weights, forward


def conv_config(name, filters, kernel, strides, padding, dilation, activation, use_bias, **extra):
    cfg = {"name": name, "trainable": True, "dtype": "float32", "filters": filters, "kernel_size": list(kernel),
           "strides": list(strides), "padding": padding, "data_format": "channels_last",
           "dilation_rate": list(dilation), "groups": 1, "activation": activation, "use_bias": use_bias,
           "kernel_initializer": glorot(), "bias_initializer": zeros(), "kernel_regularizer": None,
           "bias_regularizer": None, "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None}
    cfg.update(extra)
    return cfg


def conv(name, cin, filters, kernel, strides=(1, 1), padding="valid", dilation=(1, 1), activation="linear",
         use_bias=True, **extra):
    k = rand(kernel[0], kernel[1], cin, filters)
    b = rand(filters) if use_bias else None
    weights = [("kernel", k)] + ([("bias", b)] if use_bias else [])
    act = ACTIVATIONS[activation]
    return Layer("Conv2D", name, conv_config(name, filters, kernel, strides, padding, dilation, activation, use_bias,
                                             **extra), weights,
                 lambda x: act(conv2d(x, k, b, strides, dilation, padding)))


def depthwise_conv(name, cin, kernel, strides=(1, 1), padding="valid", multiplier=1, dilation=(1, 1),
                   activation="linear", use_bias=True):
    k = rand(kernel[0], kernel[1], cin, multiplier)
    b = rand(cin * multiplier) if use_bias else None
    cfg = conv_config(name, None, kernel, strides, padding, dilation, activation, use_bias)
    for key in ("filters", "groups", "kernel_initializer", "kernel_regularizer", "kernel_constraint"):
        del cfg[key]
    cfg.update({"depth_multiplier": multiplier, "depthwise_initializer": glorot(), "depthwise_regularizer": None,
                "depthwise_constraint": None})
    act = ACTIVATIONS[activation]
    return Layer("DepthwiseConv2D", name, cfg, [("depthwise_kernel", k)] + ([("bias", b)] if use_bias else []),
                 lambda x: act(depthwise(x, k, b, strides, dilation, padding)))


def separable_conv(name, cin, filters, kernel, strides=(1, 1), padding="valid", multiplier=1, dilation=(1, 1),
                   activation="linear", use_bias=True):
    dk = rand(kernel[0], kernel[1], cin, multiplier)
    pk = rand(1, 1, cin * multiplier, filters)
    b = rand(filters) if use_bias else None
    cfg = conv_config(name, filters, kernel, strides, padding, dilation, activation, use_bias)
    for key in ("groups", "kernel_initializer", "kernel_regularizer", "kernel_constraint"):
        del cfg[key]
    cfg.update({"depth_multiplier": multiplier, "depthwise_initializer": glorot(), "pointwise_initializer": glorot(),
                "depthwise_regularizer": None, "pointwise_regularizer": None, "depthwise_constraint": None,
                "pointwise_constraint": None})
    act = ACTIVATIONS[activation]
    weights = [("depthwise_kernel", dk), ("pointwise_kernel", pk)] + ([("bias", b)] if use_bias else [])
    return Layer("SeparableConv2D", name, cfg, weights,
                 lambda x: act(conv2d(depthwise(x, dk, None, strides, dilation, padding), pk, b, (1, 1), (1, 1),
                                      "valid")))


def conv_transpose(name, cin, filters, kernel, strides=(1, 1), padding="valid", activation="linear", use_bias=True):
    k = rand(kernel[0], kernel[1], filters, cin)
    b = rand(filters) if use_bias else None
    cfg = conv_config(name, filters, kernel, strides, padding, (1, 1), activation, use_bias, output_padding=None)
    act = ACTIVATIONS[activation]
    return Layer("Conv2DTranspose", name, cfg, [("kernel", k)] + ([("bias", b)] if use_bias else []),
                 lambda x: act(conv2d_transpose(x, k, b, strides, padding)))


def dense(name, cin, units, activation="linear", use_bias=True, **extra):
    k = rand(cin, units)
    b = rand(units) if use_bias else None
    cfg = {"name": name, "trainable": True, "dtype": "float32", "units": units, "activation": activation,
           "use_bias": use_bias, "kernel_initializer": glorot(), "bias_initializer": zeros(),
           "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
           "kernel_constraint": None, "bias_constraint": None}
    cfg.update(extra)
    act = ACTIVATIONS[activation]
    return Layer("Dense", name, cfg, [("kernel", k)] + ([("bias", b)] if use_bias else []),
                 lambda x: act(x @ k + (0 if b is None else b)))


def pooling(cls, name, size, strides, padding):
    cfg = {"name": name, "trainable": True, "dtype": "float32", "pool_size": list(size), "padding": padding,
           "strides": list(strides), "data_format": "channels_last"}
    mode = "max" if cls.startswith("Max") else "avg"
    return Layer(cls, name, cfg, [], lambda x: pool(x, size, strides, padding, mode))


def global_pooling(cls, name):
    cfg = {"name": name, "trainable": True, "dtype": "float32", "data_format": "channels_last"}
    reduce = np.max if "Max" in cls else np.mean
    return Layer(cls, name, cfg, [], lambda x: reduce(x, axis=(1, 2)))


def flatten(name):
    cfg = {"name": name, "trainable": True, "dtype": "float32", "data_format": "channels_last"}
    return Layer("Flatten", name, cfg, [], lambda x: x.reshape(x.shape[0], -1))


def dropout(name, rate):
    cfg = {"name": name, "trainable": True, "dtype": "float32", "rate": rate, "noise_shape": None, "seed": None}
    return Layer("Dropout", name, cfg, [], lambda x: x)


def batch_norm(name, channels, rank, momentum=0.99, epsilon=1e-3, center=True, scale=True):
    gamma, beta = f32(RNG.uniform(0.5, 1.5, channels)), rand(channels)
    mean, var = rand(channels), f32(RNG.uniform(0.2, 2.0, channels))
    cfg = {"name": name, "trainable": True, "dtype": "float32", "axis": [rank], "momentum": momentum,
           "epsilon": epsilon, "center": center, "scale": scale, "beta_initializer": zeros(),
           "gamma_initializer": ones(), "moving_mean_initializer": zeros(), "moving_variance_initializer": ones(),
           "beta_regularizer": None, "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None}
    weights = ([("gamma", gamma)] if scale else []) + ([("beta", beta)] if center else []) + [
        ("moving_mean", mean), ("moving_variance", var)]
    g = gamma if scale else 1.0
    bt = beta if center else 0.0
    return Layer("BatchNormalization", name, cfg, weights, lambda x: g * (x - mean) / np.sqrt(var + epsilon) + bt)


def activation_layer(cls, name, function, **settings):
    cfg = {"name": name, "trainable": True, "dtype": "float32"}
    cfg.update(settings)
    return Layer(cls, name, cfg, [], ACTIVATIONS[function])


# ----------------------------------------------------------------------------------------------------
# The test models. Each declares every attribute a Lamina annotation has at least once across them.

def conv_kinds():
    """KerasConvKinds: a Sequential model of every convolution and pooling kind."""
    return "Sequential", "conv_kinds", (9, 8, 3), [
        conv("conv2d", 3, 4, (3, 3), padding="same", activation="relu",
             kernel_initializer={"class_name": "HeNormal", "config": {"seed": None}},
             kernel_regularizer={"class_name": "L2", "config": {"l2": 0.01}}),
        batch_norm("batch_normalization", 4, 3, momentum=0.9, epsilon=1e-5),
        depthwise_conv("depthwise_conv2d", 4, (3, 3), strides=(2, 2), multiplier=2, activation="tanh"),
        separable_conv("separable_conv2d", 8, 5, (2, 3), padding="same", multiplier=2, activation="elu"),
        conv_transpose("conv2d_transpose", 5, 3, (3, 3), strides=(2, 2), padding="same", activation="sigmoid"),
        pooling("MaxPooling2D", "max_pooling2d", (2, 2), (2, 2), "valid"),
        pooling("AveragePooling2D", "average_pooling2d", (3, 3), (1, 1), "same"),
        conv("conv2d_1", 3, 4, (1, 1), use_bias=False),
        global_pooling("GlobalAveragePooling2D", "global_average_pooling2d"),
        dense("dense", 4, 6, activation="selu"),
        dropout("dropout", 0.3),
        dense("dense_1", 6, 3, activation="softmax"),
    ]


def dense_kinds():
    """KerasDenseKinds: a Functional model with dilation, Keras's activation layers, Flatten and BatchNorm on features."""
    return "Functional", "dense_kinds", (7, 6, 2), [
        conv("block1_conv", 2, 3, (2, 2), dilation=(2, 2), activation="swish", use_bias=False),
        batch_norm("block1_bn", 3, 3, center=False),
        activation_layer("Activation", "block1_act", "softplus", activation="softplus"),
        conv_transpose("up", 3, 3, (2, 2), strides=(2, 2), padding="valid"),
        activation_layer("ReLU", "relu", "relu", max_value=None, negative_slope=0.0, threshold=0.0),
        pooling("MaxPooling2D", "pool", (3, 3), (2, 2), "same"),
        flatten("flat"),
        batch_norm("features_bn", 60, 1, scale=False),
        dense("fc", 60, 4, activation="leaky_relu",
              kernel_initializer={"class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 0.05, "seed": None}}),
        activation_layer("LeakyReLU", "leaky", "leaky_relu", alpha=0.20000000298023224),
        dense("out", 4, 2, activation="sigmoid"),
    ]


def small_kinds():
    """KerasSmallKinds: a depthwise convolution with a hidden softmax layer, global max pooling, ELU."""
    return "Sequential", "small_kinds", (5, 5, 2), [
        depthwise_conv("dw", 2, (2, 2), padding="same", dilation=(2, 2), use_bias=False),
        activation_layer("Softmax", "channel_softmax", "softmax", axis=-1),
        global_pooling("GlobalMaxPooling2D", "gmp"),
        activation_layer("ELU", "elu", "elu", alpha=1.0),
        dense("logits", 2, 3),
    ]


MODELS = {"conv_kinds": conv_kinds, "dense_kinds": dense_kinds, "small_kinds": small_kinds}


# ----------------------------------------------------------------------------------------------------
# Keras 2 and Keras 3 configurations.

def keras2_config(kind, name, shape, layers, input_name="input_1"):
    batch = [None] + list(shape)
    layers = copy.deepcopy(layers)
    if kind == "Sequential":
        entries = [{"class_name": "InputLayer", "config": {"batch_input_shape": batch, "dtype": "float32",
                                                             "sparse": False, "ragged": False, "name": input_name}}]
        entries += [{"class_name": l.cls, "config": l.config} for l in layers]
        return {"class_name": "Sequential", "config": {"name": name, "layers": entries}}
    entries = [{"class_name": "InputLayer", "config": {"batch_input_shape": batch, "dtype": "float32",
                                                         "sparse": False, "ragged": False, "name": input_name},
                "name": input_name, "inbound_nodes": []}]
    previous = input_name
    for l in layers:
        entries.append({"class_name": l.cls, "config": l.config, "name": l.name,
                        "inbound_nodes": [[[previous, 0, 0, {}]]]})
        previous = l.name
    return {"class_name": "Functional", "config": {"name": name, "layers": entries,
                                                     "input_layers": [[input_name, 0, 0]],
                                                     "output_layers": [[previous, 0, 0]]}}


def keras3_layer_config(cls, config):
    cfg = copy.deepcopy(config)
    cfg["dtype"] = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"},
                    "registered_name": None}
    for key, value in list(cfg.items()):
        if isinstance(value, dict) and "class_name" in value:
            module = "keras.regularizers" if "regularizer" in key else "keras.initializers"
            cfg[key] = {"module": module, "class_name": value["class_name"], "config": value["config"],
                        "registered_name": None}
    if cls == "BatchNormalization":
        cfg["axis"] = -1
        cfg["synchronized"] = False
    if cls == "LeakyReLU":
        cfg["negative_slope"] = 0.2
        del cfg["alpha"]
    return cfg


def keras3_config(kind, name, shape, layers, input_name="input_layer"):
    batch = [None] + list(shape)
    input_entry = {"module": "keras.layers", "class_name": "InputLayer",
                   "config": {"batch_shape": batch, "dtype": "float32", "sparse": False, "name": input_name},
                   "registered_name": None}
    if kind == "Sequential":
        entries = [input_entry] + [{"module": "keras.layers", "class_name": l.cls,
                                    "config": keras3_layer_config(l.cls, l.config), "registered_name": None}
                                   for l in layers]
        return {"module": "keras", "class_name": "Sequential",
                "config": {"name": name, "trainable": True, "dtype": "float32", "layers": entries},
                "registered_name": None, "build_config": {"input_shape": batch}}
    input_entry.update({"name": input_name, "inbound_nodes": []})
    entries = [input_entry]
    previous = input_name
    for l in layers:
        tensor = {"class_name": "__keras_tensor__",
                  "config": {"shape": batch, "dtype": "float32", "keras_history": [previous, 0, 0]}}
        entries.append({"module": "keras.layers", "class_name": l.cls,
                        "config": keras3_layer_config(l.cls, l.config), "registered_name": None, "name": l.name,
                        "inbound_nodes": [{"args": [tensor], "kwargs": {}}]})
        previous = l.name
    return {"module": "keras.src.models.functional", "class_name": "Functional",
            "config": {"name": name, "trainable": True, "layers": entries,
                       "input_layers": [[input_name, 0, 0]], "output_layers": [[previous, 0, 0]]},
            "registered_name": "Functional"}


# ----------------------------------------------------------------------------------------------------
# Files.

def keras2_weights(group, layers, include_input=None, skip=()):
    """hdf5_format.save_weights_to_hdf5_group: layer_names, then per layer weight_names and datasets."""
    names = ([include_input] if include_input else []) + [l.name for l in layers]
    group.attrs["layer_names"] = np.array([n.encode() for n in names])
    group.attrs["backend"] = b"tensorflow"
    group.attrs["keras_version"] = b"2.4.0"
    if include_input:
        group.create_group(include_input).attrs["weight_names"] = np.array([], dtype=np.float64)
    for l in layers:
        g = group.create_group(l.name)
        weight_names = [f"{l.name}/{w}:0" for w, _ in l.weights]
        g.attrs["weight_names"] = (np.array([n.encode() for n in weight_names]) if weight_names
                                   else np.array([], dtype=np.float64))
        for (w, value), full in zip(l.weights, weight_names):
            if (l.name, w) in skip:
                continue
            g.create_dataset(full, data=value.astype(np.float32))


def to_snake_case(name):
    """keras.src.utils.naming.to_snake_case."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def keras3_weights(path, kind, layers):
    """saving_lib: layers/<class_snake>[_N]/vars/<i> for each layer of model.layers, root vars empty."""
    with h5py.File(path, "w") as f:
        root = f.create_group("layers")
        used = {}
        classes = (["InputLayer"] if kind == "Functional" else []) + [l.cls for l in layers]
        weights = ([[]] if kind == "Functional" else []) + [l.weights for l in layers]
        for cls, ws in zip(classes, weights):
            name = to_snake_case(cls)
            if name in used:
                used[name] += 1
                name = f"{name}_{used[name]}"
            else:
                used[name] = 0
            v = root.create_group(name).create_group("vars")
            for i, (_, value) in enumerate(ws):
                v.create_dataset(str(i), data=value.astype(np.float32))
        f.create_group("vars")


def write_model(out, key, kind, name, shape, layers):
    with h5py.File(os.path.join(out, key + ".h5"), "w") as f:
        f.attrs["backend"] = "tensorflow"
        f.attrs["keras_version"] = "2.4.0"
        f.attrs["model_config"] = json.dumps(keras2_config(kind, name, shape, layers))
        keras2_weights(f.create_group("model_weights"), layers, "input_1" if kind == "Functional" else None)
    with h5py.File(os.path.join(out, key + "_weights.h5"), "w") as f:
        keras2_weights(f, layers, "input_1" if kind == "Functional" else None)
    weights3 = os.path.join(out, key + ".weights.h5")
    keras3_weights(weights3, kind, layers)
    with zipfile.ZipFile(os.path.join(out, key + ".keras"), "w") as z:
        z.writestr("metadata.json", json.dumps({"keras_version": "3.3.3", "date_saved": "2026-12-04@10:00:00"}))
        z.writestr("config.json", json.dumps(keras3_config(kind, name, shape, layers)))
        z.write(weights3, "model.weights.h5")
    x = RNG.uniform(-1, 1, size=(2,) + tuple(shape))
    y = x
    for l in layers:
        y = l.forward(y)
    with h5py.File(os.path.join(out, key + "_reference.h5"), "w") as f:
        f.create_dataset("x", data=x)
        f.create_dataset("y", data=y)


def write_errors(out):
    err = os.path.join(out, "errors")
    os.makedirs(err, exist_ok=True)
    kind, name, shape, layers = conv_kinds()

    def model_file(file, config, skip=()):
        with h5py.File(os.path.join(err, file), "w") as f:
            f.attrs["backend"] = "tensorflow"
            f.attrs["keras_version"] = "2.4.0"
            f.attrs["model_config"] = json.dumps(config)
            keras2_weights(f.create_group("model_weights"), layers, skip=skip)

    model_file("missing_weight.h5", keras2_config(kind, name, shape, layers), skip={("dense", "bias")})

    config = keras2_config(kind, name, shape, layers)
    config["config"]["layers"][9] = {"class_name": "Reshape", "config": {"name": "dense", "target_shape": [2, 2]}}
    model_file("unknown_class.h5", config)

    for setting, value, index in (("data_format", "channels_first", 1), ("groups", 2, 1), ("activation", "gelu", 10)):
        config = keras2_config(kind, name, shape, layers)
        config["config"]["layers"][index]["config"][setting] = value
        model_file(f"unsupported_{setting}.h5", config)

    two = keras2_config("Functional", "two_inputs", shape, layers[:2])
    second = {"class_name": "InputLayer", "config": {"batch_input_shape": [None, 9, 8, 3], "dtype": "float32",
                                                      "sparse": False, "ragged": False, "name": "input_2"},
              "name": "input_2", "inbound_nodes": []}
    two["config"]["layers"].insert(1, second)
    two["config"]["input_layers"].append(["input_2", 0, 0])
    with h5py.File(os.path.join(err, "two_inputs.h5"), "w") as f:
        f.attrs["keras_version"] = "2.4.0"
        f.attrs["model_config"] = json.dumps(two)
        keras2_weights(f.create_group("model_weights"), layers[:2], "input_1")

    merge = keras3_config("Functional", "residual", shape, layers[:2])
    merge["config"]["layers"].append({"module": "keras.layers", "class_name": "Add", "config": {"name": "add"},
                                      "registered_name": None, "name": "add", "inbound_nodes": [{"args": [[
                                          {"class_name": "__keras_tensor__", "config": {"keras_history": ["conv2d", 0, 0]}},
                                          {"class_name": "__keras_tensor__", "config": {"keras_history": ["batch_normalization", 0, 0]}}]],
                                          "kwargs": {}}]})
    merge["config"]["output_layers"] = [["add", 0, 0]]
    weights3 = os.path.join(err, "residual.weights.h5")
    keras3_weights(weights3, "Functional", layers[:2])
    with zipfile.ZipFile(os.path.join(err, "residual.keras"), "w") as z:
        z.writestr("config.json", json.dumps(merge))
        z.write(weights3, "model.weights.h5")


def write_truncated(out):
    """conv_kinds.h5 cut just after the start of layer dense_1's group header: every earlier layer reads."""
    source = os.path.join(out, "conv_kinds.h5")
    with h5py.File(source, "r") as f:
        cut = h5py.h5o.get_info(f["model_weights/dense_1"].id).addr + 16
    with open(source, "rb") as f:
        data = f.read(cut)
    with open(os.path.join(out, "errors", "truncated.h5"), "wb") as f:
        f.write(data)


def main(out):
    os.makedirs(out, exist_ok=True)
    for key, model in MODELS.items():
        write_model(out, key, *model())
    write_errors(out)
    write_truncated(out)


if __name__ == "__main__":
    main(sys.argv[1])
