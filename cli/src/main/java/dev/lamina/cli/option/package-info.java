/**
 * Options several commands share, as picocli mixins: the network and the class path it is found on,
 * a checkpoint, the data, the augmentation, the run's directory, the optimizer. A new command adds
 * them with {@code @Mixin}.
 */
package dev.lamina.cli.option;
