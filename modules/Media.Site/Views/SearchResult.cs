namespace Media.Site.Views;

/// <summary>One result on the search page. <see cref="SnippetHtml"/> is already escaped, with the matched words in
/// <c>&lt;em&gt;</c> (docs/search.md §5): the template outputs it raw.</summary>
internal sealed record SearchResult(string Title, string Url, string SnippetHtml, string Column, string PublishedAt, string PublishedIso);
