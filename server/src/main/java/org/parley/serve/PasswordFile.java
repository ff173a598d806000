package org.parley.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The users allowed to write, from a Jetty realm file ({@code user: password[, role ...]} per
 * line), the format Fuseki reads for HTTP authentication.
 */
public record PasswordFile(Path path, List<String> users) {

    public PasswordFile {
        users = List.copyOf(users);
    }

    public static PasswordFile read(Path path) throws ServeException {
        List<String> users = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(path)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0 || colon == l.length() - 1) {
                    throw new ServeException("password file " + path + ": expected 'user: password' but found '" + l + "'");
                }
                users.add(l.substring(0, colon).strip());
            }
        } catch (IOException e) {
            throw new ServeException("cannot read password file " + path + ": " + e.getMessage(), e);
        }
        if (users.isEmpty()) {
            throw new ServeException("password file " + path + " names no user");
        }
        return new PasswordFile(path, users);
    }
}
