namespace Media.Site.Views;

/// <summary>What a retracted article's URL shows: only that it was retracted, and when; never its content.</summary>
internal sealed record GonePage(string? RetractedAt, string? RetractedIso);
