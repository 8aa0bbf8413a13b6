package gr.etwinning.synedrio.application.port.out.chart;

import java.util.List;

/**
 * Draws a chart as a standalone SVG document: Greek labels, readable on a phone, and bars told apart by pattern as
 * well as colour so that a grey-scale print keeps them apart.
 */
public interface ChartRendererPort {

    String svg(Chart chart);

    /** What a chart shows; a title in Greek, and data only. */
    sealed interface Chart permits StackedBars, Bars {
        String title();
    }

    /**
     * One horizontal bar per row, each split into segments of a shared legend (a Likert scale, lowest first), drawn
     * as shares of the row's total so that rows of different sizes compare.
     */
    record StackedBars(String title, List<String> legend, List<Row> rows) implements Chart {
        public StackedBars {
            legend = List.copyOf(legend);
            rows = List.copyOf(rows);
        }
    }

    /** A row of a stacked chart: its label and one count per legend entry. */
    record Row(String label, List<Long> counts) {
        public Row {
            counts = List.copyOf(counts);
        }
    }

    /**
     * Horizontal bars with their counts, in the order given; {@code unit} names what is counted ("απαντήσεις");
     * {@code of} is what each count is a share of (the responses that answered: a checkbox question's shares add
     * up to more than 100%), or 0 to show counts alone.
     */
    record Bars(String title, String unit, long of, List<Bar> bars) implements Chart {
        public Bars {
            bars = List.copyOf(bars);
        }
    }

    record Bar(String label, long value) {
    }
}
