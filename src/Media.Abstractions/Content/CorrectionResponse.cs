namespace Media.Abstractions.Content;

/// <summary>The <c>correction</c> field (docs/http-api.md §4.3) of an article being corrected (更正).</summary>
public sealed record CorrectionResponse(string Note, DateTimeOffset OpenedAt, string OpenedBy, int OfVersion);
