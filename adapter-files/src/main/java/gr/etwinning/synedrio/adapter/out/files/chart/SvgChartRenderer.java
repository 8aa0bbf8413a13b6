package gr.etwinning.synedrio.adapter.out.files.chart;

import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charts as plain, hand-written SVG: no library, no script, the same bytes for the same counts. Made for a phone
 * first: a narrow view box (480 units, scaled to the screen), each bar's label on its own lines above it so that a
 * long Greek question is never cut, numbers written on or beside the bars. For grey-scale printing the segments of
 * a stacked bar go from light to dark in the scale's order (an ordered scale reads as ordered in grey too), every
 * other one hatched, and each segment of 7% or more carries its percentage.
 */
public final class SvgChartRenderer implements ChartRendererPort {

    static final int WIDTH = 480;
    private static final int MARGIN = 12;
    private static final int BAR = 26;
    private static final int LINE = 19;
    private static final int TITLE_LINE = 22;
    private static final int CHARS_PER_LINE = 52;
    private static final int TITLE_CHARS = 38;
    private static final String FONT = "font-family=\"'DejaVu Sans','Noto Sans',Arial,sans-serif\"";
    private static final String BAR_COLOUR = "#2b5f8a";

    @Override
    public String svg(Chart chart) {
        if (chart instanceof StackedBars s) {
            return stacked(s);
        }
        return bars((Bars) chart);
    }

    private static String stacked(StackedBars chart) {
        Canvas c = new Canvas(chart.title());
        int n = chart.legend().size();
        List<String> fills = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fills.add(shade(i, n));
        }
        // the legend: swatches in the scale's order, wrapped onto as many lines as needed
        int x = MARGIN;
        int legendTop = c.y;
        for (int i = 0; i < n; i++) {
            String label = chart.legend().get(i);
            int w = 22 + (int) Math.ceil(label.length() * 7.6) + 14;
            if (x + w > WIDTH - MARGIN && x > MARGIN) {
                x = MARGIN;
                c.y += LINE + 4;
            }
            c.body.append(segment(x, c.y, 16, 16, fills.get(i), i)).append('\n');
            c.text(x + 22, c.y + 13, label, 14, "start", "#111");
            x += w;
        }
        c.y += LINE + 14;
        if (c.y < legendTop) {
            c.y = legendTop;
        }
        int span = WIDTH - 2 * MARGIN;
        for (Row row : chart.rows()) {
            for (String line : wrap(row.label(), CHARS_PER_LINE)) {
                c.text(MARGIN, c.y + 14, line, 15, "start", "#111");
                c.y += LINE;
            }
            long total = row.counts().stream().mapToLong(Long::longValue).sum();
            c.y += 2;
            if (total == 0) {
                c.body.append(rect(MARGIN, c.y, span, BAR, "#ffffff", "#767676")).append('\n');
                c.text(MARGIN + 8, c.y + 18, "καμία απάντηση", 13, "start", "#333");
            } else {
                double at = MARGIN;
                for (int i = 0; i < row.counts().size(); i++) {
                    long count = row.counts().get(i);
                    if (count == 0) {
                        continue;
                    }
                    double w = span * (double) count / total;
                    c.body.append(segment(at, c.y, w, BAR, fills.get(i), i)).append('\n');
                    double share = 100.0 * count / total;
                    if (share >= 7) {
                        boolean dark = i >= n / 2;
                        c.text(at + w / 2, c.y + 18, percent(share), 13, "middle", dark ? "#ffffff" : "#111111",
                                dark ? null : "#ffffff");
                    }
                    at += w;
                }
                c.body.append(rect(MARGIN, c.y, span, BAR, "none", "#333333")).append('\n');
            }
            c.y += BAR + 6;
            c.text(MARGIN, c.y + 12, total + " απαντήσεις", 12, "start", "#444");
            c.y += LINE + 8;
        }
        return c.finish();
    }

    private static String bars(Bars chart) {
        Canvas c = new Canvas(chart.title());
        long max = Math.max(1, chart.bars().stream().mapToLong(Bar::value).max().orElse(1));
        int span = WIDTH - 2 * MARGIN - 92; // room for "1.234 (56%)" after the longest bar
        for (Bar bar : chart.bars()) {
            for (String line : wrap(bar.label(), CHARS_PER_LINE)) {
                c.text(MARGIN, c.y + 14, line, 15, "start", "#111");
                c.y += LINE;
            }
            c.y += 2;
            double w = Math.max(bar.value() > 0 ? 2 : 0, span * (double) bar.value() / max);
            c.body.append(rect(MARGIN, c.y, span, BAR, "#f2f2f2", "none")).append('\n');
            if (w > 0) {
                c.body.append(rect(MARGIN, c.y, w, BAR, BAR_COLOUR, "#1b3d59")).append('\n');
            }
            String figure = grouped(bar.value()) + (chart.of() > 0
                    ? " (" + percent(100.0 * bar.value() / chart.of()) + ")" : "");
            c.text(MARGIN + span + 6, c.y + 18, figure, 13, "start", "#111");
            c.y += BAR + 14;
        }
        c.text(MARGIN, c.y + 10, chart.of() > 0 ? "ποσοστά επί των " + grouped(chart.of()) + " που απάντησαν"
                : chart.unit(), 12, "start", "#444");
        c.y += LINE;
        return c.finish();
    }

    /** The document being drawn: a title on top, the body below, its height known only at the end. */
    private static final class Canvas {
        final StringBuilder body = new StringBuilder();
        final String title;
        int y = MARGIN;

        Canvas(String title) {
            this.title = title;
            for (String line : wrap(title, TITLE_CHARS)) {
                text(MARGIN, y + 17, line, 18, "start", "#000", null, true);
                y += TITLE_LINE;
            }
            y += 10;
        }

        void text(double x, double y, String text, int size, String anchor, String fill) {
            text(x, y, text, size, anchor, fill, null, false);
        }

        void text(double x, double y, String text, int size, String anchor, String fill, String halo) {
            text(x, y, text, size, anchor, fill, halo, false);
        }

        void text(double x, double y, String text, int size, String anchor, String fill, String halo, boolean bold) {
            body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                    .append(size).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill)
                    .append('"');
            if (bold) {
                body.append(" font-weight=\"bold\"");
            }
            if (halo != null) {
                body.append(" stroke=\"").append(halo).append("\" stroke-width=\"3\" paint-order=\"stroke\"");
            }
            body.append('>').append(escape(text)).append("</text>\n");
        }

        String finish() {
            int height = y + MARGIN;
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                    + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" role=\"img\" aria-label=\""
                    + escape(title) + "\" " + FONT + " style=\"max-width:100%;height:auto\">\n"
                    + "<title>" + escape(title) + "</title>\n"
                    + "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                    + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\""
                    + " stroke-opacity=\"0.35\" stroke-width=\"2\"/></pattern></defs>\n"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
        }
    }

    /** A segment: its shade, hatched when its position is odd, so that neighbours differ in grey as well. */
    private static String segment(double x, double y, double w, double h, String fill, int position) {
        String base = rect(x, y, w, h, fill, "#ffffff");
        return position % 2 == 1 ? base + rect(x, y, w, h, "url(#hatch)", "none") : base;
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" fill=\"" + fill + "\"" + (stroke.equals("none") ? "" : " stroke=\"" + stroke + "\"") + "/>";
    }

    /**
     * The i-th of n shades of one blue, from light (the lowest point of a scale) to dark: lightness falls evenly from
     * 90% to 22%, so the order survives a grey-scale print.
     */
    static String shade(int i, int n) {
        double lightness = n == 1 ? 0.45 : 0.90 - 0.68 * i / (n - 1);
        double saturation = 0.55;
        double hue = 207 / 360.0;
        double q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
        double p = 2 * lightness - q;
        int r = (int) Math.round(255 * hueToRgb(p, q, hue + 1 / 3.0));
        int g = (int) Math.round(255 * hueToRgb(p, q, hue));
        int b = (int) Math.round(255 * hueToRgb(p, q, hue - 1 / 3.0));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static double hueToRgb(double p, double q, double t) {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (t < 1 / 6.0) {
            return p + (q - p) * 6 * t;
        }
        if (t < 1 / 2.0) {
            return q;
        }
        if (t < 2 / 3.0) {
            return p + (q - p) * (2 / 3.0 - t) * 6;
        }
        return p;
    }

    /** Words onto lines of at most {@code max} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** "42%", "7,5%": Greek decimal comma, one decimal below 10. */
    static String percent(double share) {
        String s = share < 10 && Math.round(share) != share
                ? String.format(Locale.ROOT, "%.1f", share).replace('.', ',') : Long.toString(Math.round(share));
        return s + "%";
    }

    /** 1.234: thousands grouped with a dot, as Greek writes them. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                s.append('.');
            }
            s.append(digits.charAt(i));
        }
        return s.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
