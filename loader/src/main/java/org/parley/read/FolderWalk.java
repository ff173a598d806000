package org.parley.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article files under a folder, searched recursively in a stable order, and what could not be
 * searched: a folder or file that cannot be read is noted with its reason and the walk goes on. Hidden
 * files and folders are skipped; so are files of other types, and special files (FIFOs, devices,
 * sockets) that are not named like articles. One named like an article is noted, never opened.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final Map<Path, String> problems = new TreeMap<>();

    private FolderWalk(Path root) {
        this.root = root;
    }

    static FolderWalk of(Path folder) {
        FolderWalk walk = new FolderWalk(folder);
        try {
            Files.walkFileTree(folder, walk);
        } catch (IOException e) {
            walk.problems.put(folder, Sources.cannotRead(e).replace("cannot read file", "cannot read folder"));
        }
        walk.files.sort(null);
        return walk;
    }

    List<Path> files() {
        return files;
    }

    /** Files and folders that could not be read, with why. */
    Map<Path, String> problems() {
        return problems;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (hidden(file) || ArticleFormat.forFile(file).isEmpty()) {
            return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
            files.add(file);
        } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
            problems.put(file, "a link to a file that does not exist");
        } else if (!Files.isDirectory(file)) {
            problems.put(file, "not a regular file (a FIFO, device or socket); skipped");
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        String reason = Sources.cannotRead(e);
        problems.put(file, Files.isDirectory(file) ? reason.replace("cannot read file", "cannot read folder") : reason);
        return FileVisitResult.CONTINUE;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
