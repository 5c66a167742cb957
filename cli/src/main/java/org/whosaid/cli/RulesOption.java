package org.whosaid.cli;

import java.util.List;
import org.whosaid.statement.Rules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --rules} and {@code --without} options of the commands that extract: which of the
 * extraction's rules run ({@code whosaid rules} lists them). They set the JVM's extractor up before
 * its first use.
 */
final class RulesOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--rules",
            paramLabel = "RULE,...",
            description = "Run only these rules, in this order within each stage (see whosaid rules).")
    void only(String names) {
        set(Rules.ONLY_PROPERTY, names);
    }

    @Option(names = "--without", paramLabel = "RULE,...", description = "Switch these rules off (see whosaid rules).")
    void without(String names) {
        set(Rules.WITHOUT_PROPERTY, names);
    }

    private void set(String property, String names) {
        List<String> list = Rules.names(names);
        try {
            Rules.only(list);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        System.setProperty(property, String.join(",", list));
    }
}
