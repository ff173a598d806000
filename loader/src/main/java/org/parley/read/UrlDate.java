package org.parley.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day many news sites write into their article URLs ({@code /2024/03/13/},
 * {@code /20240313-}, {@code /2024-03-13/}): the date of last resort, when neither the manifest nor
 * the page gives one. A year and month alone are not a day and give nothing.
 */
final class UrlDate {
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])(?=/|$|[-_.])"),
            Pattern.compile("[/_-]((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?=/|$|[-_.])"),
            Pattern.compile("/((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=/|$|[-_.])"));

    private UrlDate() {}

    static Optional<LocalDate> of(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(path);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
