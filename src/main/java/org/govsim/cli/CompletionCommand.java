package org.govsim.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash and zsh, generated from the commands and their options.",
        footer = {"%nExample:", "  govsim completion > ~/.govsim-completion.bash",
                "  source ~/.govsim-completion.bash    # in ~/.bashrc, or in ~/.zshrc after:",
                "  autoload -U +X bashcompinit && bashcompinit"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
