package io.leadbridge.proof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap peaks of a run, read from the app's GC log ({@code -Xlog:gc}, serial collector, as {@code AppProcess}
 * starts it) after the run instead of by polling the app: each pause logs the heap in use before and after it, so
 * the highest "before" is the true peak in use (garbage included), and the highest "after" of a full collection is
 * the most data that was live at once.
 *
 * @param peakUsedBytes highest heap in use before a collection
 * @param peakLiveBytes highest heap left after a full collection (0 when none ran)
 */
record GcLogHeap(long peakUsedBytes, long peakLiveBytes) {

    private static final Pattern PAUSE =
            Pattern.compile("Pause (Young|Full) .*? (\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

    static GcLogHeap read(Path gcLog) {
        try {
            return of(Files.readAllLines(gcLog));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the GC log " + gcLog + ": " + e.getMessage(), e);
        }
    }

    static GcLogHeap of(List<String> lines) {
        long peakUsed = 0;
        long peakLive = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (!pause.find()) {
                continue;
            }
            peakUsed = Math.max(peakUsed, bytes(pause.group(2), pause.group(3)));
            if (pause.group(1).equals("Full")) {
                peakLive = Math.max(peakLive, bytes(pause.group(4), pause.group(5)));
            }
        }
        return new GcLogHeap(peakUsed, peakLive);
    }

    private static long bytes(String amount, String unit) {
        int shift = switch (unit) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
        return Long.parseLong(amount) << shift;
    }
}
