package dev.dossier.model;

import java.util.Optional;

/** What is known about a document besides its body. Every field may be unknown. */
public record Metadata(
        Optional<String> url,
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> author,
        Optional<PublicationDate> published,
        Optional<String> language) {

    public Metadata {
        Checks.present(url, "url");
        Checks.present(title, "title");
        Checks.present(outlet, "outlet");
        Checks.present(author, "author");
        Checks.present(published, "published");
        Checks.present(language, "language");
    }

    public static Metadata empty() {
        return new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public Metadata withUrl(String value) {
        return new Metadata(Optional.ofNullable(value), title, outlet, author, published, language);
    }

    public Metadata withTitle(String value) {
        return new Metadata(url, Optional.ofNullable(value), outlet, author, published, language);
    }

    public Metadata withOutlet(String value) {
        return new Metadata(url, title, Optional.ofNullable(value), author, published, language);
    }

    public Metadata withAuthor(String value) {
        return new Metadata(url, title, outlet, Optional.ofNullable(value), published, language);
    }

    public Metadata withPublished(PublicationDate value) {
        return new Metadata(url, title, outlet, author, Optional.ofNullable(value), language);
    }

    public Metadata withLanguage(String value) {
        return new Metadata(url, title, outlet, author, published, Optional.ofNullable(value));
    }

    /** This metadata with every unknown field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(url.or(fallback::url), title.or(fallback::title), outlet.or(fallback::outlet),
                author.or(fallback::author), published.or(fallback::published), language.or(fallback::language));
    }
}
