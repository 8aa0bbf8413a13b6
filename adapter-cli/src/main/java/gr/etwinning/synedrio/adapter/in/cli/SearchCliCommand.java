package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.search.SearchUseCase;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase.SearchHit;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase.SearchQuery;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio search QUERY}: people, sessions and contributions, however the words are typed. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find people, sessions and contributions. Accents, capitals, final sigma and Latin look-alike "
                + "letters do not matter: 'κοππης', 'ΚΟΠΠΗΣ' and 'Κόππης' find the same person.",
                "Ranked: exact matches first, then whole words, then word beginnings."})
public final class SearchCliCommand implements Callable<Integer> {

    private final Provider<SearchUseCase> search;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (1-100)")
    int limit;

    @Option(names = "--json", description = "Print the results as JSON, as the API returns them")
    boolean json;

    @Inject
    public SearchCliCommand(Provider<SearchUseCase> search) {
        this.search = search;
    }

    @Override
    public Integer call() {
        List<SearchHit> hits = search.get().search(new SearchQuery(String.join(" ", words), limit));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DatasetFiles.write(hits));
            return ExitCodes.OK;
        }
        for (SearchHit h : hits) {
            out.println(h.kind() + "\t" + h.id() + "\t" + h.title() + (h.detail().isEmpty() ? "" : "\t" + h.detail()));
        }
        out.println(hits.size() + (hits.size() == 1 ? " result" : " results") + " for '" + String.join(" ", words)
                + "'");
        return ExitCodes.OK;
    }
}
