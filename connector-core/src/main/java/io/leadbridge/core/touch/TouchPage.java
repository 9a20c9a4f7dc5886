package io.leadbridge.core.touch;

import io.leadbridge.core.sync.Watermark;
import java.util.List;
import java.util.Objects;

/**
 * One page of touches read from a {@link TouchFeed}.
 *
 * @param next where the next read starts; the stream's watermark once the page's touches are stored
 * @param more whether the feed had more touches than the page held
 */
public record TouchPage(List<LoggedTouch> touches, Watermark next, boolean more) {

    public TouchPage {
        touches = List.copyOf(touches);
        Objects.requireNonNull(next, "next");
    }
}
