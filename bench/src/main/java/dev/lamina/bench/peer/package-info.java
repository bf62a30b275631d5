/** The peers' side: parsing the PyTorch and DL4J reference implementations' logs. */
package dev.lamina.bench.peer;
