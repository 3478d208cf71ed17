package org.valueexchange.reports.plan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.portfolio.Portfolio;
import org.valueexchange.core.portfolio.Settings;
import org.valueexchange.reports.Cores;
import org.valueexchange.reports.IoFailure;

/**
 * Loads a plans directory: the optional {@code value.yaml} at its root, and every
 * {@code .yaml} or {@code .yml} file below it (hidden files and folders left out) as one
 * account plan, in path order. Reports every problem in every file; loads nothing if there
 * is any.
 */
public final class PlanLoader {

    /** The name of the settings file at the root of a plans directory. */
    public static final String SETTINGS_FILE = "value.yaml";

    private final YamlReader reader;

    public PlanLoader() {
        this.reader = new YamlReader(YamlReader.Limits.DEFAULT);
    }

    /** Loads the plans directory {@code directory}. */
    public LoadResult load(Path directory) {
        Problems problems = new Problems();
        Optional<List<Path>> files = planFiles(directory, problems);
        if (files.isEmpty()) {
            return new LoadResult(problems.sorted(), Optional.empty());
        }
        return load(directory.resolve(SETTINGS_FILE), files.get(), problems);
    }

    /** The plan files in {@code directory}, or none with a problem that says why. */
    private static Optional<List<Path>> planFiles(Path directory, Problems problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(Location.startOf(display(directory)), Files.exists(directory)
                    ? "not a directory; expected a directory of account plans" : "no such directory");
            return Optional.empty();
        }
        try {
            return Optional.of(planFiles(directory));
        } catch (IOException e) {
            problems.add(Location.startOf(display(directory)), "cannot list the directory: " + IoFailure.describe(e));
            return Optional.empty();
        }
    }

    /**
     * Loads account plan files with the settings in {@code settingsFile}, or the defaults
     * where there is no such file.
     */
    public LoadResult load(Path settingsFile, List<Path> accountFiles) {
        return load(settingsFile, accountFiles, new Problems());
    }

    /**
     * The {@code value.yaml} that governs {@code file}: in its folder or the nearest one above,
     * up to a git work tree's root. Relative to the working directory when {@code file} is
     * relative, so that messages name it the way the user named the plan.
     */
    public static Path settingsFor(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path found = dir.resolve(SETTINGS_FILE);
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SETTINGS_FILE))) {
                found = d.resolve(SETTINGS_FILE);
                break;
            }
            if (Files.isDirectory(d.resolve(".git"))) {
                break;
            }
        }
        if (file.isAbsolute()) {
            return found;
        }
        Path cwd = Path.of("").toAbsolutePath();
        return found.getRoot() != null && found.getRoot().equals(cwd.getRoot()) ? cwd.relativize(found) : found;
    }

    private LoadResult load(Path settingsFile, List<Path> accountFiles, Problems problems) {
        Scan<LoadedAccount> scan = scan(settingsFile, accountFiles, problems, (account, settings) -> account);
        if (!scan.ok()) {
            return new LoadResult(scan.problems(), Optional.empty());
        }
        List<Account> accounts = new ArrayList<>();
        Map<String, PlanSource> sources = new LinkedHashMap<>();
        for (Scanned<LoadedAccount> plan : scan.plans()) {
            accounts.add(plan.kept().account());
            sources.put(plan.id(), plan.kept().source());
        }
        return new LoadResult(List.of(), Optional.of(
                new LoadedPortfolio(new Portfolio(scan.settings(), accounts), scan.settingsSource(), sources)));
    }

    /**
     * Reads the plans directory {@code directory} as {@link #load(Path)} does, but keeps of each
     * account only what {@code keep} makes of it, so that a large portfolio need not be held in
     * memory. {@code keep} gets each account with the settings that govern it, on several
     * threads at once.
     */
    public <T> Scan<T> scan(Path directory, BiFunction<LoadedAccount, Settings, T> keep) {
        Problems problems = new Problems();
        Optional<List<Path>> files = planFiles(directory, problems);
        if (files.isEmpty()) {
            Settings defaults = SettingsReader.read(emptyMap(directory.resolve(SETTINGS_FILE)), new Problems());
            return new Scan<>(problems.sorted(), defaults, Optional.empty(), directory.resolve(SETTINGS_FILE),
                    List.of());
        }
        return scan(directory.resolve(SETTINGS_FILE), files.get(), problems, keep);
    }

    /**
     * Reads some of the account plans of the plans directory {@code directory} (with its
     * {@code value.yaml}), as {@link #scan(Path, BiFunction)} reads them all.
     */
    public <T> Scan<T> scan(Path directory, List<Path> files, BiFunction<LoadedAccount, Settings, T> keep) {
        return scan(directory.resolve(SETTINGS_FILE), files, new Problems(), keep);
    }

    /** An account read from its plan file, and where its values are in the file. */
    public record LoadedAccount(Account account, PlanSource source) {
    }

    /** What a scan kept of one account: its plan file, its id, and what it kept. */
    public record Scanned<T>(Path file, String id, T kept) {
    }

    /**
     * The outcome of a scan: with any problem, nothing kept.
     *
     * @param problems     every problem found, by file, line and column
     * @param settings     the portfolio settings (the defaults if value.yaml could not be read)
     * @param settingsSource value.yaml as read, with where its values are, if there is one
     * @param settingsFile   where value.yaml is or would be
     * @param plans        what was kept of each account, in path order; empty with problems
     */
    public record Scan<T>(List<Problem> problems, Settings settings, Optional<PlanSource> settingsSource,
                          Path settingsFile, List<Scanned<T>> plans) {

        public Scan {
            problems = List.copyOf(problems);
            plans = problems.isEmpty() ? List.copyOf(plans) : List.of();
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private <T> Scan<T> scan(Path settingsFile, List<Path> accountFiles, Problems problems,
                             BiFunction<LoadedAccount, Settings, T> keep) {
        Settings settings = SettingsReader.read(emptyMap(settingsFile), new Problems());
        Optional<PlanSource> settingsSource = Optional.empty();
        // Plans are checked against the settings only when value.yaml could be read: against
        // the defaults in its place, every plan would have problems that are not its own (a
        // kind given in units, with the default rate card, has no rate).
        boolean checkable = true;
        if (Files.exists(settingsFile)) {
            String path = display(settingsFile);
            YamlReader.Result read = reader.read(settingsFile, path);
            // An empty value.yaml, one of comments only, or one whose document is null (~) says:
            // the defaults, here.
            boolean none = read.empty() || read.root().filter(node -> node instanceof YamlNode.ScalarNode scalar
                    && scalar.type() == YamlNode.ScalarNode.Type.NULL).isPresent();
            Optional<YamlNode> root = none ? Optional.of(emptyMap(settingsFile)) : read.root();
            if (!read.empty()) {
                problems.addAll(read.problems());
            }
            checkable = root.isPresent();
            if (root.isPresent()) {
                settings = SettingsReader.read(root.get(), problems);
                settingsSource = Optional.of(PlanSource.of(path, SETTINGS_FILE, root.get()));
            }
        }

        // Files are read, bound and kept in parallel, each with problems of its own; the results
        // are then taken in path order, so the outcome is the same on any number of cores.
        Optional<Settings> governing = checkable ? Optional.of(settings) : Optional.empty();
        Path base = base(settingsFile);
        List<Kept<T>> read = Cores.map(accountFiles, file -> {
            FilePlan plan = readPlan(file, settingsFile, base, governing);
            Optional<T> kept = plan.account()
                    .map(account -> keep.apply(new LoadedAccount(account, plan.source()), governing.orElseThrow()));
            Optional<Location> idLocation = plan.account().map(account -> plan.source().locate(Optional.of("/id")));
            return new Kept<>(file, plan.problems(), plan.account().map(Account::id), idLocation, kept);
        });
        List<Scanned<T>> plans = new ArrayList<>();
        Map<String, Location> firstSeen = new HashMap<>();
        for (Kept<T> plan : read) {
            problems.addAll(plan.problems());
            if (plan.id().isEmpty()) {
                continue;
            }
            String id = plan.id().get();
            Location idLocation = plan.idLocation().orElseThrow();
            Location previous = firstSeen.putIfAbsent(id, idLocation);
            if (previous != null) {
                problems.add(idLocation, "account id '" + id + "' is already used by " + previous
                        + "; give each account its own 'id'");
                continue;
            }
            plans.add(new Scanned<>(plan.file(), id, plan.kept().orElseThrow()));
        }
        return new Scan<>(problems.sorted(), settings, settingsSource, settingsFile, plans);
    }

    /** One file's outcome in a scan, before the files are put together. */
    private record Kept<T>(Path file, List<Problem> problems, Optional<String> id, Optional<Location> idLocation,
                           Optional<T> kept) {
    }

    private static Path base(Path settingsFile) {
        return settingsFile.toAbsolutePath().normalize().getParent();
    }

    /** One account file, read: its account if it has no problem, and where its values are. */
    private record FilePlan(List<Problem> problems, Optional<Account> account, PlanSource source) {
    }

    /**
     * {@code file} read as YAML and, with {@code settings} (none when value.yaml could not be
     * read), checked; {@code base} is the folder of {@code settingsFile}, the portfolio's.
     */
    private FilePlan readPlan(Path file, Path settingsFile, Path base, Optional<Settings> settings) {
        String path = display(file);
        Path absolute = file.toAbsolutePath().normalize();
        String relative = (absolute.startsWith(base) ? base.relativize(absolute) : absolute.getFileName())
                .toString().replace('\\', '/');
        if (file.getFileName().toString().equals(SETTINGS_FILE)) {
            // Settings, by name, but not the portfolio's: read as a plan, it would only get
            // problems for the keys a plan has and settings do not.
            return new FilePlan(List.of(new Problem(Location.startOf(path), "settings below the plans folder are not"
                    + " read: a portfolio has one value.yaml, in its folder (" + display(settingsFile)
                    + (Files.exists(settingsFile) ? "" : ", where there is none")
                    + "); move these settings there, or check this folder as a portfolio of its own")),
                    Optional.empty(), new PlanSource(path, relative, Map.of()));
        }
        YamlReader.Result read = reader.read(file, path);
        if (read.root().isEmpty()) {
            return new FilePlan(read.problems(), Optional.empty(), new PlanSource(path, relative, Map.of()));
        }
        YamlNode root = read.root().get();
        if (settings.isEmpty()) {
            return new FilePlan(List.of(), Optional.empty(), PlanSource.of(path, relative, root));
        }
        Problems problems = new Problems();
        Optional<Account> account = new AccountReader(settings.get(), problems).read(root, defaultId(file));
        return new FilePlan(problems.sorted(), account, PlanSource.of(path, relative, root));
    }

    private static YamlNode emptyMap(Path settingsFile) {
        return new YamlNode.MapNode(Location.startOf(display(settingsFile)), Map.of());
    }

    /**
     * The account plan files below {@code directory}, in path order: every {@code .yaml} or
     * {@code .yml} file but {@code value.yaml} at the root, hidden files and folders left out.
     */
    public static List<Path> planFiles(Path directory) throws IOException {
        // Walk the real folder, so that a plans folder reached through a link is read too (a walk
        // does not enter a link it starts at), and name each file under the path the user gave.
        // Hidden folders (.git) are not entered at all, and a file or folder that goes away
        // while the walk is under way (an editor's swap file, git's lock) is passed over.
        Path real = directory.toRealPath();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(real) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // A link to a plan is read as the plan (SECURITY.md).
                boolean regular = attributes.isRegularFile()
                        || attributes.isSymbolicLink() && Files.isRegularFile(file);
                Path relative = real.relativize(file);
                if (regular && namedAsPlan(relative)) {
                    files.add(directory.resolve(relative.toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e == null || e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        files.sort(null);
        return files;
    }


    /**
     * The plan {@code file} is now, named as {@link #planFiles} would name it, or empty when
     * {@link #planFiles} would not list it: gone, not below {@code directory}, hidden or in a
     * hidden folder, not YAML, {@code value.yaml} at the root, not a regular file (or a link to
     * one), or reached through a linked folder. For a watcher told which files changed.
     */
    public static Optional<Path> planFile(Path directory, Path file) throws IOException {
        Optional<Path> named = named(directory, file);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Path relative = directory.relativize(named.get());
        Path absolute = file.toAbsolutePath().normalize();
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return Optional.empty();
            }
        }
        if (!namedAsPlan(relative)) {
            return Optional.empty();
        }
        try {
            // The walk enters no linked folder: the file's folder must be where its name says.
            Path folder = directory.toRealPath().resolve(relative.toString()).getParent();
            if (!folder.toRealPath().equals(folder) || !Files.isRegularFile(absolute)) {
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return named;
    }

    /**
     * {@code file} named as {@link #planFiles} names the files below {@code directory} (under
     * the path the user gave), whatever the file is; empty when it is not below it.
     */
    public static Optional<Path> named(Path directory, Path file) {
        Path root = directory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) && !absolute.equals(root)
                ? Optional.of(directory.resolve(root.relativize(absolute).toString())) : Optional.empty();
    }

    /**
     * Whether the file at {@code relative} below the plans folder is named as a plan: YAML,
     * not hidden, and not the settings at the root. (Hidden folders are left out apart.)
     */
    private static boolean namedAsPlan(Path relative) {
        String name = relative.getFileName().toString();
        return !name.startsWith(".") && isPlanFileName(name) && !relative.toString().equals(SETTINGS_FILE);
    }

    /** Whether a file of this name may be a plan: YAML. */
    public static boolean isPlanFileName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The account id a file gives when its plan has no {@code id}. */
    static String defaultId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** A path as messages show it: as the user gave it, with forward slashes. */
    public static String display(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }
}
