package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The TypeScript client of bootstrap/src/test/clients/typescript, as a team without a JDK uses it:
 * copied to a folder of its own under target, its packages installed with npm, its code generated
 * by buf from the contract image the proto module published, compiled with tsc and run with Node.js.
 */
final class TypeScriptClient {
    private static final int NODE_MAJOR_NEEDED = 20;
    // Its node_modules stay between runs, reinstalled only when the lock file changed.
    private static final String INSTALLED_LOCK = "node_modules/.installed-package-lock.json";

    private final Path source;
    private final Path workdir;
    private final Path image;

    private TypeScriptClient(Path source, Path workdir, Path image) {
        this.source = source;
        this.workdir = workdir;
        this.image = image;
    }

    /** The client at the folders the build names (see the bootstrap pom's Surefire settings). */
    static TypeScriptClient fromBuild() {
        return new TypeScriptClient(pathProperty("complaintdesk.typescript.client"),
                pathProperty("complaintdesk.typescript.workdir"), pathProperty("complaintdesk.contract.image"));
    }

    /** Copies the client, installs its packages when needed, generates its code from the image and compiles it. */
    void prepare() {
        try {
            Files.createDirectories(workdir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireNode();
        assertThat(image).as("the contract image the proto module publishes (build with -am)").isRegularFile();
        copySources();
        install();
        Result generated = run(Duration.ofMinutes(2), Map.of(), "npm", "run", "--silent", "generate", "--", image.toString());
        assertThat(generated.exitCode()).as("buf generate from %s: %s", image, generated.stderr()).isZero();
        Result compiled = run(Duration.ofMinutes(2), Map.of(), "npm", "run", "--silent", "build");
        assertThat(compiled.exitCode()).as("tsc on the client and its generated code: %s", compiled.stdout()).isZero();
    }

    /** Where the generated code went. */
    Path generated() {
        return workdir.resolve("src/gen");
    }

    /** Runs the client's register-and-accept script against the service's plaintext port. */
    Result registerAndAccept(int port, String unit, String token) {
        return run(Duration.ofMinutes(1), Map.of("COMPLAINTDESK_TOKEN", token),
                "npm", "run", "--silent", "register-and-accept", "--", "http://127.0.0.1:" + port, unit);
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    private static Path pathProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            fail("System property " + name + " is not set: run this test through Maven (the bootstrap pom sets it)");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    private void requireNode() {
        Result version;
        try {
            version = run(Duration.ofSeconds(30), Map.of(), "node", "--version");
            run(Duration.ofSeconds(30), Map.of(), "npm", "--version");
        } catch (UncheckedIOException e) {
            throw new AssertionError("The TypeScript client test needs Node.js " + NODE_MAJOR_NEEDED
                    + " or newer with npm on the PATH (" + e.getCause().getMessage() + ")", e);
        }
        int major = Integer.parseInt(version.stdout().strip().replaceFirst("^v(\\d+)\\..*$", "$1"));
        assertThat(major).as("Node.js major version (%s)", version.stdout().strip()).isGreaterThanOrEqualTo(NODE_MAJOR_NEEDED);
    }

    private void copySources() {
        try {
            deleteTree(generated());
            deleteTree(workdir.resolve("dist"));
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Path relative = source.relativize(dir);
                    if (relative.equals(Path.of("node_modules")) || relative.equals(Path.of("dist"))
                            || relative.equals(Path.of("src", "gen"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(workdir.resolve(relative));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, workdir.resolve(source.relativize(file)), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void install() {
        try {
            Path lock = workdir.resolve("package-lock.json");
            Path installed = workdir.resolve(INSTALLED_LOCK);
            if (Files.exists(installed) && Files.mismatch(lock, installed) == -1) {
                return;
            }
            Result ci = run(Duration.ofMinutes(10), Map.of(), "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund");
            assertThat(ci.exitCode()).as("npm ci: %s", ci.stderr()).isZero();
            Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(Duration timeout, Map<String, String> environment, String... command) {
        try {
            Path out = Files.createTempFile(workdir.getParent(), "out", ".txt");
            Path err = Files.createTempFile(workdir.getParent(), "err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(workdir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    fail(Arrays.toString(command) + " did not finish within " + timeout);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
