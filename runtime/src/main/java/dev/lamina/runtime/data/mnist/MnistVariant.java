package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.download.DownloadSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What distinguishes one MNIST-family dataset from another for loading.
 *
 * @param name the dataset's name in messages
 * @param environmentVariable the variable that may name its directory
 * @param cacheName its folder under the user's dataset cache
 * @param systemDirectory where a system package installs it, if any
 * @param source where it is published, with the published digests
 * @param classNames the label of each class index
 * @param installHint the last line of the error when it is found nowhere
 */
record MnistVariant(String name, String environmentVariable, String cacheName, Optional<Path> systemDirectory,
    DownloadSource source, List<String> classNames, String installHint) {}
