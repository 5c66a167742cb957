package org.whosaid.article;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what readers send it, for tests. */
final class Collected implements ArticleSink {

    final List<Article> articles = new ArrayList<>();
    final List<InputException> problems = new ArrayList<>();
    final List<ReadSummary> summaries = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(InputException problem) {
        problems.add(problem);
    }

    @Override
    public void finished(ReadSummary summary) {
        summaries.add(summary);
    }

    /** @return the problems' messages, one per line */
    String messages() {
        StringBuilder b = new StringBuilder();
        problems.forEach(p -> b.append(p.getMessage()).append('\n'));
        return b.toString();
    }

    /** @return the summaries, one per line, for failure messages */
    String report() {
        StringBuilder b = new StringBuilder(messages());
        summaries.forEach(s -> b.append(s).append('\n'));
        return b.toString();
    }
}
