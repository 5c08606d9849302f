namespace Media.Site.Views;

/// <summary>The /corrections page: every published correction, newest first, then paging.</summary>
internal sealed record CorrectionsPage(string Heading, IReadOnlyList<CorrectionEntry> Items, Pager? Pager);
