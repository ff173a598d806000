package org.parley.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte order marks Parley recognises at the start of a file, and the encodings they announce. */
enum ByteOrderMark {
    NONE("UTF-8", StandardCharsets.UTF_8, new int[0]),
    UTF_8("UTF-8", StandardCharsets.UTF_8, new int[] {0xEF, 0xBB, 0xBF}),
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    UTF_32BE("UTF-32", Charset.forName("UTF-32BE"), new int[] {0x00, 0x00, 0xFE, 0xFF}),
    UTF_32LE("UTF-32", Charset.forName("UTF-32LE"), new int[] {0xFF, 0xFE, 0x00, 0x00}),
    UTF_16BE("UTF-16", StandardCharsets.UTF_16BE, new int[] {0xFE, 0xFF}),
    UTF_16LE("UTF-16", StandardCharsets.UTF_16LE, new int[] {0xFF, 0xFE});

    private final String label;
    private final Charset charset;
    private final int[] mark;

    ByteOrderMark(String label, Charset charset, int[] mark) {
        this.label = label;
        this.charset = charset;
        this.mark = mark;
    }

    /** The mark {@code bytes} start with, if any. */
    static Optional<ByteOrderMark> of(byte[] bytes) {
        for (ByteOrderMark bom : values()) {
            if (bom != NONE && bom.startsIn(bytes)) {
                return Optional.of(bom);
            }
        }
        return Optional.empty();
    }

    private boolean startsIn(byte[] bytes) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xff) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    String label() {
        return label;
    }

    Charset charset() {
        return charset;
    }

    /** Bytes the mark takes. */
    int length() {
        return mark.length;
    }
}
