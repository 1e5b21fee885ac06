package org.govsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text files a user may have edited, read as UTF-8: a byte that is not UTF-8 is bad input at its line. */
public final class TextFiles {

    private TextFiles() {
    }

    /** The file's text; an unreadable file or a byte that is not UTF-8 is an {@link InputException}. */
    public static String readUtf8(Path file) {
        try {
            return utf8(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** The text of {@code bytes} read from {@code file}; a leading byte-order mark is dropped. */
    static String utf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException(file, line, "", String.format(java.util.Locale.ROOT, "not UTF-8: byte 0x%02X at offset %d; save the file "
                    + "as UTF-8", bytes[at] & 0xFF, at));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
