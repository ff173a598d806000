package org.parley.read;

import java.nio.file.Path;

/** How articles read from files are named. */
final class Sources {
    private Sources() {}

    /** Why a file could not be read, in words: "permission denied" rather than an exception's bare path. */
    static String cannotRead(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot read file: it no longer exists";
        }
        return "cannot read file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The identity of a file: its absolute, normalised file URI. */
    static String fileKey(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    /** The identity of the n-th record (1-based) inside a file of several articles. */
    static String recordKey(Path file, int record) {
        return fileKey(file) + "#" + record;
    }

    static String recordLabel(String givenPath, int record) {
        return givenPath + "#" + record;
    }

    /** The text Parley stores: the headline as first paragraph when the body does not already start with it. */
    static String withHeadline(String title, String body) {
        String b = body.strip();
        int nl = b.indexOf('\n');
        String firstLine = (nl < 0 ? b : b.substring(0, nl)).strip();
        if (title == null || title.isBlank() || firstLine.equalsIgnoreCase(title.strip())) {
            return b;
        }
        return title.strip() + "\n\n" + b;
    }
}
