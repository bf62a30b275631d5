package dev.lamina.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wiring of declared layers: which nodes each reads and which read it. Nodes are the layers in
 * declaration order, which is a topological order once every input names an earlier layer.
 *
 * <p>A layer that names no inputs reads the layer declared before it, the first one the network input
 * ({@link #NETWORK_INPUT}), so a chain is a graph with no change to its declaration. A named input that
 * is no earlier layer is {@link #UNRESOLVED}; validation reports it, and nothing downstream of it gets a
 * shape.
 */
public final class NetworkGraph {
  /** The index standing for the network input among a node's inputs. */
  public static final int NETWORK_INPUT = -1;
  /** The index of an input that names no earlier layer. */
  public static final int UNRESOLVED = -2;

  private final List<List<Integer>> inputs;
  private final List<List<Integer>> consumers;

  private NetworkGraph(List<List<Integer>> inputs) {
    this.inputs = inputs;
    List<List<Integer>> readers = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      readers.add(new ArrayList<>());
    }
    for (int i = 0; i < inputs.size(); i++) {
      for (int in : inputs.get(i)) {
        if (in >= 0) {
          readers.get(in).add(i);
        }
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(readers.size());
    readers.forEach(r -> frozen.add(List.copyOf(r)));
    this.consumers = Collections.unmodifiableList(frozen);
  }

  /** The graph of {@code decls}, each named input resolved to the earlier layer of that name. */
  public static NetworkGraph of(List<LayerDecl> decls) {
    Map<String, Integer> earlier = new HashMap<>();
    List<List<Integer>> inputs = new ArrayList<>(decls.size());
    for (int i = 0; i < decls.size(); i++) {
      LayerDecl d = decls.get(i);
      if (d.readsPrevious()) {
        inputs.add(List.of(i - 1));
      } else {
        List<Integer> resolved = new ArrayList<>(d.inputs().size());
        for (String name : d.inputs()) {
          resolved.add(earlier.getOrDefault(name, UNRESOLVED));
        }
        inputs.add(List.copyOf(resolved));
      }
      earlier.putIfAbsent(d.name(), i);
    }
    return new NetworkGraph(Collections.unmodifiableList(inputs));
  }

  /** The graph of built nodes (whose inputs are resolved). */
  public static NetworkGraph ofNodes(List<LayerNode> nodes) {
    List<List<Integer>> inputs = new ArrayList<>(nodes.size());
    nodes.forEach(n -> inputs.add(n.inputs()));
    return new NetworkGraph(Collections.unmodifiableList(inputs));
  }

  /** How many nodes. */
  public int size() {
    return inputs.size();
  }

  /** The nodes node {@code i} reads, in declaration order ({@link #NETWORK_INPUT}, {@link #UNRESOLVED}). */
  public List<Integer> inputs(int i) {
    return inputs.get(i);
  }

  /** The nodes that read node {@code i}, in topological order. */
  public List<Integer> consumers(int i) {
    return consumers.get(i);
  }

  /** Whether node {@code i} reads exactly the node before it (or the input, for node 0): a chain link. */
  public boolean isChainLink(int i) {
    return inputs.get(i).equals(List.of(i - 1));
  }

  /** Whether every node is a chain link: the network is a plain sequence. */
  public boolean isChain() {
    for (int i = 0; i < size(); i++) {
      if (!isChainLink(i)) {
        return false;
      }
    }
    return true;
  }
}
