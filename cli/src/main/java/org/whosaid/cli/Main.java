package org.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code whosaid} command: its subcommands do the work. */
@Command(
        name = "whosaid",
        mixinStandardHelpOptions = true,
        version = "whosaid 0.1.0",
        description = "Who said what, in what role, about whom, and when: statements from news articles.",
        subcommands = {
            ExtractCommand.class,
            EvalCommand.class,
            IngestCommand.class,
            SearchCommand.class,
            ServeCommand.class,
            RulesCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command without exiting the JVM.
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
