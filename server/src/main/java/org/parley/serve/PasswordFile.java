package org.parley.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The users allowed to write, from a Jetty realm file ({@code user: password[, role ...]} per
 * line), the format Fuseki reads for HTTP authentication. Like ssh with a private key, Parley
 * refuses a password file that other users could read, and never repeats a line of it in a message.
 */
public record PasswordFile(Path path, List<String> users) {
    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    public PasswordFile {
        users = List.copyOf(users);
    }

    public static PasswordFile read(Path path) throws ServeException {
        List<String> lines = readPrivate(path);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || l.substring(colon + 1).isBlank()) {
                throw new ServeException("password file " + path + ": line " + (i + 1)
                        + " is not 'user: password' (its content is not shown)");
            }
            users.add(l.substring(0, colon).strip());
        }
        if (users.isEmpty()) {
            throw new ServeException("password file " + path + " names no user");
        }
        return new PasswordFile(path, users);
    }

    /**
     * The lines of a file that holds a secret, refused when its permissions let other users read or
     * change it. File systems without POSIX permissions are not checked.
     */
    public static List<String> readPrivate(Path path) throws ServeException {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
                open.addAll(permissions);
                open.retainAll(OPEN_TO_OTHERS);
                if (!open.isEmpty()) {
                    throw new ServeException("password file " + path + " can be read or changed by other users (permissions "
                            + PosixFilePermissions.toString(permissions) + "); make it private with: chmod 600 " + path);
                }
            }
            return Files.readAllLines(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ServeException("password file not found: " + path, e);
        } catch (IOException e) {
            throw new ServeException("cannot read password file " + path + ": " + e.getMessage(), e);
        }
    }
}
