package org.valueexchange.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code value}: the top command. A new subcommand is one class and one line in
 * {@code subcommands} below.
 */
@Command(name = "value",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Key-account management kept as code: validate account plans, gate CI on their alerts,"
                + " render reviews, build the review site, scaffold a plans directory.",
        subcommands = {
                InitCommand.class,
                ValidateCommand.class,
                CheckCommand.class,
                ReviewCommand.class,
                SiteCommand.class,
                ServeCommand.class,
                AutoComplete.GenerateCompletion.class,
                HelpCommand.class,
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
                ExitCodes.OK_LINE,
                ExitCodes.FINDINGS_LINE,
                ExitCodes.INVALID_INPUT_LINE,
                ExitCodes.IO_ERROR_LINE,
                ExitCodes.INTERNAL_ERROR_LINE,
        },
        footer = {"", "Run 'value COMMAND --help' for a command's options; docs/cli.md has them all."})
public final class ValueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The command line as {@code main} runs it: exit codes and one-line errors set up. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ValueCommand());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(new Failures());
        // --format HTML as well as html, as check's options take their values in any case.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli hides its completion command by default; ours is part of the documented interface.
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .header("Prints a bash/zsh completion script: source <(value generate-completion)");
        return cli;
    }

    /** {@code value} alone is a usage error: say what there is to do. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("value: a command is needed");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
