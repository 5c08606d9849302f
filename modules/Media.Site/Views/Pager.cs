namespace Media.Site.Views;

internal sealed record Pager(int Page, int Pages, string? PreviousUrl, string? NextUrl);
