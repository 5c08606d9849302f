namespace Media.Abstractions.Content;

/// <summary>The contract's <c>correction</c> of an article being corrected (更正).</summary>
public sealed record CorrectionResponse(string Note, DateTimeOffset OpenedAt, string OpenedBy, int OfVersion);
