package org.parley.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes article bytes as strict UTF-8, or as UTF-16 or UTF-32 when a byte order mark says so.
 * Silently replacing bad bytes would store mojibake and shift nothing visibly, so invalid input is
 * refused with the position of the first bad byte.
 */
final class TextDecoder {
    private static final int BINARY_SNIFF_BYTES = 8192;

    private TextDecoder() {}

    /** The text of {@code bytes}, with a byte order mark removed and line ends made {@code \n}. */
    static String decode(byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException("empty file");
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
        if (bom.isPresent() && bom.get().charset() != StandardCharsets.UTF_8) {
            return finish(decodeStrict(bytes, bom.get()));
        }
        if (looksBinary(bytes)) {
            throw new ReadException("binary file, not text (contains NUL or control bytes)");
        }
        return finish(decodeStrict(bytes, bom.orElse(ByteOrderMark.NONE)));
    }

    private static String decodeStrict(byte[] bytes, ByteOrderMark bom) throws ReadException {
        CharsetDecoder decoder = bom.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom.length(), bytes.length - bom.length());
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new ReadException("not valid " + bom.label() + " (bad byte at offset " + firstBadByte(bytes, bom) + ")");
        } catch (CharacterCodingException e) {
            throw new ReadException("not valid " + bom.label() + ": " + e.getMessage());
        }
    }

    private static String finish(String decoded) throws ReadException {
        String text = decoded;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ReadException("no text (only white space)");
        }
        return text;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static int firstBadByte(byte[] bytes, ByteOrderMark bom) {
        CharsetDecoder decoder = bom.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom.length(), bytes.length - bom.length());
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
