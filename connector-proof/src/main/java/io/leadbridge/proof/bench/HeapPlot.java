package io.leadbridge.proof.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Draws peak heap and CPU time against backfill size as a PNG, with java.awt in headless mode. */
final class HeapPlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final int MARGIN = 70;

    private HeapPlot() {
    }

    static void write(List<BackfillResult> results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        double maxX = results.stream().mapToInt(BackfillResult::records).max().orElse(1);
        double maxMb = Math.max(512, results.stream().mapToLong(BackfillResult::peakHeapBytes).max().orElse(0) >> 20);
        double maxCpu = Math.max(1, results.stream().mapToLong(r -> r.cpu().toSeconds()).max().orElse(1));
        axes(g, maxX, maxMb, maxCpu);
        g.setColor(new Color(200, 0, 0));
        g.drawLine(MARGIN, y(512, maxMb), WIDTH - MARGIN, y(512, maxMb));
        g.drawString("-Xmx / goal 512 MB", MARGIN + 6, y(512, maxMb) - 4);
        line(g, results, maxX, r -> r.peakHeapBytes() >> 20, maxMb, new Color(30, 90, 200), "peak heap in use (MB)", 0);
        line(g, results, maxX, r -> r.peakLiveBytes() >> 20, maxMb, new Color(20, 150, 60),
                "peak live heap after full GC (MB)", 1);
        line(g, results, maxX, r -> r.cpu().toSeconds() * maxMb / maxCpu, maxMb, new Color(150, 80, 0),
                "app CPU time (s, right axis)", 2);
        g.setColor(Color.BLACK);
        g.drawString("Leadbridge backfill: heap and CPU against people backfilled", MARGIN, 30);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void axes(Graphics2D g, double maxX, double maxMb, double maxCpu) {
        g.setColor(Color.BLACK);
        g.drawLine(MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);
        g.drawLine(MARGIN, MARGIN, MARGIN, HEIGHT - MARGIN);
        g.drawLine(WIDTH - MARGIN, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);
        for (int i = 0; i <= 4; i++) {
            double mb = maxMb * i / 4;
            double cpu = maxCpu * i / 4;
            int y = y(mb, maxMb);
            g.drawString(String.format("%.0f", mb), 20, y + 4);
            g.drawString(String.format("%.0f", cpu), WIDTH - MARGIN + 8, y + 4);
            int x = x(maxX * i / 4, maxX);
            g.drawString(String.format("%,.0f", maxX * i / 4), x - 15, HEIGHT - MARGIN + 20);
        }
        g.drawString("people backfilled", WIDTH / 2 - 50, HEIGHT - 25);
    }

    private static void line(Graphics2D g, List<BackfillResult> results, double maxX,
                             ToDoubleFunction<BackfillResult> value, double maxY, Color color, String label, int row) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int previousX = -1;
        int previousY = -1;
        for (BackfillResult r : results) {
            int x = x(r.records(), maxX);
            int y = y(value.applyAsDouble(r), maxY);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
        g.setStroke(new BasicStroke(1f));
        g.drawString(label, WIDTH - MARGIN - 260, MARGIN + 16 + row * 18);
    }

    private static int x(double value, double max) {
        return MARGIN + (int) ((WIDTH - 2 * MARGIN) * value / max);
    }

    private static int y(double value, double max) {
        return HEIGHT - MARGIN - (int) ((HEIGHT - 2 * MARGIN) * value / max);
    }
}
