package dev.lamina.summary;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Renders a {@link ModelSummary} in the layout of Keras's {@code model.summary()}. */
final class SummaryTable {
  private static final String[] HEADERS = {"Layer (type)", "Output Shape", "Param #", "MACs", "Connected to"};
  private static final int[] MIN_WIDTHS = {29, 26, 10, 13, 20};

  private final ModelSummary summary;
  /** Whether some layer names its inputs: then the table has Keras's functional "Connected to" column. */
  private final boolean connected;
  private final int[] widths;

  SummaryTable(ModelSummary summary) {
    this.summary = summary;
    this.connected = summary.layers().stream().anyMatch(l -> !l.connectedTo().isEmpty());
    this.widths = Arrays.copyOf(MIN_WIDTHS, connected ? 5 : 4);
    for (LayerSummary layer : summary.layers()) {
      String[] cells = cells(layer);
      // Two spaces between columns; the first column also holds the leading space.
      widths[0] = Math.max(widths[0], cells[0].length() + 3);
      for (int i = 1; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length() + 2);
      }
    }
  }

  String render() {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    String thin = "_".repeat(total);
    String thick = "=".repeat(total);
    StringBuilder sb = new StringBuilder();
    sb.append("Model: \"").append(summary.name()).append("\"\n");
    sb.append(thin).append('\n');
    row(sb, Arrays.copyOf(HEADERS, widths.length));
    sb.append(thick).append('\n');
    // As Keras: every row, the last one included, is followed by a blank line.
    for (LayerSummary layer : summary.layers()) {
      row(sb, cells(layer));
      sb.append('\n');
    }
    sb.append(thick).append('\n');
    sb.append("Total params: ").append(ModelSummary.countWithSize(summary.totalParams())).append('\n');
    sb.append("Trainable params: ").append(ModelSummary.countWithSize(summary.trainableParams())).append('\n');
    sb.append("Non-trainable params: ").append(ModelSummary.countWithSize(summary.nonTrainableParams())).append('\n');
    sb.append("MACs per example: ").append(ModelSummary.count(summary.macs())).append('\n');
    sb.append(thin).append('\n');
    return sb.toString();
  }

  private String[] cells(LayerSummary layer) {
    String[] cells = {
      layer.name() + " (" + layer.type() + ")",
      layer.kerasShape(),
      layer.params() == ModelSummary.TOO_LARGE ? ModelSummary.count(layer.params()) : Long.toString(layer.params()),
      ModelSummary.count(layer.macs()),
      layer.connectedTo().stream().map(in -> in + "[0][0]").collect(Collectors.joining(", "))
    };
    return Arrays.copyOf(cells, connected ? 5 : 4);
  }

  private void row(StringBuilder sb, String[] cells) {
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < cells.length; i++) {
      int width = i == 0 ? widths[i] - 1 : widths[i];
      line.append(pad(cells[i], width));
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
