package org.qsp.bench;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the HTML report: lines over a linear x axis, and horizontal bars. No scripts. */
final class Svg {

    record Point(double x, double y) {
    }

    record Series(String name, String color, List<Point> points, boolean dashed) {
    }

    /** A horizontal line across a chart, such as a target or a bound. */
    record Mark(String label, double value) {
    }

    record Bar(String label, double value) {
    }

    private static final int WIDTH = 460;
    private static final int HEIGHT = 250;
    private static final int LEFT = 58;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 42;
    private static final int TICKS = 5;

    private Svg() {
    }

    static String lines(String title, String xLabel, String yLabel, List<Series> series, Mark mark) {
        double xMax = nice(series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max().orElse(1));
        double yMax = nice(Math.max(mark == null ? 0 : mark.value(),
                series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max().orElse(1)));
        StringBuilder svg = open(title);
        axes(svg, xMax, yMax, xLabel, yLabel);
        int legendY = TOP + 4;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (Point p : s.points()) {
                path.append(path.isEmpty() ? "" : " ").append(num(x(p.x(), xMax))).append(',')
                        .append(num(y(p.y(), yMax)));
            }
            svg.append("<polyline fill='none' stroke='").append(s.color()).append("' stroke-width='2'")
                    .append(s.dashed() ? " stroke-dasharray='5 4'" : "").append(" points='").append(path)
                    .append("'/>");
            if (s.points().size() <= 30) {
                for (Point p : s.points()) {
                    svg.append("<circle r='3' fill='").append(s.color()).append("' cx='").append(num(x(p.x(), xMax)))
                            .append("' cy='").append(num(y(p.y(), yMax))).append("'/>");
                }
            }
            svg.append("<line stroke-width='2' stroke='").append(s.color()).append("' x1='").append(WIDTH - RIGHT - 172)
                    .append("' x2='").append(WIDTH - RIGHT - 156).append("' y1='").append(legendY + 5).append("' y2='")
                    .append(legendY + 5).append("'").append(s.dashed() ? " stroke-dasharray='4 3'" : "").append("/>");
            svg.append(text(WIDTH - RIGHT - 150, legendY + 9, "start", s.name(), "#333"));
            legendY += 14;
        }
        mark(svg, mark, yMax);
        return svg.append("</svg>").toString();
    }

    static String bars(String title, String unit, List<Bar> bars, Mark mark) {
        int row = 22;
        int height = TOP + bars.size() * row + BOTTOM;
        int left = 120;
        double max = nice(Math.max(mark == null ? 0 : mark.value(),
                bars.stream().mapToDouble(Bar::value).max().orElse(1)));
        double scale = (WIDTH - left - RIGHT - 40) / max;
        StringBuilder svg = open(title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * row;
            svg.append(text(left - 6, y + 15, "end", bar.label(), "#333"));
            svg.append("<rect x='").append(left).append("' y='").append(y + 3).append("' height='").append(row - 6)
                    .append("' width='").append(num(Math.max(1, bar.value() * scale))).append("' fill='#4e79a7'/>");
            svg.append(text(left + (int) (bar.value() * scale) + 4, y + 15, "start", format(bar.value()) + " " + unit,
                    "#333"));
        }
        if (mark != null) {
            double x = left + mark.value() * scale;
            int bottom = TOP + bars.size() * row;
            svg.append("<line stroke='#e15759' stroke-dasharray='4 3' x1='").append(num(x)).append("' x2='")
                    .append(num(x)).append("' y1='").append(TOP).append("' y2='").append(bottom).append("'/>");
            svg.append(text((int) x, bottom + 14, "middle", mark.label(), "#e15759"));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at or above {@code value}: the top of an axis. */
    static double nice(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * magnitude * (1 + 1e-9)) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static StringBuilder open(String title) {
        return open(title, HEIGHT);
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg role='img' width='").append(WIDTH)
                .append("' height='").append(height).append("' viewBox='0 0 ").append(WIDTH).append(' ')
                .append(height).append("' font-family='sans-serif' font-size='11'><title>").append(escape(title))
                .append("</title>").append(text(LEFT, 16, "start", title, "#111").replace("<text", "<text font-weight='bold'"));
    }

    private static void axes(StringBuilder svg, double xMax, double yMax, String xLabel, String yLabel) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<g stroke='#ccc'>");
        for (int i = 0; i <= TICKS; i++) {
            double y = y(yMax * i / TICKS, yMax);
            svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT).append("' y1='")
                    .append(num(y)).append("' y2='").append(num(y)).append("'/>");
        }
        svg.append("</g>");
        for (int i = 0; i <= TICKS; i++) {
            svg.append(text(LEFT - 5, (int) y(yMax * i / TICKS, yMax) + 4, "end", format(yMax * i / TICKS), "#555"));
            svg.append(text((int) x(xMax * i / TICKS, xMax), bottom + 14, "middle", format(xMax * i / TICKS), "#555"));
        }
        svg.append(text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6, "middle", xLabel, "#333"));
        svg.append("<text transform='rotate(-90)' x='").append(-(TOP + bottom) / 2).append("' y='12' text-anchor='middle'"
                + " fill='#333'>").append(escape(yLabel)).append("</text>");
    }

    private static void mark(StringBuilder svg, Mark mark, double yMax) {
        if (mark == null) {
            return;
        }
        double y = y(mark.value(), yMax);
        svg.append("<line stroke='#e15759' stroke-dasharray='4 3' x1='").append(LEFT).append("' x2='")
                .append(WIDTH - RIGHT).append("' y1='").append(num(y)).append("' y2='").append(num(y)).append("'/>");
        svg.append(text(LEFT + 4, (int) y - 4, "start", mark.label(), "#e15759"));
    }

    private static double x(double value, double max) {
        return LEFT + value / max * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double value, double max) {
        return HEIGHT - BOTTOM - value / max * (HEIGHT - TOP - BOTTOM);
    }

    private static String text(int x, int y, String anchor, String content, String color) {
        return "<text x='" + x + "' y='" + y + "' text-anchor='" + anchor + "' fill='" + color + "'>" + escape(content)
                + "</text>";
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.3g", value);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
