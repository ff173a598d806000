package org.parley.read;

import java.util.regex.Pattern;

/**
 * The one rule every reader applies to an article's URL: only an absolute {@code http} or
 * {@code https} URL with a host is stored as a link. Anything else ({@code javascript:},
 * {@code data:}, {@code file:}, relative paths, text with spaces or markup) is not a link, so a page
 * can never be made to run or fetch what an article's metadata says.
 */
public final class WebUrl {
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#<>\"'`{}|\\\\^\\p{Cntrl}]+[^\\s<>\"'`{}|\\\\^\\p{Cntrl}]*");

    private WebUrl() {}

    public static boolean isWeb(String url) {
        return url != null && url.length() <= 4096 && WEB.matcher(url.strip()).matches();
    }
}
