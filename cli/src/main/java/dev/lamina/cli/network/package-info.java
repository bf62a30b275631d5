/**
 * Which networks the tool can see ({@link dev.lamina.cli.network.NetworkLookup}, through the
 * processor's ServiceLoader registrations) and what each learns ({@link dev.lamina.cli.network.Task},
 * from its declared output).
 */
package dev.lamina.cli.network;
